package org.attest.core.anchoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Re-anchoring on a news text with typographic quotes and an emoji. Expected offsets are counted by hand
 * (in UTF-16 units: 🐟 counts two), not computed by the code under test.
 */
class ReanchorerTest {

	private static final String OLD = "The mayor said on Monday that the bridge will reopen in May. Engineers "
			+ "disagreed: “Repairs to the main span will take until autumn,” their union said. 🐟 Fishermen "
			+ "welcomed the news.";
	/** "the bridge will reopen in May", units 30..59. */
	private static final TextAnchor BRIDGE = new TextAnchor(30, 59, "the bridge will reopen in May",
			"The mayor said on Monday that ", ". Engineers disagreed: “Repairs ");
	/** "Repairs to the main span will take until autumn", units 83..130, inside typographic quotes. */
	private static final TextAnchor REPAIRS = new TextAnchor(83, 130, "Repairs to the main span will take until autumn",
			"n in May. Engineers disagreed: “", ",” their union said. 🐟 Fisherme");
	/** "Fishermen", units 154..163, after 🐟 (units 151..153). */
	private static final TextAnchor FISHERMEN = new TextAnchor(154, 163, "Fishermen",
			"l autumn,” their union said. 🐟 ", " welcomed the news.");

	private final Reanchorer reanchorer = new Reanchorer();

	@Test
	void theAnchorsAboveAreWhatCaptureTakes() {
		assertEquals(BRIDGE, TextAnchor.capture(OLD, 30, 59));
		assertEquals(REPAIRS, TextAnchor.capture(OLD, 83, 130));
		assertEquals(FISHERMEN, TextAnchor.capture(OLD, 154, 163));
	}

	@Test
	void anUnchangedTextKeepsEverySpan() {
		for (TextAnchor anchor : List.of(BRIDGE, REPAIRS, FISHERMEN)) {
			assertEquals(ReanchorResult.kept(anchor), reanchorer.reanchor(anchor, OLD));
		}
	}

	@Test
	void aKeptSpanTakesItsNewContext() {
		String newText = OLD.replace("Monday", "Friday");

		assertEquals(ReanchorResult.kept(new TextAnchor(30, 59, "the bridge will reopen in May",
				"The mayor said on Friday that ", ". Engineers disagreed: “Repairs ")),
				reanchorer.reanchor(BRIDGE, newText));
	}

	@Test
	void anInsertionBeforeMovesSpansByItsLength() {
		String newText = "Updated: " + OLD;

		assertEquals(ReanchorResult.moved(new TextAnchor(39, 68, "the bridge will reopen in May",
				": The mayor said on Monday that ", ". Engineers disagreed: “Repairs ")),
				reanchorer.reanchor(BRIDGE, newText));
		assertEquals(ReanchorResult.moved(new TextAnchor(92, 139, REPAIRS.quote(), REPAIRS.prefix(),
				REPAIRS.suffix())), reanchorer.reanchor(REPAIRS, newText));
		assertEquals(ReanchorResult.moved(new TextAnchor(163, 172, FISHERMEN.quote(), FISHERMEN.prefix(),
				FISHERMEN.suffix())), reanchorer.reanchor(FISHERMEN, newText));
	}

	@Test
	void anInsertedEmojiMovesLaterSpansByTwoUnits() {
		String newText = OLD.replace("said. 🐟", "said. 🐟🌊");

		assertEquals(ReanchorResult.kept(BRIDGE), reanchorer.reanchor(BRIDGE, newText));
		assertEquals(ReanchorResult.kept(new TextAnchor(83, 130, REPAIRS.quote(), REPAIRS.prefix(),
				",” their union said. 🐟🌊 Fisher")), reanchorer.reanchor(REPAIRS, newText));
		assertEquals(ReanchorResult.moved(new TextAnchor(156, 165, "Fishermen", "autumn,” their union said. 🐟🌊 ",
				" welcomed the news.")), reanchorer.reanchor(FISHERMEN, newText));
	}

	@Test
	void aDeletionBeforeMovesSpansBack() {
		String newText = OLD.replace("on Monday ", "");

		ReanchorResult bridge = reanchorer.reanchor(BRIDGE, newText);
		ReanchorResult fishermen = reanchorer.reanchor(FISHERMEN, newText);

		assertEquals(ReanchorStatus.MOVED, bridge.status());
		assertEquals(20, bridge.anchor().begin());
		assertEquals(ReanchorStatus.MOVED, fishermen.status());
		assertEquals(144, fishermen.anchor().begin());
		assertEquals(153, fishermen.anchor().end());
	}

