package org.attest.core.anchoring;

import java.util.Objects;

/**
 * The outcome of re-anchoring one span.
 *
 * @param status what happened to the span
 * @param anchor for {@link ReanchorStatus#KEPT} and {@link ReanchorStatus#MOVED} the span in the new text,
 *            with quote, prefix and suffix captured from it; for {@link ReanchorStatus#ORPHANED} the old
 *            anchor unchanged, so that nothing about the span is lost
 * @param fuzzy whether the span moved to text that differs from its old quote
 * @param score how closely the new quote matches the old one: 1 for an exact match, {@code 1 - edits /
 *            old quote length} for a fuzzy one, 0 for an orphan
 */
public record ReanchorResult(ReanchorStatus status, TextAnchor anchor, boolean fuzzy, double score) {

	/**
	 * @throws IllegalArgumentException if a result other than {@link ReanchorStatus#MOVED} is fuzzy or the
	 *             score is outside 0..1
	 */
	public ReanchorResult {
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(anchor, "anchor");
		if (fuzzy && status != ReanchorStatus.MOVED) {
			throw new IllegalArgumentException("only a moved span can be fuzzy, not a " + status + " one");
		}
		if (!(score >= 0 && score <= 1)) {
			throw new IllegalArgumentException("a score lies in 0..1, not " + score);
		}
	}

	/** The quote is still at the old offsets; {@code anchor} carries the context of the new text. */
	public static ReanchorResult kept(TextAnchor anchor) {
		return new ReanchorResult(ReanchorStatus.KEPT, anchor, false, 1);
	}

	/** The exact quote was found at {@code anchor}'s offsets. */
	public static ReanchorResult moved(TextAnchor anchor) {
		return new ReanchorResult(ReanchorStatus.MOVED, anchor, false, 1);
	}

	/** Text similar enough to the old quote was found at {@code anchor}'s offsets. */
	public static ReanchorResult movedFuzzy(TextAnchor anchor, double similarity) {
		return new ReanchorResult(ReanchorStatus.MOVED, anchor, true, similarity);
	}

	/** The span was not found; {@code oldAnchor} is kept as it was. */
	public static ReanchorResult orphaned(TextAnchor oldAnchor) {
		return new ReanchorResult(ReanchorStatus.ORPHANED, oldAnchor, false, 0);
	}
}
