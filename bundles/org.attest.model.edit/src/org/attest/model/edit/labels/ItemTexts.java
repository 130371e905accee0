package org.attest.model.edit.labels;

import java.text.BreakIterator;
import java.util.regex.Pattern;

import org.attest.model.ClaimMention;
import org.attest.model.Span;
import org.attest.model.edit.provider.AttestEditPlugin;

/**
 * The pieces readable item labels are made of, so that every provider quotes, shortens and falls back the
 * same way: annotated text is whitespace-collapsed (it may span lines and non-breaking spaces), at most
 * {@value #MAX_QUOTE_LENGTH} user-perceived characters, and typographically quoted; every word and pattern
 * comes from the edit bundle's {@code plugin.properties}.
 */
final class ItemTexts {

	/** Longest quote shown, in grapheme clusters, the ellipsis included: a tree row stays one glance wide. */
	private static final int MAX_QUOTE_LENGTH = 60;

	private static final String ELLIPSIS = "\u2026"; //$NON-NLS-1$
	private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS); //$NON-NLS-1$

	private ItemTexts() {
	}

	/** The localized string for {@code key}, with {@code arguments} substituted as by {@link java.text.MessageFormat}. */
	static String string(String key, Object... arguments) {
		return AttestEditPlugin.INSTANCE.getString(key, arguments);
	}

	/** Stands in for a reference or name that is not set. */
	static String none() {
		return string("_UI_Attest_none"); //$NON-NLS-1$
	}

	/** The first candidate with any non-whitespace content, whitespace-collapsed; {@code null} when there is none. */
	static String firstPresent(String... candidates) {
		for (String candidate : candidates) {
			String collapsed = collapse(candidate);
			if (!collapsed.isEmpty()) {
				return collapsed;
			}
		}
		return null;
	}

	/**
	 * A claim as text: its quote, or where the quote is empty the claim's offsets, so an unquoted claim is
	 * still told apart from its neighbours.
	 */
	static String claim(ClaimMention claim) {
		return span(claim, "_UI_Attest_ClaimMention_unquoted"); //$NON-NLS-1$
	}

	/** The span's quote, or the {@code unquotedKey} pattern filled with its begin and end offsets. */
	static String span(Span span, String unquotedKey) {
		String text = collapse(span.getQuote());
		if (text.isEmpty()) {
			// as strings: MessageFormat would group digits ("12,345")
			return string(unquotedKey, Integer.toString(span.getBegin()), Integer.toString(span.getEnd()));
		}
		return string("_UI_Attest_quote", shorten(text)); //$NON-NLS-1$
	}

	/** Runs of whitespace as one space, trimmed; {@code ""} for {@code null}. */
	static String collapse(String text) {
		return text == null ? "" : WHITESPACE.matcher(text).replaceAll(" ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * The text if it has at most {@value #MAX_QUOTE_LENGTH} grapheme clusters, else its first ones and an
	 * ellipsis, {@value #MAX_QUOTE_LENGTH} in all. Cutting between clusters keeps emoji and accented letters
	 * whole.
	 */
	static String shorten(String text) {
		BreakIterator clusters = BreakIterator.getCharacterInstance();
		clusters.setText(text);
		int afterMax = clusters.next(MAX_QUOTE_LENGTH);
		if (afterMax == BreakIterator.DONE || afterMax == text.length()) {
			return text;
		}
		return text.substring(0, clusters.previous()).stripTrailing() + ELLIPSIS;
	}
}