	@Test
	void aWordChangedInsideTheSpanMovesItFuzzilyToTheNewWording() {
		String newText = OLD.replace("in May", "in June");

		ReanchorResult result = reanchorer.reanchor(BRIDGE, newText);

		// "May" to "June" is four edits in 29 units; the old suffix ". Engineers" shows where the span ends
		assertEquals(ReanchorResult.movedFuzzy(new TextAnchor(30, 60, "the bridge will reopen in June",
				"The mayor said on Monday that ", ". Engineers disagreed: “Repairs "), 1 - 4.0 / 29), result);
		assertEquals(ReanchorStatus.MOVED, reanchorer.reanchor(FISHERMEN, newText).status());
		assertFalse(reanchorer.reanchor(FISHERMEN, newText).fuzzy());
	}

	@Test
	void aChangedWordAtTheStartOfTheSpanIsTakenInWhole() {
		String newText = OLD.replace("Repairs to", "Works on");

		ReanchorResult result = reanchorer.reanchor(REPAIRS, newText);

		assertTrue(result.fuzzy());
		assertEquals("Works on the main span will take until autumn", result.anchor().quote());
		assertEquals(83, result.anchor().begin());
	}

	@Test
	void anEditedSpanFarFromItsOldPlaceIsFoundInTheWholeText() {
		// 2,995 units inserted before the span: beyond the first fuzzy window of 1,024 units around it
		String newText = "Earlier reports. ".repeat(176) + "..." + OLD.replace("in May", "in June");

		ReanchorResult result = reanchorer.reanchor(BRIDGE, newText);

		assertTrue(result.fuzzy());
		assertEquals(3025, result.anchor().begin());
		assertEquals("the bridge will reopen in June", result.anchor().quote());
	}

	@Test
	void aSpanWhoseTextWasDeletedIsOrphanedAndReported() {
		String newText = OLD.replace("Engineers disagreed: “Repairs to the main span will take until autumn,” "
				+ "their union said. ", "");
		Map<String, TextAnchor> spans = Map.of("bridge", BRIDGE, "repairs", REPAIRS, "fishermen", FISHERMEN);

		ReanchorReport.Builder builder = ReanchorReport.builder();
		for (String id : List.of("bridge", "repairs", "fishermen")) {
			builder.add(id, reanchorer.reanchor(spans.get(id), newText));
		}
		ReanchorReport report = builder.build();

		assertEquals("1 kept, 1 moved (0 fuzzy), 1 orphaned", report.summary());
		ReanchorReport.Entry orphan = report.entries(ReanchorStatus.ORPHANED).get(0);
		assertEquals("repairs", orphan.spanId());
		assertEquals(ReanchorResult.orphaned(REPAIRS), orphan.result());
		assertSame(REPAIRS, orphan.result().anchor(), "an orphan keeps its old anchor as it was");
	}

	@Test
	void aRewrittenSpanBelowTheSimilarityThresholdIsOrphaned() {
		// 26 edits in 47 units: a similarity of 0.45
		String newText = OLD.replace("Repairs to the main span will take until autumn",
				"Fixing the main deck lasts until October");

		assertEquals(ReanchorResult.orphaned(REPAIRS), reanchorer.reanchor(REPAIRS, newText));
	}

	@Test
	void aSpanEditedAtTheThresholdIsFollowed() {
		// "span" to "deck" and "autumn" to "spring": 10 edits in 47 units, a similarity of 0.79
		String newText = OLD.replace("span will take until autumn", "deck will take until spring");

		ReanchorResult result = reanchorer.reanchor(REPAIRS, newText);

		assertEquals(ReanchorResult.movedFuzzy(new TextAnchor(83, 130, "Repairs to the main deck will take until spring",
				REPAIRS.prefix(), REPAIRS.suffix()), 1 - 10.0 / 47), result);
	}

	@Test
	void aShortQuoteIsOnlyFoundExactly() {
		String text = "He said so. She said no.";
		TextAnchor he = TextAnchor.capture(text, 0, 2);

		assertEquals(ReanchorStatus.ORPHANED, reanchorer.reanchor(he, "Me said so. She said no.").status());
	}

