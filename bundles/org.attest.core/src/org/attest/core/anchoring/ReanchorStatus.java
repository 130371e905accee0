package org.attest.core.anchoring;

/** What re-anchoring did with a span. */
public enum ReanchorStatus {
	/** The quote is still at the span's offsets. */
	KEPT,
	/**
	 * The quote was found elsewhere, or text close enough to it was found: the span has new offsets, a new
	 * quote, or both.
	 */
	MOVED,
	/**
	 * Neither the quote nor text close enough to it was found: the span keeps its old offsets and needs a
	 * person.
	 */
	ORPHANED
}
