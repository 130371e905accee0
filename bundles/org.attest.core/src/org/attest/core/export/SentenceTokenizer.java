package org.attest.core.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a text into sentences of tokens for token-level formats (CoNLL), simply and deterministically, so
 * that the same text always gives the same tokens and users can predict them (docs/formats.md, "CoNLL BIO"):
 * <ul>
 * <li>a token is a word — letters, digits and combining marks, with single {@code ' ’ - . ,} joining such
 * runs ({@code institute’s}, {@code Oduya-Lind}, {@code 31,000}, {@code 2.5}) — or else any other single
 * character (grapheme cluster) that is not white space: punctuation, typographic quotes and dashes, symbols
 * and emoji each stand alone;</li>
 * <li>a sentence ends at a line break, and after {@code . ! ?} (and any closing quotes or brackets right
 * after them) followed by white space, except a {@code .} right after a known abbreviation ({@code Dr},
 * {@code Mr}, …) or a single capital letter (an initial).</li>
 * </ul>
 * Tokens never contain white space, and together they hold every other character of the text.
 */
final class SentenceTokenizer {

	/** A token: UTF-16 offsets into the text, end exclusive. */
	record Token(int begin, int end, String text) {
	}

	private static final Pattern TOKEN = Pattern.compile(
			"[\\p{L}\\p{N}\\p{M}]+(?:['’.,\\-][\\p{L}\\p{N}\\p{M}]+)*|(?!\\p{IsWhite_Space})\\X"); //$NON-NLS-1$

	private static final Set<String> TERMINALS = Set.of(".", "!", "?"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private static final Set<String> CLOSERS = Set.of("”", "’", "\"", "'", ")", "]", "»"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

	private static final Set<String> ABBREVIATIONS = Set.of("Dr", "Mr", "Mrs", "Ms", "Prof", "St", "Jr", "Sr", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"Gen", "Gov", "Sen", "Rep", "Lt", "Col", "Capt", "Sgt", "Rev", "No", "vs", "etc", "e.g", "i.e"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$

	private SentenceTokenizer() {
	}

	/** The sentences of {@code text}, each a non-empty list of tokens, in text order. */
	static List<List<Token>> sentences(String text) {
		List<List<Token>> sentences = new ArrayList<>();
		List<Token> sentence = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(text);
		while (matcher.find()) {
			Token token = new Token(matcher.start(), matcher.end(), matcher.group());
			if (!sentence.isEmpty() && endsBefore(sentence, text, token.begin())) {
				sentences.add(sentence);
				sentence = new ArrayList<>();
			}
			sentence.add(token);
		}
		if (!sentence.isEmpty()) {
			sentences.add(sentence);
		}
		return sentences;
	}

	/** Whether the sentence so far ends before a token that starts at {@code next}. */
	private static boolean endsBefore(List<Token> sentence, String text, int next) {
		int lastEnd = sentence.get(sentence.size() - 1).end();
		String gap = text.substring(lastEnd, next);
		if (gap.indexOf('\n') >= 0) {
			return true;
		}
		if (gap.isEmpty()) {
			return false;
		}
		int i = sentence.size() - 1;
		while (i >= 0 && CLOSERS.contains(sentence.get(i).text())) {
			i--;
		}
		if (i < 0 || !TERMINALS.contains(sentence.get(i).text())) {
			return false;
		}
		return !(sentence.get(i).text().equals(".") && i > 0 && isAbbreviation(sentence.get(i - 1), sentence.get(i))); //$NON-NLS-1$
	}

	private static boolean isAbbreviation(Token word, Token period) {
		return word.end() == period.begin() && (ABBREVIATIONS.contains(word.text())
				|| word.text().length() == 1 && Character.isUpperCase(word.text().charAt(0)));
	}
}
