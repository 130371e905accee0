package org.attest.core.text;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Offsets in code points must be what Python counts, so every expected value here was counted by hand
 * (and agrees with Python 3's {@code len}), never computed by {@link Offsets}.
 */
class OffsetsTest {

	private static final String ASCII = "Fish and waves";
	/** 🐟 is UTF-16 5..7, 🌊 is 12..14: 20 UTF-16 units, 18 code points. */
	private static final String FISH = "Fish 🐟 and 🌊 waves";
	/** 𝔄 (U+1D504) is UTF-16 0..2, 😀 (U+1F600) is 3..5: 5 UTF-16 units, 3 code points. */
	private static final String FRAKTUR_SMILEY = "𝔄=😀";
	/** The flag is two regional indicators, each a surrogate pair: 7 UTF-16 units, 5 code points. */
	private static final String FLAG = "🇫🇷 ok";
	/** Woman, zero-width joiner, girl: one emoji on screen, three code points, five UTF-16 units. */
	private static final String FAMILY = "👩\u200D👧 x";
	/** Each "é" is an "e" and a combining acute accent (U+0301): two code points, both in the BMP. */
	private static final String COMBINING = "Cafe\u0301 ole\u0301";
	/** Unpaired surrogates (a high one before "b", a low one before a high one) count one each. */
	private static final String LONE_SURROGATES = "a\uD83Db\uDC1F\uD83D";

	static Stream<Arguments> offsetsCountedByHand() {
		return Stream.of(
				table(FISH, "0:0 1:1 2:2 3:3 4:4 5:5 7:6 8:7 9:8 10:9 11:10 12:11 14:12 15:13 16:14 17:15 18:16 "
						+ "19:17 20:18"),
				table(FRAKTUR_SMILEY, "0:0 2:1 3:2 5:3"),
				table(FLAG, "0:0 2:1 4:2 5:3 6:4 7:5"),
				table(FAMILY, "0:0 2:1 3:2 5:3 6:4 7:5"),
				table(COMBINING, "0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 9:9 10:10"),
				table(LONE_SURROGATES, "0:0 1:1 2:2 3:3 4:4 5:5"))
				.flatMap(s -> s);
	}

	/** Arguments (text, UTF-16 index, code point index) from "utf16:codePoint" pairs. */
	private static Stream<Arguments> table(String text, String pairs) {
		return Arrays.stream(pairs.split(" ")).map(pair -> {
			String[] units = pair.split(":");
			return Arguments.of(text, Integer.parseInt(units[0]), Integer.parseInt(units[1]));
		});
	}

	@ParameterizedTest(name = "[{index}] {1} <-> {2} in \"{0}\"")
	@MethodSource("offsetsCountedByHand")
	void convertsEveryValidIndexBothWays(String text, int utf16Index, int codePointIndex) {
		assertEquals(codePointIndex, Offsets.toCodePoint(text, utf16Index));
		assertEquals(utf16Index, Offsets.toUtf16(text, codePointIndex));
	}

	@Test
	void asciiOffsetsAreTheSameInBothUnits() {
		Offsets.Converter converter = Offsets.converter(ASCII);
		for (int i = 0; i <= 14; i++) {
			assertEquals(i, converter.toCodePoint(i));
			assertEquals(i, converter.toUtf16(i));
		}
		assertEquals(14, converter.codePointLength());
	}

	@Test
	void lengthsCountedByHand() {
		assertAll(
				() -> assertLengths(FISH, 20, 18),
				() -> assertLengths(FRAKTUR_SMILEY, 5, 3),
				() -> assertLengths(FLAG, 7, 5),
				() -> assertLengths(FAMILY, 7, 5),
				() -> assertLengths(COMBINING, 10, 10),
				() -> assertLengths(LONE_SURROGATES, 5, 5),
				() -> assertLengths("", 0, 0));
	}

	private static void assertLengths(String text, int utf16Length, int codePointLength) {
		Offsets.Converter converter = Offsets.converter(text);
		assertEquals(utf16Length, converter.utf16Length(), text);
		assertEquals(codePointLength, converter.codePointLength(), text);
	}

	/** What Python does with {@code text[start:end]}: slice the sequence of code points. */
	private static String pythonSlice(String text, int start, int end) {
		int[] codePoints = text.codePoints().toArray();
		return new String(codePoints, start, end - start);
	}

	@Test
	void pythonSlicingWithConvertedOffsetsGivesTheSpan() {
		Offsets.Converter converter = Offsets.converter(FISH);
		assertAll(
				() -> assertSpan(converter, 5, 7, 5, 6, "🐟"),
				() -> assertSpan(converter, 8, 11, 7, 10, "and"),
				() -> assertSpan(converter, 12, 14, 11, 12, "🌊"),
				() -> assertSpan(converter, 15, 20, 13, 18, "waves"),
				() -> assertSpan(converter, 0, 20, 0, 18, FISH));
	}

	private static void assertSpan(Offsets.Converter converter, int begin, int end, int start, int stop,
			String span) {
		assertEquals(span, FISH.substring(begin, end));
		assertEquals(start, converter.toCodePoint(begin));
		assertEquals(stop, converter.toCodePoint(end));
		assertEquals(span, pythonSlice(FISH, start, stop));
	}

	@Test
	void combiningMarksAreCodePointsOfTheirOwn() {
		// Python: len("Cafe\u0301") == 5 although a reader sees four letters; a span may end before the accent
		assertEquals(4, Offsets.toCodePoint(COMBINING, 4));
		assertEquals("Cafe", pythonSlice(COMBINING, 0, 4));
		assertEquals("\u0301", pythonSlice(COMBINING, 4, 5));
	}

	@ParameterizedTest
	@ValueSource(ints = { 6, 13 })
	void anIndexInsideASurrogatePairHasNoCodePointOffset(int insidePair) {
		IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
				() -> Offsets.toCodePoint(FISH, insidePair));
		assertTrue(error.getMessage().contains("UTF-16 index " + insidePair), error.getMessage());
		assertTrue(error.getMessage().contains("inside the surrogate pair"), error.getMessage());
		assertTrue(error.getMessage().contains("20 UTF-16 units"), error.getMessage());
	}

	@Test
	void everyIndexInsideAPairIsRejected() {
		Offsets.Converter converter = Offsets.converter(FRAKTUR_SMILEY);
		assertThrows(IllegalArgumentException.class, () -> converter.toCodePoint(1));
		assertThrows(IllegalArgumentException.class, () -> converter.toCodePoint(4));
		Offsets.Converter flag = Offsets.converter(FLAG);
		assertThrows(IllegalArgumentException.class, () -> flag.toCodePoint(1));
		assertThrows(IllegalArgumentException.class, () -> flag.toCodePoint(3));
	}

	@ParameterizedTest
	@ValueSource(ints = { -1, 21, Integer.MAX_VALUE, Integer.MIN_VALUE })
	void utf16IndexOutOfRangeIsRejected(int index) {
		IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
				() -> Offsets.toCodePoint(FISH, index));
		assertTrue(error.getMessage().contains("UTF-16 index " + index + " is out of range"), error.getMessage());
		assertTrue(error.getMessage().contains("20 UTF-16 units"), error.getMessage());
	}

	@ParameterizedTest
	@ValueSource(ints = { -1, 19, Integer.MAX_VALUE, Integer.MIN_VALUE })
	void codePointIndexOutOfRangeIsRejected(int index) {
		IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
				() -> Offsets.toUtf16(FISH, index));
		assertTrue(error.getMessage().contains("code point index " + index + " is out of range"),
				error.getMessage());
		assertTrue(error.getMessage().contains("18 code points"), error.getMessage());
	}

	@Test
	void theEmptyTextHasOnlyOffsetZero() {
		assertEquals(0, Offsets.toCodePoint("", 0));
		assertEquals(0, Offsets.toUtf16("", 0));
		assertThrows(IllegalArgumentException.class, () -> Offsets.toCodePoint("", 1));
		assertThrows(IllegalArgumentException.class, () -> Offsets.toUtf16("", 1));
	}

	@ParameterizedTest
	@ValueSource(strings = { ASCII, FISH, FRAKTUR_SMILEY, FLAG, FAMILY, COMBINING, LONE_SURROGATES, "🐟",
			"🐟🐟🐟", "" })
	void roundTripsOnEveryValidIndex(String text) {
		Offsets.Converter converter = Offsets.converter(text);
		for (int i = 0; i <= text.length(); i++) {
			if (Offsets.isCodePointBoundary(text, i)) {
				assertEquals(i, converter.toUtf16(converter.toCodePoint(i)), "UTF-16 index " + i);
			}
		}
		for (int c = 0; c <= converter.codePointLength(); c++) {
			assertEquals(c, converter.toCodePoint(converter.toUtf16(c)), "code point index " + c);
		}
	}

	@Test
	void codePointBoundariesCountedByHand() {
		assertTrue(Offsets.isCodePointBoundary(FISH, 0));
		assertTrue(Offsets.isCodePointBoundary(FISH, 5));
		assertFalse(Offsets.isCodePointBoundary(FISH, 6));
		assertTrue(Offsets.isCodePointBoundary(FISH, 7));
		assertFalse(Offsets.isCodePointBoundary(FISH, 13));
		assertTrue(Offsets.isCodePointBoundary(FISH, 20));
		assertTrue(Offsets.isCodePointBoundary(LONE_SURROGATES, 2), "a high surrogate before a letter is no pair");
		assertTrue(Offsets.isCodePointBoundary(LONE_SURROGATES, 4), "a low surrogate before a high one is no pair");
		assertThrows(IndexOutOfBoundsException.class, () -> Offsets.isCodePointBoundary(FISH, 21));
		assertThrows(IndexOutOfBoundsException.class, () -> Offsets.isCodePointBoundary(FISH, -1));
	}

	/**
	 * A long text mixing ASCII, typographic punctuation, emoji, combining marks and unpaired surrogates, with
	 * the JDK's own code point counting as the independent oracle.
	 */
	@Test
	void agreesWithTheJdkOnALongMixedText() {
		String[] pieces = { "word ", "“quoted” ", "🐟", "😀 ", "𝔄", "e\u0301", "\uD83D", "\uDC1F", "🇫🇷", "\n" };
		Random random = new Random(20261126L);
		StringBuilder builder = new StringBuilder();
		while (builder.length() < 100_000) {
			builder.append(pieces[random.nextInt(pieces.length)]);
		}
		String text = builder.toString();
		Offsets.Converter converter = Offsets.converter(text);

		int codePoint = 0;
		int utf16Index = 0;
		while (utf16Index < text.length()) {
			assertEquals(codePoint, converter.toCodePoint(utf16Index), "UTF-16 index " + utf16Index);
			assertEquals(utf16Index, converter.toUtf16(codePoint), "code point " + codePoint);
			int next = text.offsetByCodePoints(utf16Index, 1);
			if (next == utf16Index + 2) {
				int insidePair = utf16Index + 1;
				assertThrows(IllegalArgumentException.class, () -> converter.toCodePoint(insidePair));
			}
			utf16Index = next;
			codePoint++;
		}
		assertEquals(text.codePointCount(0, text.length()), codePoint);
		assertEquals(codePoint, converter.codePointLength());
		assertEquals(codePoint, converter.toCodePoint(text.length()));
		assertEquals(text.length(), converter.toUtf16(codePoint));
	}
}
