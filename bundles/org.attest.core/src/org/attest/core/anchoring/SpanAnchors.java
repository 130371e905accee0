package org.attest.core.anchoring;

import java.util.ArrayList;
import java.util.List;

import org.attest.model.AnnotationLayer;
import org.attest.model.Span;

/**
 * Spans of the model and the anchors that keep them on their text: placing a span captures its quote and
 * context; re-anchoring a layer moves every span to the document's new text and reports each one.
 */
public final class SpanAnchors {

	private SpanAnchors() {
	}

	/** Sets the span to [begin, end) of the text, with its quote, prefix and suffix. */
	public static void place(Span span, String text, int begin, int end) {
		apply(span, TextAnchor.capture(text, begin, end));
	}

	/** The span's anchor as stored. */
	public static TextAnchor anchorOf(Span span) {
		return new TextAnchor(span.getBegin(), span.getEnd(), nonNull(span.getQuote()), nonNull(span.getPrefix()),
				nonNull(span.getSuffix()));
	}

	/**
	 * Re-anchors every claim, source mention and cue of the layer to {@code newText}. Kept and moved spans take
	 * their new offsets and context; orphaned spans keep their old values and stay in the layer, so the
	 * validator shows them until someone places them again. Nothing is removed.
	 */
	public static ReanchorReport reanchor(AnnotationLayer layer, String newText) {
		Reanchorer reanchorer = new Reanchorer();
		ReanchorReport.Builder report = ReanchorReport.builder();
		List<Span> spans = new ArrayList<>();
		spans.addAll(layer.getClaims());
		spans.addAll(layer.getSourceMentions());
		spans.addAll(layer.getCues());
		for (Span span : spans) {
			ReanchorResult result = reanchorer.reanchor(anchorOf(span), newText);
			if (result.status() != ReanchorStatus.ORPHANED) {
				apply(span, result.anchor());
			}
			report.add(span.getId(), result);
		}
		return report.build();
	}

	private static void apply(Span span, TextAnchor anchor) {
		span.setBegin(anchor.begin());
		span.setEnd(anchor.end());
		span.setQuote(anchor.quote());
		span.setPrefix(anchor.prefix());
		span.setSuffix(anchor.suffix());
	}

	private static String nonNull(String value) {
		return value == null ? "" : value; //$NON-NLS-1$
	}
}
