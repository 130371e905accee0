package org.attest.core.curation;

import static org.attest.core.curation.CurationStatus.ACCEPTED;
import static org.attest.core.curation.CurationStatus.AGREED;
import static org.attest.core.curation.CurationStatus.CONFLICT;
import static org.attest.core.curation.CurationStatus.REJECTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;

import org.attest.model.AnnotationLayer;
import org.attest.model.Attribution;
import org.attest.model.ClaimMention;
import org.attest.model.ClaimType;
import org.attest.model.Cue;
import org.attest.model.SourceMention;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

/**
 * Accepting annotations into gold, all agreed ones at once, and rejecting: what gold holds afterwards, that
 * each action is one undoable step that restores gold exactly, and how the conflicts go down. The layers are
 * {@link TwoAnnotators}'s.
 */
class CurationCommandsTest {

	private final TwoAnnotators two = new TwoAnnotators();
	private final CurationFixture fixture = two.fixture;

	@Test
	void acceptCopiesTheAnnotatorsClaimExactlyWithANewId() {
		AnnotationLayer gold = fixture.gold();
		Curation curation = fixture.curation();

		Command accept = CurationCommands.accept(fixture.domain, curation, curation.itemOf(two.anaPercent), "ana");
		fixture.run(accept);

		assertEquals("Accept ana's Claim", accept.getLabel());
		assertEquals(1, gold.getClaims().size());
		ClaimMention copy = gold.getClaims().get(0);
		assertEquals(List.of(72, 97), List.of(copy.getBegin(), copy.getEnd()));
		assertEquals("it is 62 percent complete", copy.getQuote());
		assertEquals(two.anaPercent.getPrefix(), copy.getPrefix());
		assertEquals(two.anaPercent.getSuffix(), copy.getSuffix());
		assertEquals(ClaimType.FACTUAL, copy.getClaimType());
		assertEquals("mostly-true", copy.getCredibility());
		assertEquals(true, copy.isCheckworthy());
		assertNotNull(copy.getId());
		assertNotEquals(two.anaPercent.getId(), copy.getId());
		assertSame(two.ana, two.anaPercent.eContainer(), "ana's claim stays hers");
		assertEquals(List.of(), gold.getAttributions(), "accepting a claim brings none of its attributions");
		CurationItem percent = fixture.curation().itemOf(two.anaPercent);
		assertEquals(ACCEPTED, percent.status());
		assertEquals(Set.of("ana"), percent.acceptedFrom());
	}

	@Test
	void anAcceptedAttributionBringsItsClaimMentionAndCueAndNamesTheSameSource() {
		AnnotationLayer gold = fixture.gold();
		Curation curation = fixture.curation();

		fixture.run(CurationCommands.accept(fixture.domain, curation, curation.itemOf(two.benVargaSupports), "ben"));

		ClaimMention claim = single(gold.getClaims());
		SourceMention mention = single(gold.getSourceMentions());
		Cue cue = single(gold.getCues());
		Attribution attribution = single(gold.getAttributions());
		assertEquals("the dam will be finished by spring", claim.getQuote());
		assertEquals("false", claim.getCredibility());
		assertEquals("Ilse Varga", mention.getQuote());
		assertSame(fixture.varga, mention.getSource());
		assertEquals("said", cue.getQuote());
		assertSame(claim, attribution.getClaim());
		assertSame(mention, attribution.getMention());
		assertSame(cue, attribution.getCue());
		assertSame(fixture.varga, attribution.getSource(), "the registry's source, not a copy");
		assertEquals("support", attribution.getStance());
		Curation after = fixture.curation();
		for (EObject annotation : List.of(two.benDam, two.benVarga, two.benSaid, two.benVargaSupports)) {
			assertEquals(ACCEPTED, after.itemOf(annotation).status(), annotation::toString);
		}

		fixture.stack.undo();
		assertEquals(List.of(), gold.getClaims(), "one step");
		assertEquals(List.of(), gold.getSourceMentions());
		assertEquals(List.of(), gold.getCues());
		assertEquals(List.of(), gold.getAttributions());
	}

