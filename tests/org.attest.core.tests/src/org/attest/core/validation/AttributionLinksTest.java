package org.attest.core.validation;

import static org.attest.core.validation.Findings.assertClean;
import static org.attest.core.validation.Findings.assertFinding;
import static org.attest.core.validation.Findings.codes;
import static org.attest.core.validation.Findings.only;
import static org.attest.core.validation.Findings.withCode;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.attest.model.AttestFactory;
import org.attest.model.ClaimMention;
import org.attest.model.Cue;
import org.attest.model.LayerStatus;
import org.attest.model.Source;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.junit.jupiter.api.Test;

/**
 * Rule 3: an attribution has a claim and a source; its claim, mention and cue are spans of its own layer; its
 * mention mentions its source. And it has a stance, which a finished layer requires.
 */
class AttributionLinksTest {

	private final AnnotatedArticle article = new AnnotatedArticle();

	@Test
	void attributionWithoutMentionAndCueIsComplete() {
		article.ministryDenies.setMention(null);
		article.ministryDenies.setCue(null);

		assertClean(article.validate());
	}

	@Test
	void attributionWithoutClaimIsAnError() {
		article.ministryDenies.setClaim(null);

		Diagnostic result = article.validate();

		assertFinding(withCode(result, AttestValidator.ATTRIBUTION_WITHOUT_CLAIM), Diagnostic.ERROR,
				AttestValidator.ATTRIBUTION_WITHOUT_CLAIM, "Attribution by “The ministry” [0–12] has no claim",
				article.ministryDenies);
		assertEquals(List.of(AttestValidator.CLAIM_WITHOUT_ATTRIBUTION, AttestValidator.ATTRIBUTION_WITHOUT_CLAIM),
				codes(result), "the claim it left is unsourced now");
	}

	@Test
	void attributionWithoutClaimOrMentionIsNamedByItsId() {
		article.ministryDenies.setClaim(null);
		article.ministryDenies.setMention(null);

		assertFinding(withCode(article.validate(), AttestValidator.ATTRIBUTION_WITHOUT_CLAIM), Diagnostic.ERROR,
				AttestValidator.ATTRIBUTION_WITHOUT_CLAIM, "Attribution “a1” has no claim", article.ministryDenies);
	}

	@Test
	void attributionWithoutSourceIsAnError() {
		article.ministryDenies.setSource(null);

		assertFinding(only(article.validate()), Diagnostic.ERROR, AttestValidator.ATTRIBUTION_WITHOUT_SOURCE,
				"Attribution of claim “it 🐟 on Monday” [22–37] has no source", article.ministryDenies);
	}

	@Test
	void sourceThatCannotBeLoadedIsAnError() {
		article.ministryDenies.setSource(unloadable("corpus.attest#ministry"));

		assertFinding(only(article.validate()), Diagnostic.ERROR, AttestValidator.ATTRIBUTION_WITHOUT_SOURCE,
				"Attribution of claim “it 🐟 on Monday” [22–37] names a source that cannot be loaded "
						+ "(corpus.attest#ministry)",
				article.ministryDenies);
	}

	@Test
	void claimOfAnotherLayerIsAnError() {
		ClaimMention bobsClaim = AnnotatedArticle.span(AttestFactory.eINSTANCE.createClaimMention(), 22, 37,
				"it 🐟 on Monday");
		article.otherLayer(bobsClaim, AttestFactory.eINSTANCE.createCue());
		article.ministryDenies.setClaim(bobsClaim);

		Diagnostic result = article.validate();

		assertFinding(withCode(result, AttestValidator.ATTRIBUTION_SPAN_OUTSIDE_LAYER), Diagnostic.ERROR,
				AttestValidator.ATTRIBUTION_SPAN_OUTSIDE_LAYER,
				"Claim “it 🐟 on Monday” [22–37] is not in the same layer as its attribution", article.ministryDenies,
				bobsClaim);
		assertEquals(
				List.of(AttestValidator.CLAIM_WITHOUT_ATTRIBUTION, AttestValidator.ATTRIBUTION_SPAN_OUTSIDE_LAYER),
				codes(result), "alice's own claim is unsourced now");
	}

	@Test
	void cueOfAnotherLayerIsAnError() {
		Cue bobsCue = AnnotatedArticle.span(AttestFactory.eINSTANCE.createCue(), 14, 20, "denied");
		article.otherLayer(AttestFactory.eINSTANCE.createClaimMention(), bobsCue);
		article.ministryDenies.setCue(bobsCue);

		assertFinding(only(article.validate()), Diagnostic.ERROR, AttestValidator.ATTRIBUTION_SPAN_OUTSIDE_LAYER,
				"Cue “denied” [14–20] is not in the same layer as its attribution", article.ministryDenies, bobsCue);
	}

	@Test
	void removedMentionIsAnError() {
		article.layer.getSourceMentions().remove(article.ministryMention);

		assertFinding(only(article.validate()), Diagnostic.ERROR, AttestValidator.ATTRIBUTION_SPAN_OUTSIDE_LAYER,
				"Source mention “The ministry” [0–12] is not in the same layer as its attribution",
				article.ministryDenies, article.ministryMention);
	}

	@Test
	void mentionOfAnotherSourceIsAnError() {
		article.ministryMention.setSource(article.mayor);

		assertFinding(only(article.validate()), Diagnostic.ERROR, AttestValidator.MENTION_OF_OTHER_SOURCE,
				"Source mention “The ministry” [0–12] is linked to “Mayor Ana Lima”, but its attribution names "
						+ "“Ministry of Water”",
				article.ministryDenies, article.ministryMention);
	}

	@Test
	void mentionOfASourceThatCannotBeLoadedNamesItsAddress() {
		article.ministryMention.setSource(unloadable("corpus.attest#mayor"));

		assertFinding(only(article.validate()), Diagnostic.ERROR, AttestValidator.MENTION_OF_OTHER_SOURCE,
				"Source mention “The ministry” [0–12] is linked to “corpus.attest#mayor”, but its attribution names "
						+ "“Ministry of Water”",
				article.ministryDenies, article.ministryMention);
	}

	@Test
	void mentionOfNoSourceIsAnError() {
		article.ministryMention.setSource(null);

		assertFinding(only(article.validate()), Diagnostic.ERROR, AttestValidator.MENTION_OF_OTHER_SOURCE,
				"Source mention “The ministry” [0–12] is linked to no source, but its attribution names "
						+ "“Ministry of Water”",
				article.ministryDenies, article.ministryMention);
	}

	@Test
	void missingStanceInAFinishedLayerIsAnError() {
		article.ministryDenies.setStance(null);

		assertFinding(only(article.validate()), Diagnostic.ERROR, AttestValidator.ATTRIBUTION_WITHOUT_STANCE,
				"Attribution of claim “it 🐟 on Monday” [22–37] has no stance", article.ministryDenies);
	}

	@Test
	void missingStanceInAnUnfinishedLayerIsWorkLeft() {
		article.layer.setStatus(LayerStatus.IN_PROGRESS);
		article.ministryDenies.setStance(null);

		assertFinding(only(article.validate()), Diagnostic.WARNING, AttestValidator.ATTRIBUTION_WITHOUT_STANCE,
				"Attribution of claim “it 🐟 on Monday” [22–37] has no stance yet", article.ministryDenies);
	}

	/** A source as a layer holds it when the corpus file it lives in cannot be read. */
	private static Source unloadable(String uri) {
		Source proxy = AttestFactory.eINSTANCE.createSource();
		((InternalEObject) proxy).eSetProxyURI(URI.createURI(uri));
		return proxy;
	}
}
