package org.attest.core.validation;

import static org.attest.core.validation.Findings.assertClean;
import static org.attest.core.validation.Findings.assertFinding;
import static org.attest.core.validation.Findings.only;

import org.attest.model.AttestFactory;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

/** Rule 2: a span's quote is the document text at [begin, end), counted in UTF-16 units. */
class SpanQuoteTest {

	private final AnnotatedArticle article = new AnnotatedArticle();

	@Test
	void quoteWithTypographicQuotesAndEmojiMatches() {
		article.layer.getCues().add(AnnotatedArticle.span(AttestFactory.eINSTANCE.createCue(), 13, 37,
				"“denied” it 🐟 on Monday"));

		assertClean(article.validate());
	}

	@Test
	void quoteDifferingFromTheTextIsAnError() {
		article.denial.setQuote("it on Monday");

		assertFinding(only(article.validate()), Diagnostic.ERROR, AttestValidator.SPAN_QUOTE_MISMATCH,
				"Claim “it on Monday” [22–37] does not match the document text there, which reads “it 🐟 on Monday”",
				article.denial);
	}

	@Test
	void offsetsCountedInCodePointsMissTheQuote() {
		article.dam.setBegin(38);
		article.dam.setEnd(72);

		assertFinding(only(article.validate()), Diagnostic.ERROR, AttestValidator.SPAN_QUOTE_MISMATCH,
				"Claim “The dam will be finished by spring” [38–72] does not match the document text there, which "
						+ "reads “ The dam will be finished by sprin”",
				article.dam);
	}

	@Test
	void missingQuoteIsAnError() {
		article.denied.setQuote(null);

		assertFinding(only(article.validate()), Diagnostic.ERROR, AttestValidator.SPAN_QUOTE_MISMATCH,
				"Cue “” [14–20] has no quote; the document text there reads “denied”", article.denied);
	}
}