	@Test
	void anAcceptedAttributionTakesGoldsClaimWhereGoldHasOne() {
		AnnotationLayer gold = fixture.gold();
		accept(two.benPercent, "ben");

		accept(two.anaEngineersSupport, "ana");

		ClaimMention claim = single(gold.getClaims());
		assertEquals("half-true", claim.getCredibility(), "still ben's claim");
		Attribution attribution = single(gold.getAttributions());
		assertSame(claim, attribution.getClaim());
		assertEquals("Engineers", attribution.getMention().getQuote(), "ana's mention came along");
		Curation curation = fixture.curation();
		assertEquals(Set.of("ben"), curation.itemOf(two.anaPercent).acceptedFrom());
		assertEquals(Set.of("ana"), curation.itemOf(two.anaEngineersSupport).acceptedFrom());
		assertEquals(Set.of("ana"), curation.itemOf(two.anaEngineers).acceptedFrom());
	}

	@Test
	void acceptingAnotherAnnotatorsVersionChangesGoldsAnnotationInPlace() {
		AnnotationLayer gold = fixture.gold();
		accept(two.anaPercent, "ana");
		accept(two.anaEngineersSupport, "ana");
		ClaimMention claim = single(gold.getClaims());
		String id = claim.getId();

		accept(two.benPercent, "ben");

		assertSame(claim, single(gold.getClaims()));
		assertEquals(id, claim.getId());
		assertEquals("half-true", claim.getCredibility());
		assertSame(claim, single(gold.getAttributions()).getClaim(), "gold's attribution keeps its claim");
		assertEquals(Set.of("ben"), fixture.curation().itemOf(two.anaPercent).acceptedFrom());

		fixture.stack.undo();
		assertEquals("mostly-true", claim.getCredibility());
	}

	@Test
	void undoRestoresGoldExactlyAndRedoDoesItAgain() {
		AnnotationLayer gold = fixture.gold();
		// gold already holds a claim ben marked too, with other labels, and a mention nobody else has
		fixture.claim(gold, "wages were cut", ClaimType.OPINION, "unverifiable");
		fixture.mention(gold, "The union", fixture.union);
		String before = CurationFixture.xml(gold);

		accept(two.benWages, "ben");
		accept(two.anaVargaSupports, "ana");
		String after = CurationFixture.xml(gold);
		fixture.stack.undo();
		fixture.stack.undo();

		assertEquals(before, CurationFixture.xml(gold));
		fixture.stack.redo();
		fixture.stack.redo();
		assertEquals(after, CurationFixture.xml(gold));
	}

	@Test
	void acceptAgreedTakesExactlyTheItemsEveryAnnotatorAgreesOn() {
		AnnotationLayer gold = fixture.gold();
		Command acceptAgreed = CurationCommands.acceptAgreed(fixture.domain, fixture.curation(), 2);

		fixture.run(acceptAgreed);

		assertEquals("Accept All Agreed (2 of 2)", acceptAgreed.getLabel());
		assertEquals(List.of("the dam will be finished by spring"), quotes(gold.getClaims()));
		assertEquals(List.of("Ilse Varga"), quotes(gold.getSourceMentions()));
		assertEquals(List.of("said"), quotes(gold.getCues()));
		Attribution attribution = single(gold.getAttributions());
		assertSame(gold.getClaims().get(0), attribution.getClaim());
		assertSame(gold.getSourceMentions().get(0), attribution.getMention());
		assertSame(gold.getCues().get(0), attribution.getCue());
		Curation curation = fixture.curation();
		assertEquals(List.of(ACCEPTED, ACCEPTED, ACCEPTED, ACCEPTED, CONFLICT, CONFLICT, CONFLICT, CONFLICT),
				curation.items().stream().map(CurationItem::status).toList());

		fixture.stack.undo();
		assertEquals(List.of(AGREED, AGREED, AGREED, AGREED), fixture.curation().items().subList(0, 4).stream()
				.map(CurationItem::status).toList());
	}

