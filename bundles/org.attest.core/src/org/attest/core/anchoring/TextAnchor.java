package org.attest.core.anchoring;

import java.util.Objects;

import org.attest.core.text.Offsets;

/**
 * Where a span sits in a text and what the text says there: UTF-16 offsets plus a W3C TextQuoteSelector
 * (quote, prefix, suffix), so that the span can be found again when the text changes.
 *
 * @param begin UTF-16 index of the span's first unit
 * @param end UTF-16 index after the span's last unit
 * @param quote the text at {@code [begin, end)} when the anchor was captured
 * @param prefix up to {@link #CONTEXT_LENGTH} UTF-16 units of text before the span
 * @param suffix up to {@link #CONTEXT_LENGTH} UTF-16 units of text after the span
 */
public record TextAnchor(int begin, int end, String quote, String prefix, String suffix) {

	/**
	 * How much context {@link #capture(String, int, int)} keeps on each side: enough to tell repeated quotes
	 * apart, little enough to stay cheap to store with every span.
	 */
	public static final int CONTEXT_LENGTH = 32;

	/**
	 * @throws IllegalArgumentException unless {@code 0 <= begin < end} and the quote is not empty
	 */
	public TextAnchor {
		Objects.requireNonNull(quote, "quote");
		Objects.requireNonNull(prefix, "prefix");
		Objects.requireNonNull(suffix, "suffix");
		if (begin < 0 || begin >= end) {
			throw new IllegalArgumentException(
					"a span needs 0 <= begin < end, but begin is " + begin + " and end is " + end);
		}
		if (quote.isEmpty()) {
			throw new IllegalArgumentException("the span " + begin + ".." + end + " has an empty quote");
		}
	}

	/**
	 * The anchor of {@code [begin, end)} in {@code text}, with {@link #CONTEXT_LENGTH} units of context on
	 * each side, clipped at the text's bounds and shortened by one unit rather than cut through a surrogate
	 * pair (half a pair cannot be stored in XML).
	 *
	 * @throws IllegalArgumentException unless {@code 0 <= begin < end <= text.length()} and neither offset
	 *             falls inside a surrogate pair
	 */
	public static TextAnchor capture(String text, int begin, int end) {
		if (begin < 0 || begin >= end || end > text.length()) {
			throw new IllegalArgumentException("the span " + begin + ".." + end + " does not fit a text of "
					+ text.length() + " UTF-16 units: a span needs 0 <= begin < end <= " + text.length());
		}
		if (!Offsets.isCodePointBoundary(text, begin) || !Offsets.isCodePointBoundary(text, end)) {
			throw new IllegalArgumentException(
					"the span " + begin + ".." + end + " cuts through a surrogate pair (an emoji or other "
							+ "character outside the Basic Multilingual Plane)");
		}
		int prefixStart = Math.max(0, begin - CONTEXT_LENGTH);
		if (!Offsets.isCodePointBoundary(text, prefixStart)) {
			prefixStart++;
		}
		int suffixEnd = Math.min(text.length(), end + CONTEXT_LENGTH);
		if (!Offsets.isCodePointBoundary(text, suffixEnd)) {
			suffixEnd--;
		}
		return new TextAnchor(begin, end, text.substring(begin, end), text.substring(prefixStart, begin),
				text.substring(end, suffixEnd));
	}

	/** How many units at the end of the prefix {@code text} repeats just before {@code begin}. */
	int prefixAgreement(String text, int begin) {
		int agreeing = 0;
		while (agreeing < prefix.length() && agreeing < begin
				&& prefix.charAt(prefix.length() - 1 - agreeing) == text.charAt(begin - 1 - agreeing)) {
			agreeing++;
		}
		return agreeing;
	}

	/** How many units at the start of the suffix {@code text} repeats from {@code end} on. */
	int suffixAgreement(String text, int end) {
		int agreeing = 0;
		while (agreeing < suffix.length() && end + agreeing < text.length()
				&& suffix.charAt(agreeing) == text.charAt(end + agreeing)) {
			agreeing++;
		}
		return agreeing;
	}

	/** The most {@link #prefixAgreement} and {@link #suffixAgreement} can add up to. */
	int contextLength() {
		return prefix.length() + suffix.length();
	}
}
