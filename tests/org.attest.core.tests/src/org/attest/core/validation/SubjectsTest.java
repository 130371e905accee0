package org.attest.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.attest.model.AttestFactory;
import org.junit.jupiter.api.Test;

/** Quotes in messages: one line, at most 50 code points, never half an emoji. */
class SubjectsTest {

	@Test
	void shortQuoteIsKept() {
		assertEquals("“denied” it 🐟", Subjects.excerpt("“denied” it 🐟"));
	}

	@Test
	void lineEndsAndWhitespaceRunsBecomeOneSpace() {
		assertEquals("The dam will be finished", Subjects.excerpt("The dam\nwill  be\tfinished"));
	}

	@Test
	void longQuoteIsCutAfterFiftyCodePoints() {
		assertEquals("The minister said 🐟 the dam, the reservoir and the…",
				Subjects.excerpt("The minister said 🐟 the dam, the reservoir and the canal will be finished by spring"));
	}

	@Test
	void quoteOfExactlyFiftyCodePointsIsKept() {
		String fifty = "x".repeat(48) + "🐟y";

		assertEquals(fifty, Subjects.excerpt(fifty));
	}

	@Test
	void cutKeepsAWholeEmoji() {
		assertEquals("x".repeat(49) + "🐟…", Subjects.excerpt("x".repeat(49) + "🐟yz"));
	}

	@Test
	void spanIsNamedByKindQuoteAndOffsets() {
		assertEquals("Source mention “The ministry” [0–12]", Subjects.of(AnnotatedArticle.span(
				AttestFactory.eINSTANCE.createSourceMention(), 0, 12, "The ministry")));
	}
}