	@Test
	void aRepeatedQuoteGoesWhereItsContextAgrees() {
		// the span is the governor's "said no" at 32..39; in the new text the mayor's (39..46) is nearer
		// the old offset, but the governor's (13..20) follows "The governor " as the old prefix did
		TextAnchor governor = TextAnchor.capture("The mayor said no. The governor said no.", 32, 39);

		ReanchorResult result = reanchorer.reanchor(governor, "The governor said no. Later, the mayor said no.");

		assertEquals(ReanchorStatus.MOVED, result.status());
		assertEquals(13, result.anchor().begin());
		assertEquals("The governor ", result.anchor().prefix());
	}

	@Test
	void aRepeatedQuoteGoesWhereItsContextAgreesEvenFarFromTheOldOffset() {
		String filler = "Nothing else happened that day. ".repeat(20);
		String old = "The mayor said no. " + filler + "The governor said no.";
		// 19 units for the mayor's sentence and 640 of filler: the governor's "said no" is at 672..679
		TextAnchor governor = TextAnchor.capture(old, 672, 679);
		assertEquals("said no", governor.quote());

		// the mayor's "said no" is now 5 units from the old offset (672), the governor's 659 units
		ReanchorResult result = reanchorer.reanchor(governor,
				"The governor said no. " + filler + "Then the mayor said no.");

		assertEquals(ReanchorStatus.MOVED, result.status());
		assertEquals(13, result.anchor().begin());
	}

	@Test
	void amongEquallyFittingOccurrencesTheNearestWins() {
		// "quote" at 2 and at 22; neither agrees with the old context
		String newText = "a quote, then another quote.";

		assertEquals(22, reanchorer.reanchor(new TextAnchor(20, 25, "quote", "zzz", "zzz"), newText).anchor().begin());
		assertEquals(2, reanchorer.reanchor(new TextAnchor(4, 9, "quote", "zzz", "zzz"), newText).anchor().begin());
		assertEquals(2, reanchorer.reanchor(new TextAnchor(12, 17, "quote", "zzz", "zzz"), newText).anchor().begin(),
				"at equal distance the earlier wins");
	}

	@Test
	void anEmptyNewTextOrphansTheSpan() {
		assertEquals(ReanchorResult.orphaned(BRIDGE), reanchorer.reanchor(BRIDGE, ""));
	}

	@Test
	void aQuoteLongerThanTheNewTextIsOrphaned() {
		assertEquals(ReanchorResult.orphaned(REPAIRS), reanchorer.reanchor(REPAIRS, "Repairs to the main span"));
	}

	@Test
	void aSpanPastTheEndOfAShortenedTextIsFoundEarlier() {
		ReanchorResult result = reanchorer.reanchor(FISHERMEN, "🐟 Fishermen welcomed it.");

		assertEquals(ReanchorResult.moved(new TextAnchor(3, 12, "Fishermen", "🐟 ", " welcomed it.")), result);
	}

	@Test
	void aQuoteWithTypographicQuotesAndAnEmojiMovesWhole() {
		// “Repairs … autumn,” their union said. 🐟 = units 82..153
		TextAnchor quoted = TextAnchor.capture(OLD, 82, 153);
		assertEquals("“Repairs to the main span will take until autumn,” their union said. 🐟", quoted.quote());

		ReanchorResult result = reanchorer.reanchor(quoted, "🌊 " + OLD);

		assertEquals(ReanchorStatus.MOVED, result.status());
		assertEquals(85, result.anchor().begin());
		assertEquals(156, result.anchor().end());
		assertEquals(quoted.quote(), result.anchor().quote());
	}

	@Test
	void aChangedEmojiInTheSpanIsAFuzzyMatchOfTheWholeEmoji() {
		// 🐟 (U+1F41F) and 🐠 (U+1F420) differ in their second UTF-16 unit only: one edit in 21 units
		TextAnchor fishermen = TextAnchor.capture(OLD, 151, 172);
		assertEquals("🐟 Fishermen welcomed", fishermen.quote());

		ReanchorResult result = reanchorer.reanchor(fishermen, OLD.replace("🐟", "🐠"));

		assertEquals(ReanchorResult.movedFuzzy(new TextAnchor(151, 172, "🐠 Fishermen welcomed",
				"ntil autumn,” their union said. ", " the news."), 1 - 1.0 / 21), result);
	}

	@Test
	void aFuzzyMatchEndingInAChangedEmojiTakesTheWholeEmoji() {
		TextAnchor fish = TextAnchor.capture("We saw a big 🐟", 9, 15);
		assertEquals("big 🐟", fish.quote());

		ReanchorResult result = reanchorer.reanchor(fish, "We saw a big 🐠");

		assertTrue(result.fuzzy());
		assertEquals("big 🐠", result.anchor().quote());
	}
}
