package org.attest.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The characters XML 1.0 allows (its production Char, section 2.2), written out by hand. */
class StorableTextTest {

	@Test
	void tabLineEndsAndEverythingFromSpaceUpAreStorable() {
		String text = "a\tb\nc\r d\u007F\u0085\u00A0\uD7FF\uE000\uFFFD 🐟 \uDBFF\uDFFF";

		assertEquals(-1, StorableText.firstUnstorable(text));
		assertEquals(text, StorableText.withoutUnstorable(text));
	}

	@Test
	void otherC0ControlsAreNot() {
		for (char control : new char[] { '\u0000', '\u0001', '\u0008', '\u000B', '\u000C', '\u000E', '\u0016', '\u001F' }) {
			String text = "ab" + control + "c";

			assertEquals(2, StorableText.firstUnstorable(text), () -> StorableText.name(control));
			assertEquals("abc", StorableText.withoutUnstorable(text));
		}
	}

	@Test
	void noncharactersFffeAndFfffAreNot() {
		assertEquals(1, StorableText.firstUnstorable("a\uFFFE"));
		assertEquals(0, StorableText.firstUnstorable("\uFFFFb"));
		assertEquals("ab", StorableText.withoutUnstorable("a\uFFFE\uFFFFb"));
	}

	@Test
	void aSurrogateWithoutItsOtherHalfIsNot() {
		assertEquals(1, StorableText.firstUnstorable("a\uD83Db"), "high surrogate alone");
		assertEquals(1, StorableText.firstUnstorable("a\uDC1Fb"), "low surrogate alone");
		assertEquals(2, StorableText.firstUnstorable("🐟\uD83D"), "high surrogate at the end, after a pair");
		assertEquals("a🐟b", StorableText.withoutUnstorable("\uDC1Fa🐟b\uD83D"));
	}

	@Test
	void namesAreWrittenAsUnicodeDoes() {
		assertEquals("U+000C", StorableText.name(0x0C));
		assertEquals("U+FFFE", StorableText.name(0xFFFE));
		assertEquals("U+1F41F", StorableText.name(0x1F41F));
	}
}
