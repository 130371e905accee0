package org.attest.core.anchoring;

import java.util.Objects;

import org.attest.core.text.Offsets;

/**
 * Finds a span again after its document's text changed, trying in this order:
 * <ol>
 * <li><b>exact position</b>: the new text still holds the quote at the old offsets:
 * {@link ReanchorStatus#KEPT};
 * <li><b>exact quote</b>: the quote occurs elsewhere: {@link ReanchorStatus#MOVED} to the occurrence whose
 * surroundings agree best with the old context (units in common at the end of the prefix plus at the start
 * of the suffix), among equals the one nearest the old offset, among those the earlier;
 * <li><b>fuzzy</b>: text with at least {@link #MIN_SIMILARITY} similarity to the quote:
 * {@link ReanchorStatus#MOVED}, flagged fuzzy, with the text actually found as the new quote;
 * <li>otherwise {@link ReanchorStatus#ORPHANED}, with the old anchor kept as it was.
 * </ol>
 * <b>Costs</b>, for a new text of n UTF-16 units, a quote of m and a span that moved by d:
 * <ul>
 * <li>Exact quote: {@link String#indexOf(String, int, int)} in rings around the old offset, the radius
 * starting at 256 units and doubling; the search stops once an occurrence whose context
 * agrees completely lies within the searched radius, as nothing farther could beat it. A span that moved
 * with its context costs about O(d + m); a quote whose context changed, or that is not found, reads the
 * whole text once.
 * <li>Fuzzy, only when the quote occurs nowhere: Myers' bit-vector approximate search over the old span
 * widened by max(1024, 4m) units on each side, and over the whole text only if that finds nothing, in
 * O(length·⌈m/64⌉), plus O(m²) to fit each match found to the old context. Quotes shorter than 4 units
 * allow no edit, so they are only ever found exactly.
 * </ul>
 * Edits are counted in UTF-16 units, so a replaced emoji counts as up to two. Because the exact quote is
 * looked for before fuzzy matches, a span whose words were changed moves to an unchanged copy of its old
 * quote elsewhere in the text if there is one.
 * <p>
 * A re-anchorer keeps no state: one instance serves any number of spans, texts and threads.
 */
public final class Reanchorer {

	/**
	 * The least similarity, {@code 1 - edits / quote length}, at which a fuzzy match is accepted: a quarter
	 * of a quote may have changed, so a span follows a changed word but not a rewritten sentence.
	 */
	public static final double MIN_SIMILARITY = 0.75;
	private static final int FIRST_EXACT_RADIUS = 256;

	/**
	 * Re-anchors one span in the new text of its document.
	 *
	 * @return never null: the span kept, moved or orphaned
	 */
	public ReanchorResult reanchor(TextAnchor anchor, String newText) {
		Objects.requireNonNull(anchor, "anchor");
		Objects.requireNonNull(newText, "newText");
		if (anchor.end() - anchor.begin() == anchor.quote().length()
				&& occursAt(anchor.quote(), newText, anchor.begin())) {
			return ReanchorResult.kept(TextAnchor.capture(newText, anchor.begin(), anchor.end()));
		}
		Candidate exact = bestExactOccurrence(anchor, newText);
		if (exact != null) {
			return ReanchorResult.moved(TextAnchor.capture(newText, exact.begin(), exact.end()));
		}
		Candidate fuzzy = new FuzzyQuoteSearch(anchor, newText).best();
		if (fuzzy != null) {
			return ReanchorResult.movedFuzzy(TextAnchor.capture(newText, fuzzy.begin(), fuzzy.end()),
					fuzzy.similarity());
		}
		return ReanchorResult.orphaned(anchor);
	}

	/** Whether {@code quote} is in {@code text} at {@code begin}, without cutting a surrogate pair. */
	private static boolean occursAt(String quote, String text, int begin) {
		int end = begin + quote.length();
		return end <= text.length() && text.startsWith(quote, begin) && Offsets.isCodePointBoundary(text, begin)
				&& Offsets.isCodePointBoundary(text, end);
	}

	private static Candidate bestExactOccurrence(TextAnchor anchor, String text) {
		int lastBegin = text.length() - anchor.quote().length();
		if (lastBegin < 0) {
			return null;
		}
		int origin = Math.min(anchor.begin(), lastBegin);
		Candidate best = null;
		int low = origin; // begins in [low, high) have been searched
		int high = origin;
		for (long radius = FIRST_EXACT_RADIUS; low > 0 || high <= lastBegin; radius *= 2) {
			int newLow = (int) Math.max(0, origin - radius);
			int newHigh = (int) Math.min(lastBegin + 1L, origin + radius + 1);
			best = Candidate.better(best, bestExactOccurrence(anchor, text, newLow, low));
			best = Candidate.better(best, bestExactOccurrence(anchor, text, high, newHigh));
			low = newLow;
			high = newHigh;
			if (best != null && best.rank() == anchor.contextLength() && best.distance() <= radius) {
				break;
			}
		}
		return best;
	}

	/**
	 * The best occurrence of the quote beginning in {@code [fromBegin, toBegin)}, or null; ranked by the
	 * units of old context it agrees with.
	 */
	private static Candidate bestExactOccurrence(TextAnchor anchor, String text, int fromBegin, int toBegin) {
		if (fromBegin >= toBegin) {
			return null;
		}
		String quote = anchor.quote();
		int limit = toBegin - 1 + quote.length();
		Candidate best = null;
		for (int begin = text.indexOf(quote, fromBegin, limit); begin >= 0; begin = text.indexOf(quote, begin + 1,
				limit)) {
			if (occursAt(quote, text, begin)) {
				int end = begin + quote.length();
				int context = anchor.prefixAgreement(text, begin) + anchor.suffixAgreement(text, end);
				best = Candidate.better(best, new Candidate(begin, end, context, 1, Math.abs(begin - anchor.begin())));
			}
		}
		return best;
	}
}
