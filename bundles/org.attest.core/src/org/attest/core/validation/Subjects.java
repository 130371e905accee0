package org.attest.core.validation;

import org.attest.model.AnnotationLayer;
import org.attest.model.Attribution;
import org.attest.model.ClaimMention;
import org.attest.model.Source;
import org.attest.model.SourceMention;
import org.attest.model.Span;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

/**
 * Names model objects the way a person finds them again: a span by its (shortened) quote and offsets, e.g.
 * {@code Claim “the dam will be finished by spring” [120–152]}, an attribution by the span it hangs on, a
 * source by its name. Every message of the validator starts with one of these names.
 */
final class Subjects {

	/** Code points of a quote kept in a message; longer quotes end in an ellipsis. */
	static final int EXCERPT_LENGTH = 50;

	private static final String ELLIPSIS = "\u2026"; //$NON-NLS-1$

	private Subjects() {
	}

	static String of(Span span) {
		String pattern;
		if (span instanceof ClaimMention) {
			pattern = Messages.Subjects_claim;
		} else if (span instanceof SourceMention) {
			pattern = Messages.Subjects_sourceMention;
		} else {
			pattern = Messages.Subjects_cue;
		}
		return place(pattern, span);
	}

	/** By its claim if it has one, else by its source mention, else by its id. */
	static String of(Attribution attribution) {
		if (attribution.getClaim() != null) {
			return place(Messages.Subjects_attributionOfClaim, attribution.getClaim());
		}
		if (attribution.getMention() != null) {
			return place(Messages.Subjects_attributionByMention, attribution.getMention());
		}
		return NLS.bind(Messages.Subjects_attribution, text(attribution.getId()));
	}

	static String of(AnnotationLayer layer) {
		return NLS.bind(Messages.Subjects_layer, text(layer.getAnnotator()));
	}

	static String of(Source source) {
		return NLS.bind(Messages.Subjects_source, nameOf(source));
	}

	/** The source's name, else its id, else (for a source that cannot be loaded) its URI. */
	static String nameOf(Source source) {
		if (source.eIsProxy()) {
			return EcoreUtil.getURI(source).toString();
		}
		return text(source.getName() != null ? source.getName() : source.getId());
	}

	/**
	 * The text as it fits in a one-line message: whitespace runs, line ends included, become one space (kept at
	 * the ends, where a misplaced span shows), and more than {@link #EXCERPT_LENGTH} code points are cut, never
	 * inside a surrogate pair, and end in "…".
	 */
	static String excerpt(String text) {
		String oneLine = text(text).replaceAll("\\s+", " "); //$NON-NLS-1$ //$NON-NLS-2$
		if (oneLine.codePointCount(0, oneLine.length()) <= EXCERPT_LENGTH) {
			return oneLine;
		}
		return oneLine.substring(0, oneLine.offsetByCodePoints(0, EXCERPT_LENGTH)).stripTrailing() + ELLIPSIS;
	}

	private static String place(String pattern, Span span) {
		return NLS.bind(pattern, new Object[] { excerpt(span.getQuote()), span.getBegin(), span.getEnd() });
	}

	private static String text(String value) {
		return value == null ? "" : value; //$NON-NLS-1$
	}
}
