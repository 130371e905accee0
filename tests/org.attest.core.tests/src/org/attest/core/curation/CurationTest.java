package org.attest.core.curation;

import static org.attest.core.curation.CurationStatus.ACCEPTED;
import static org.attest.core.curation.CurationStatus.AGREED;
import static org.attest.core.curation.CurationStatus.CONFLICT;
import static org.attest.core.curation.CurationStatus.GOLD_ONLY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.attest.model.AnnotationLayer;
import org.attest.model.Attribution;
import org.attest.model.ClaimMention;
import org.attest.model.ClaimType;
import org.attest.model.SourceMention;
import org.junit.jupiter.api.Test;

/**
 * What a curation says about two annotators' layers ({@link TwoAnnotators}): the items in text order, who has
 * what, whether they agree, what gold holds, and the conflicts.
 */
class CurationTest {

	private final TwoAnnotators two = new TwoAnnotators();
	private final CurationFixture fixture = two.fixture;

	@Test
	void listsOneItemPerClusterInTextOrderWithWhoHasWhat() {
		List<CurationItem> items = fixture.curation().items();

		assertEquals(8, items.size());
		assertItem(items.get(0), CurationKind.SOURCE_MENTION, Map.of("ana", two.anaVarga, "ben", two.benVarga), 6, 16);
		assertItem(items.get(1), CurationKind.CUE, Map.of("ana", two.anaSaid, "ben", two.benSaid), 17, 21);
		assertItem(items.get(2), CurationKind.CLAIM, Map.of("ana", two.anaDam, "ben", two.benDam), 22, 56);
		assertItem(items.get(3), CurationKind.ATTRIBUTION, Map.of("ana", two.anaVargaSupports, "ben", two.benVargaSupports),
				22, 56);
		assertItem(items.get(4), CurationKind.SOURCE_MENTION, Map.of("ana", two.anaEngineers), 58, 67);
		assertItem(items.get(5), CurationKind.CLAIM, Map.of("ana", two.anaPercent, "ben", two.benPercent), 72, 97);
		assertItem(items.get(6), CurationKind.ATTRIBUTION,
				Map.of("ana", two.anaEngineersSupport, "ben", two.benEngineersSupport), 72, 97);
		assertItem(items.get(7), CurationKind.CLAIM, Map.of("ben", two.benWages), 121, 135);
		assertEquals(List.of("ana", "ben"), List.copyOf(items.get(0).annotations().keySet()), "in annotator order");
	}

	@Test
	void sameSpanAndLabelsAgreeAnythingElseIsAConflict() {
		List<CurationItem> items = fixture.curation().items();

		assertEquals(List.of(AGREED, AGREED, AGREED, AGREED, CONFLICT, CONFLICT, CONFLICT, CONFLICT),
				items.stream().map(CurationItem::status).toList());
		assertEquals(List.of(Set.of("ana", "ben")), items.get(2).groups());
		// credibility differs: two readings of one each, so no majority
		assertEquals(List.of(Set.of("ana"), Set.of("ben")), items.get(5).groups());
		assertEquals(Optional.empty(), items.get(5).majority());
		// the attributions differ in their mentions: ana's names "Engineers", ben's names none
		assertEquals(1, items.get(6).agreement());
		// one annotator alone: the majority of one, but not every annotator
		assertEquals(Optional.of(Set.of("ben")), items.get(7).majority());
	}

	@Test
	void theConflictsAreTheItemsTheAnnotatorsDifferOn() {
		Curation curation = fixture.curation();

		assertEquals(List.of(curation.itemOf(two.anaEngineers), curation.itemOf(two.anaPercent),
				curation.itemOf(two.anaEngineersSupport), curation.itemOf(two.benWages)), curation.conflicts());
	}