	@Test
	void withKOfOneItTakesWhatOneAnnotatorAloneHasButNoTie() {
		AnnotationLayer gold = fixture.gold();

		fixture.run(CurationCommands.acceptAgreed(fixture.domain, fixture.curation(), 1));

		// the engineers' mention (ana's alone) and the wages claim (ben's alone) come too; the percent claim
		// and the engineers' attribution stay: ana's and ben's readings tie, one each
		assertEquals(List.of("the dam will be finished by spring", "wages were cut"), quotes(gold.getClaims()));
		assertEquals(List.of("Ilse Varga", "Engineers"), quotes(gold.getSourceMentions()));
		assertEquals(1, gold.getAttributions().size());
		Curation curation = fixture.curation();
		assertEquals(List.of(curation.itemOf(two.anaPercent), curation.itemOf(two.anaEngineersSupport)),
				curation.conflicts());
	}

	@Test
	void withThreeAnnotatorsKDecidesWhatTheMajorityTakes() {
		AnnotationLayer cy = fixture.annotator("cy");
		fixture.claim(cy, "the dam will be finished by spring", ClaimType.PREDICTION, "false");
		fixture.claim(cy, "it is 62 percent complete", ClaimType.FACTUAL, "half-true");
		AnnotationLayer gold = fixture.gold();

		fixture.run(CurationCommands.acceptAgreed(fixture.domain, fixture.curation(), 3));
		// all three only on the dam claim; Varga's attribution has two of three, and its mention and cue none in gold
		assertEquals(List.of("the dam will be finished by spring"), quotes(gold.getClaims()));
		assertEquals(List.of(), gold.getAttributions());

		fixture.run(CurationCommands.acceptAgreed(fixture.domain, fixture.curation(), 2));
		// ben and cy outvote ana on the percent claim; ana and ben agree on Varga's mention, cue and attribution
		assertEquals(List.of("the dam will be finished by spring", "it is 62 percent complete"), quotes(gold.getClaims()));
		assertEquals("half-true", gold.getClaims().get(1).getCredibility());
		assertEquals(List.of("Ilse Varga"), quotes(gold.getSourceMentions()));
		assertEquals(List.of("said"), quotes(gold.getCues()));
		assertEquals(fixture.varga, single(gold.getAttributions()).getSource());
	}

	@Test
	void anAgreedAttributionWaitsUntilItsClaimIsDecided() {
		// ben now names "Engineers" too: the engineers' mention and attribution are agreed, their claim is not
		SourceMention benEngineers = fixture.mention(two.ben, "Engineers", fixture.engineers);
		two.benEngineersSupport.setMention(benEngineers);
		AnnotationLayer gold = fixture.gold();
		assertEquals(AGREED, fixture.curation().itemOf(two.anaEngineersSupport).status());

		fixture.run(CurationCommands.acceptAgreed(fixture.domain, fixture.curation(), 2));
		assertEquals(List.of("Ilse Varga", "Engineers"), quotes(gold.getSourceMentions()));
		assertEquals(1, gold.getAttributions().size(), "only Varga's");
		assertEquals(AGREED, fixture.curation().itemOf(two.anaEngineersSupport).status());

		accept(two.anaPercent, "ana");
		fixture.run(CurationCommands.acceptAgreed(fixture.domain, fixture.curation(), 2));
		assertEquals(2, gold.getAttributions().size());
		assertEquals(ACCEPTED, fixture.curation().itemOf(two.anaEngineersSupport).status());
	}

