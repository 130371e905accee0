package org.attest.core.anchoring;

import java.util.function.IntUnaryOperator;

import org.attest.core.text.Offsets;

/**
 * The fuzzy step of re-anchoring: finds text close to a span's old quote when the quote itself occurs
 * nowhere in the new text, as after a word in the span was changed.
 * <p>
 * A match may have at most ⌊m·(1 − {@link Reanchorer#MIN_SIMILARITY})⌋ edits for a quote of m units
 * (Levenshtein distance in UTF-16 units). The search first covers the old span widened by
 * max({@value #MIN_WINDOW}, 4m) units on each side, and the whole text only if that finds nothing, each with
 * {@link ApproximateMatcher} in O(length·⌈m/64⌉).
 * <p>
 * Fewest edits alone would cut a changed last word short ("in May" changed to "in June" matches "in Jun"
 * with three edits rather than four), so each match is fitted to the old context: its end moves to where
 * the text goes on like the old suffix, then its begin to where the text before it ends like the old
 * prefix, each within the allowed edits and with one agreeing unit of context outweighing one edit. Fitting
 * costs O(m·(m + k)) per match. Of the fitted matches, the one with the highest similarity plus
 * {@value #CONTEXT_WEIGHT} times the share of the old context it agrees with wins.
 */
final class FuzzyQuoteSearch {

	private static final double CONTEXT_WEIGHT = 0.5;
	private static final int MIN_WINDOW = 1024;

	private final TextAnchor anchor;
	private final String text;
	private final int maxEdits;

	FuzzyQuoteSearch(TextAnchor anchor, String text) {
		this.anchor = anchor;
		this.text = text;
		maxEdits = (int) Math.floor(anchor.quote().length() * (1 - Reanchorer.MIN_SIMILARITY) + 1e-9);
	}

	/** The best match similar enough to the old quote, or null if there is none. */
	Candidate best() {
		if (maxEdits == 0) {
			return null;
		}
		ApproximateMatcher matcher = new ApproximateMatcher(anchor.quote());
		long window = Math.max(MIN_WINDOW, 4L * anchor.quote().length());
		int from = (int) Math.min(text.length(), Math.max(0, anchor.begin() - window));
		int to = (int) Math.min(text.length(), anchor.end() + window);
		Candidate best = from < to ? best(matcher, from, to) : null;
		if (best == null && (from > 0 || to < text.length())) {
			best = best(matcher, 0, text.length());
		}
		return best;
	}

	private Candidate best(ApproximateMatcher matcher, int from, int to) {
		Candidate best = null;
		for (ApproximateMatcher.Match match : matcher.find(text, from, to, maxEdits)) {
			best = Candidate.better(best, fitToContext(matcher, match.begin()));
		}
		return best;
	}

	/** A match found at {@code begin}, its end and then its begin moved to where the old context agrees. */
	private Candidate fitToContext(ApproximateMatcher matcher, int begin) {
		int quoteLength = anchor.quote().length();
		int[] editsFromBegin = matcher.editsBeginningAt(text, begin,
				Math.min(quoteLength + maxEdits, text.length() - begin));
		int end = begin + bestLength(matcher, editsFromBegin,
				length -> Offsets.isCodePointBoundary(text, begin + length)
						? anchor.suffixAgreement(text, begin + length)
						: -1);
		int[] editsToEnd = matcher.editsEndingAt(text, end, Math.min(quoteLength + maxEdits, end));
		int length = bestLength(matcher, editsToEnd,
				l -> Offsets.isCodePointBoundary(text, end - l) ? anchor.prefixAgreement(text, end - l) : -1);
		int fittedBegin = end - length;
		double similarity = 1 - (double) editsToEnd[length] / quoteLength;
		double context = anchor.contextLength() == 0 ? 0
				: (double) (anchor.prefixAgreement(text, fittedBegin) + anchor.suffixAgreement(text, end))
						/ anchor.contextLength();
		return new Candidate(fittedBegin, end, similarity + CONTEXT_WEIGHT * context, similarity,
				Math.abs(fittedBegin - anchor.begin()));
	}

	/**
	 * The match length, among those with at most {@link #maxEdits} edits whose {@code agreement} is not
	 * negative (negative: the length would cut a surrogate pair), with the most agreeing context minus
	 * edits, then the fewest edits, then the length nearest the quote's.
	 */
	private int bestLength(ApproximateMatcher matcher, int[] edits, IntUnaryOperator agreement) {
		int best = -1;
		int bestGain = Integer.MIN_VALUE;
		for (int length = 1; length < edits.length; length++) {
			int agreeing = edits[length] <= maxEdits ? agreement.applyAsInt(length) : -1;
			if (agreeing < 0) {
				continue;
			}
			int gain = agreeing - edits[length];
			if (gain > bestGain || gain == bestGain && (edits[length] < edits[best]
					|| edits[length] == edits[best] && matcher.nearerPatternLength(length, best))) {
				best = length;
				bestGain = gain;
			}
		}
		return best;
	}
}