	@Test
	void goldEqualToAnAnnotatorsAnnotationResolvesItsItem() {
		AnnotationLayer gold = fixture.gold();
		ClaimMention goldPercent = fixture.claim(gold, "it is 62 percent complete", ClaimType.FACTUAL, "half-true");

		Curation curation = fixture.curation();

		CurationItem percent = curation.itemOf(two.anaPercent);
		assertSame(percent, curation.itemOf(goldPercent));
		assertSame(goldPercent, percent.gold());
		assertEquals(ACCEPTED, percent.status());
		assertEquals(Set.of("ben"), percent.acceptedFrom());
		assertEquals(3, curation.conflicts().size());
	}

	@Test
	void goldThatEqualsNoAnnotatorIsAConflictEvenWhereTheyAgree() {
		AnnotationLayer gold = fixture.gold();
		ClaimMention goldDam = fixture.claim(gold, "the dam will be finished by spring", ClaimType.PREDICTION, "true");

		CurationItem dam = fixture.curation().itemOf(two.anaDam);

		assertSame(goldDam, dam.gold());
		assertEquals(CONFLICT, dam.status());
	}

	@Test
	void goldAnnotationsNoAnnotatorHasAreItemsOfTheirOwn() {
		AnnotationLayer gold = fixture.gold();
		SourceMention goldUnion = fixture.mention(gold, "The union", fixture.union);

		Curation curation = fixture.curation();

		CurationItem union = curation.itemOf(goldUnion);
		assertEquals(GOLD_ONLY, union.status());
		assertEquals(Map.of(), union.annotations());
		assertEquals(List.of(99, 108), List.of(union.begin(), union.end()));
		assertEquals(9, curation.items().size());
		assertEquals(4, curation.conflicts().size(), "not a conflict");
	}

	@Test
	void goldNeverChangesHowTheAnnotatorsCluster() {
		// gold's "62 percent complete" overlaps both annotators' claim there: it joins their item, which stays one
		AnnotationLayer gold = fixture.gold();
		ClaimMention goldPart = fixture.claim(gold, "62 percent complete", ClaimType.FACTUAL, "half-true");

		Curation curation = fixture.curation();

		CurationItem percent = curation.itemOf(two.anaPercent);
		assertSame(percent, curation.itemOf(two.benPercent));
		assertSame(goldPart, percent.gold());
		assertEquals(CONFLICT, percent.status(), "gold's span differs from both");
		assertEquals(List.of(72, 97), List.of(percent.begin(), percent.end()));
	}

	@Test
	void aGoldAttributionIsEqualWhenItsMentionAndCueAreInTheSameItemsAsTheAnnotators() {
		AnnotationLayer gold = fixture.gold();
		ClaimMention goldDam = fixture.claim(gold, "the dam will be finished by spring", ClaimType.PREDICTION, "false");
		SourceMention goldVarga = fixture.mention(gold, "Ilse Varga", fixture.varga);
		Attribution withoutCue = fixture.attribute(gold, goldDam, fixture.varga, "support", goldVarga, null);

		Curation withoutTheCue = fixture.curation();
		assertSame(withoutCue, withoutTheCue.itemOf(two.anaVargaSupports).gold());
		assertEquals(CONFLICT, withoutTheCue.itemOf(two.anaVargaSupports).status());

		withoutCue.setCue(fixture.cue(gold, "said"));
		assertEquals(ACCEPTED, fixture.curation().itemOf(two.anaVargaSupports).status());
	}

	@Test
	void aCurationWithoutGoldHasNoGoldAndGoldIsNoAnnotator() {
		Curation curation = fixture.curation();

		assertNull(curation.gold());
		assertEquals(List.of("ana", "ben"), curation.annotators());
		assertThrows(IllegalArgumentException.class,
				() -> Curation.of(Map.of("gold", fixture.gold()), null, Rejections.inMemory()));
	}

	private static void assertItem(CurationItem item, CurationKind kind, Map<String, ?> annotations, int begin,
			int end) {
		assertEquals(kind, item.kind(), item::toString);
		assertEquals(annotations, item.annotations(), item::toString);
		assertEquals(List.of(begin, end), List.of(item.begin(), item.end()), item::toString);
	}
}
