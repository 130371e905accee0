package org.attest.core.curation;

import org.attest.model.AnnotationLayer;
import org.attest.model.Attribution;
import org.attest.model.ClaimMention;
import org.attest.model.ClaimType;
import org.attest.model.Cue;
import org.attest.model.SourceMention;

/**
 * ana's and ben's layers of the fixture's text, written to disagree in every way curation cares about. They
 * agree on the mayor's claim, its mention and cue, and its attribution; they differ on the engineers' claim's
 * credibility, on whether "Engineers" is a mention (and so on the mention of the engineers' attribution), and
 * only ben marked the union's claim. In text order the items are: Varga's mention (agreed), "said" (agreed),
 * the dam claim (agreed), Varga's attribution (agreed), the engineers' mention (conflict), the percent claim
 * (conflict), the engineers' attribution (conflict), the wages claim (conflict).
 */
final class TwoAnnotators {

	final CurationFixture fixture = new CurationFixture();
	final AnnotationLayer ana = fixture.annotator("ana");
	final AnnotationLayer ben = fixture.annotator("ben");

	final ClaimMention anaDam = fixture.claim(ana, "the dam will be finished by spring", ClaimType.PREDICTION, "false");
	final ClaimMention anaPercent = fixture.claim(ana, "it is 62 percent complete", ClaimType.FACTUAL, "mostly-true");
	final SourceMention anaVarga = fixture.mention(ana, "Ilse Varga", fixture.varga);
	final SourceMention anaEngineers = fixture.mention(ana, "Engineers", fixture.engineers);
	final Cue anaSaid = fixture.cue(ana, "said");
	final Attribution anaVargaSupports = fixture.attribute(ana, anaDam, fixture.varga, "support", anaVarga, anaSaid);
	final Attribution anaEngineersSupport = fixture.attribute(ana, anaPercent, fixture.engineers, "support", anaEngineers,
			null);

	final ClaimMention benDam = fixture.claim(ben, "the dam will be finished by spring", ClaimType.PREDICTION, "false");
	final ClaimMention benPercent = fixture.claim(ben, "it is 62 percent complete", ClaimType.FACTUAL, "half-true");
	final ClaimMention benWages = fixture.claim(ben, "wages were cut", ClaimType.FACTUAL, null);
	final SourceMention benVarga = fixture.mention(ben, "Ilse Varga", fixture.varga);
	final Cue benSaid = fixture.cue(ben, "said");
	final Attribution benVargaSupports = fixture.attribute(ben, benDam, fixture.varga, "support", benVarga, benSaid);
	final Attribution benEngineersSupport = fixture.attribute(ben, benPercent, fixture.engineers, "support", null, null);
}