	@Test
	void theConflictsGoDownAsTheyAreResolvedAndComeBackOnUndo() {
		fixture.gold();
		assertEquals(4, fixture.curation().conflicts().size());

		accept(two.anaEngineers, "ana");
		assertEquals(3, fixture.curation().conflicts().size());
		accept(two.benPercent, "ben");
		assertEquals(2, fixture.curation().conflicts().size());
		accept(two.anaEngineersSupport, "ana");
		Curation curation = fixture.curation();
		assertEquals(List.of(curation.itemOf(two.benWages)), curation.conflicts());
		fixture.run(CurationCommands.reject(fixture.domain, curation, curation.itemOf(two.benWages)));
		assertEquals(List.of(), fixture.curation().conflicts());

		fixture.stack.undo();
		Curation undone = fixture.curation();
		assertEquals(List.of(undone.itemOf(two.benWages)), undone.conflicts());
	}

	@Test
	void rejectDecidesTheItemWithoutTouchingGold() {
		AnnotationLayer gold = fixture.gold();
		String before = CurationFixture.xml(gold);
		Curation curation = fixture.curation();

		Command reject = CurationCommands.reject(fixture.domain, curation, curation.itemOf(two.anaPercent));
		fixture.run(reject);

		assertEquals("Reject Claim", reject.getLabel());
		assertEquals(REJECTED, fixture.curation().itemOf(two.anaPercent).status());
		assertEquals(before, CurationFixture.xml(gold));
		assertEquals(List.of("ana claim 72-97 factual mostly-true", "ben claim 72-97 factual half-true"),
				fixture.rejections.keys());
		Curation rejected = fixture.curation();
		assertFalse(CurationCommands.reject(fixture.domain, rejected, rejected.itemOf(two.anaPercent)).canExecute(),
				"nothing left to reject");
	}

	@Test
	void aRejectedAnnotationThatChangesIsAConflictAgain() {
		fixture.gold();
		Curation curation = fixture.curation();
		fixture.run(CurationCommands.reject(fixture.domain, curation, curation.itemOf(two.anaEngineersSupport)));
		assertEquals(List.of("ana attribution 72-97 engineers support mention 58-67 cue -",
				"ben attribution 72-97 engineers support mention - cue -"), fixture.rejections.keys());

		two.benEngineersSupport.setStance("deny");

		assertEquals(CONFLICT, fixture.curation().itemOf(two.anaEngineersSupport).status());
	}

	@Test
	void refusesWhatCannotBeDone() {
		Curation withoutGold = fixture.curation();
		CurationItem wages = withoutGold.itemOf(two.benWages);
		assertThrows(IllegalStateException.class, () -> CurationCommands.accept(fixture.domain, withoutGold, wages, "ben"));

		fixture.gold();
		Curation curation = fixture.curation();
		assertThrows(IllegalArgumentException.class,
				() -> CurationCommands.accept(fixture.domain, curation, curation.itemOf(two.benWages), "ana"));
		assertThrows(IllegalArgumentException.class, () -> CurationCommands.acceptAgreed(fixture.domain, curation, 0));
		assertThrows(IllegalArgumentException.class, () -> CurationCommands.acceptAgreed(fixture.domain, curation, 3));
		accept(two.benWages, "ben");
		Curation accepted = fixture.curation();
		assertFalse(CurationCommands.accept(fixture.domain, accepted, accepted.itemOf(two.benWages), "ben").canExecute(),
				"gold holds it already");
		assertNull(accepted.itemOf(fixture.document));
	}

	private void accept(EObject annotation, String annotator) {
		Curation curation = fixture.curation();
		fixture.run(CurationCommands.accept(fixture.domain, curation, curation.itemOf(annotation), annotator));
	}

	private static <T> T single(List<T> list) {
		assertEquals(1, list.size(), list::toString);
		return list.get(0);
	}

	private static List<String> quotes(List<? extends org.attest.model.Span> spans) {
		return spans.stream().map(org.attest.model.Span::getQuote).toList();
	}
}
