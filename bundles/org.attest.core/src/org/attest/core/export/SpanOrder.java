package org.attest.core.export;

import java.util.Comparator;

import org.attest.model.Span;

/**
 * The order spans are written and read in: by begin, then end, then id, so that two spans over the same
 * text still have one order and exports stay deterministic.
 */
public final class SpanOrder {

	/** Text order. */
	public static final Comparator<Span> TEXT = Comparator.comparingInt(Span::getBegin)
			.thenComparingInt(Span::getEnd)
			.thenComparing(Span::getId, Comparator.nullsFirst(Comparator.naturalOrder()));

	private SpanOrder() {
	}
}
