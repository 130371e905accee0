package org.attest.core.agreement;

import java.util.List;
import java.util.OptionalDouble;

import org.attest.model.Span;

/**
 * Span agreement of two annotators as F1: 2 × matched spans / (the first's spans + the second's spans), the F1
 * of either annotator's spans scored against the other's (it is symmetric). <em>Overlap-based</em>, a match is
 * a pair of spans that {@link SpanAlignment} put in one cluster (they overlap, one-to-one, greedily by Jaccard);
 * <em>exact</em>, such a pair with the same begin and end. Counts add up over documents and annotator pairs
 * (micro-averaging). Undefined (empty) when neither annotator has a span.
 */
public final class SpanF1 {

	private int spans;
	private int overlapMatches;
	private int exactMatches;

	/** Counts {@code first}'s and {@code second}'s spans and their matches among {@code clusters}. */
	public static <S extends Span> SpanF1 of(List<Cluster<S>> clusters, String first, String second) {
		SpanF1 f1 = new SpanF1();
		for (Cluster<S> cluster : clusters) {
			S a = cluster.of(first);
			S b = cluster.of(second);
			f1.spans += (a == null ? 0 : 1) + (b == null ? 0 : 1);
			if (a != null && b != null) {
				f1.overlapMatches++;
				if (a.getBegin() == b.getBegin() && a.getEnd() == b.getEnd()) {
					f1.exactMatches++;
				}
			}
		}
		return f1;
	}

	/** Adds the counts of {@code other}. */
	public void addAll(SpanF1 other) {
		spans += other.spans;
		overlapMatches += other.overlapMatches;
		exactMatches += other.exactMatches;
	}

	/** Spans of both annotators together. */
	public int spans() {
		return spans;
	}

	public int overlapMatches() {
		return overlapMatches;
	}

	public int exactMatches() {
		return exactMatches;
	}

	public OptionalDouble overlap() {
		return f1(overlapMatches);
	}

	public OptionalDouble exact() {
		return f1(exactMatches);
	}

	private OptionalDouble f1(int matches) {
		return spans == 0 ? OptionalDouble.empty() : OptionalDouble.of(2.0 * matches / spans);
	}
}
