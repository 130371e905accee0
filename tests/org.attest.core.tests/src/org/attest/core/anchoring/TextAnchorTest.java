package org.attest.core.anchoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextAnchorTest {

	private static final String TEXT = "According to officials speaking on Tuesday, the bridge will reopen in May, although "
			+ "engineers warned that repairs could take far longer than planned.";

	@Test
	void capturesTheQuoteAndThirtyTwoUnitsOfContextOnEachSide() {
		TextAnchor anchor = TextAnchor.capture(TEXT, 44, 73);

		assertEquals(new TextAnchor(44, 73, "the bridge will reopen in May", " officials speaking on Tuesday, ",
				", although engineers warned that"), anchor);
		assertEquals(32, anchor.prefix().length());
		assertEquals(32, anchor.suffix().length());
	}

	@Test
	void clipsTheContextAtTheTextsBounds() {
		assertEquals(new TextAnchor(0, 5, "Hello", "", " world"), TextAnchor.capture("Hello world", 0, 5));
		assertEquals(new TextAnchor(6, 11, "world", "Hello ", ""), TextAnchor.capture("Hello world", 6, 11));
		assertEquals(new TextAnchor(0, 11, "Hello world", "", ""), TextAnchor.capture("Hello world", 0, 11));
	}

	@Test
	void keepsTypographicQuotesAndEmojiIntact() {
		String text = "She said: “Fish 🐟 are back” in the river.";
		// “ is unit 10, 🐟 units 16..18, ” unit 27
		TextAnchor anchor = TextAnchor.capture(text, 10, 28);

		assertEquals(new TextAnchor(10, 28, "“Fish 🐟 are back”", "She said: ", " in the river."), anchor);
	}

	@Test
	void theContextStopsShortOfHalfAnEmoji() {
		// 32 units before the span is the second half of 🐟, 32 units after it the first half of 🌊
		String text = "🐟" + "x".repeat(31) + "QUOTE" + "y".repeat(31) + "🌊";
		TextAnchor anchor = TextAnchor.capture(text, 33, 38);

		assertEquals("x".repeat(31), anchor.prefix());
		assertEquals("y".repeat(31), anchor.suffix());
	}

	@Test
	void theContextTakesWholeEmojiThatFit() {
		String text = "🐟" + "x".repeat(30) + "QUOTE" + "y".repeat(30) + "🌊";
		TextAnchor anchor = TextAnchor.capture(text, 32, 37);

		assertEquals("🐟" + "x".repeat(30), anchor.prefix());
		assertEquals("y".repeat(30) + "🌊", anchor.suffix());
	}

	@ParameterizedTest
	@CsvSource({ "-1, 3", "3, 3", "4, 3", "0, 12", "11, 12" })
	void rejectsSpansOutsideTheText(int begin, int end) {
		IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
				() -> TextAnchor.capture("Hello world", begin, end));
		assertTrue(error.getMessage().contains(begin + ".." + end), error.getMessage());
		assertTrue(error.getMessage().contains("11 UTF-16 units"), error.getMessage());
	}

	@ParameterizedTest
	@CsvSource({ "6, 8", "5, 6" })
	void rejectsSpansThatCutAnEmoji(int begin, int end) {
		// 🐟 is units 5..7
		IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
				() -> TextAnchor.capture("Fish 🐟 and", begin, end));
		assertTrue(error.getMessage().contains("surrogate pair"), error.getMessage());
	}

	@Test
	void anAnchorNeedsAnOrderedSpanAndAQuote() {
		assertThrows(IllegalArgumentException.class, () -> new TextAnchor(-1, 2, "ab", "", ""));
		assertThrows(IllegalArgumentException.class, () -> new TextAnchor(2, 2, "ab", "", ""));
		assertThrows(IllegalArgumentException.class, () -> new TextAnchor(0, 2, "", "", ""));
		assertThrows(NullPointerException.class, () -> new TextAnchor(0, 2, null, "", ""));
		assertThrows(NullPointerException.class, () -> new TextAnchor(0, 2, "ab", null, ""));
		assertThrows(NullPointerException.class, () -> new TextAnchor(0, 2, "ab", "", null));
	}
}
