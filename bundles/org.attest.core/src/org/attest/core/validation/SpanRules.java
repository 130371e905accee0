package org.attest.core.validation;

import org.attest.model.AnnotationLayer;
import org.attest.model.Span;
import org.eclipse.osgi.util.NLS;

/**
 * Rules 1 and 2: a span lies within its document's text ({@code 0 ≤ begin < end ≤ length}, UTF-16 offsets)
 * and its quote is the text there. Spans outside a layer, or in a layer without a text, are left to
 * {@link LayerRules}.
 */
final class SpanRules {

	private SpanRules() {
	}

	static void check(Span span, Report report) {
		String text = span.eContainer() instanceof AnnotationLayer layer ? LayerRules.textOf(layer) : null;
		if (text == null) {
			return;
		}
		int begin = span.getBegin();
		int end = span.getEnd();
		if (begin >= end) {
			report.error(AttestValidator.SPAN_EMPTY, NLS.bind(Messages.SpanRules_empty, Subjects.of(span)), span);
		} else if (begin < 0 || end > text.length()) {
			report.error(AttestValidator.SPAN_OUTSIDE_TEXT,
					NLS.bind(Messages.SpanRules_outsideText, Subjects.of(span), text.length()), span);
		} else {
			checkQuote(span, text.substring(begin, end), report);
		}
	}

	private static void checkQuote(Span span, String covered, Report report) {
		if (covered.equals(span.getQuote())) {
			return;
		}
		String pattern = span.getQuote() == null ? Messages.SpanRules_noQuote : Messages.SpanRules_quoteMismatch;
		report.error(AttestValidator.SPAN_QUOTE_MISMATCH,
				NLS.bind(pattern, Subjects.of(span), Subjects.excerpt(covered)), span);
	}
}
