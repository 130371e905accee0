package org.attest.core.agreement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

import org.attest.model.Span;

/**
 * Groups the spans of several annotators into {@link Cluster clusters} of overlapping spans, at most one span
 * per annotator, every two spans of a cluster overlapping.
 * <p>
 * The rule, greedy and deterministic: every pair of spans of two different annotators that overlap (share at
 * least one character) and pass an extra test (e.g. the same registry source) is a candidate; candidates are
 * taken by decreasing Jaccard overlap (shared characters / characters covered by either), ties by position;
 * a candidate joins the two spans' clusters when the result still has one span per annotator and every two of
 * its spans overlap. For two annotators this is the usual greedy one-to-one matching of partially
 * overlapping spans; a span left alone is an unmatched item, reported as a cluster of one.
 */
public final class SpanAlignment {

	private SpanAlignment() {
	}

	/**
	 * Clusters of {@code spansByAnnotator}'s spans, ordered by their first begin, then first end; every span
	 * given is in exactly one cluster.
	 */
	public static <S extends Span> List<Cluster<S>> align(Map<String, ? extends List<? extends S>> spansByAnnotator) {
		return align(spansByAnnotator, (left, right) -> true);
	}

	/** As {@link #align(Map)}, pairing only spans that also pass {@code compatible}. */
	public static <S extends Span> List<Cluster<S>> align(Map<String, ? extends List<? extends S>> spansByAnnotator,
			BiPredicate<? super S, ? super S> compatible) {
		List<Entry<S>> entries = new ArrayList<>();
		Map<String, Integer> annotatorOrder = new HashMap<>();
		spansByAnnotator.forEach((annotator, spans) -> {
			annotatorOrder.put(annotator, annotatorOrder.size());
			for (S span : spans) {
				entries.add(new Entry<>(annotator, span, entries.size()));
			}
		});
		entries.sort(Comparator.comparingInt((Entry<S> e) -> e.span.getBegin()).thenComparingInt(e -> e.span.getEnd())
				.thenComparingInt(e -> annotatorOrder.get(e.annotator)).thenComparingInt(e -> e.index));
		for (int position = 0; position < entries.size(); position++) {
			entries.get(position).position = position;
			entries.get(position).group = new ArrayList<>(List.of(entries.get(position)));
		}

		List<Candidate<S>> candidates = new ArrayList<>();
		// sweep: a span overlaps only those after it in begin order that begin before it ends
		for (int i = 0; i < entries.size(); i++) {
			Entry<S> left = entries.get(i);
			for (int j = i + 1; j < entries.size() && entries.get(j).span.getBegin() < left.span.getEnd(); j++) {
				Entry<S> right = entries.get(j);
				if (!left.annotator.equals(right.annotator) && overlap(left.span, right.span) > 0
						&& compatible.test(left.span, right.span)) {
					candidates.add(new Candidate<>(left, right, jaccard(left.span, right.span)));
				}
			}
		}
		candidates.sort(Comparator.comparingDouble((Candidate<S> c) -> -c.jaccard)
				.thenComparingInt(c -> c.left.position).thenComparingInt(c -> c.right.position));
		for (Candidate<S> candidate : candidates) {
			List<Entry<S>> left = candidate.left.group;
			List<Entry<S>> right = candidate.right.group;
			if (left != right && joinable(left, right)) {
				left.addAll(right);
				right.forEach(entry -> entry.group = left);
			}
		}

		List<Cluster<S>> clusters = new ArrayList<>();
		Set<List<Entry<S>>> emitted = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Entry<S> entry : entries) { // in position order, so a cluster comes where its first span does
			if (emitted.add(entry.group)) {
				clusters.add(cluster(entry.group, annotatorOrder));
			}
		}
		return clusters;
	}

	private static <S extends Span> boolean joinable(List<Entry<S>> left, List<Entry<S>> right) {
		for (Entry<S> a : left) {
			for (Entry<S> b : right) {
				if (a.annotator.equals(b.annotator) || overlap(a.span, b.span) == 0) {
					return false;
				}
			}
		}
		return true;
	}

	private static <S extends Span> Cluster<S> cluster(List<Entry<S>> group, Map<String, Integer> annotatorOrder) {
		Map<String, S> byAnnotator = new LinkedHashMap<>();
		group.stream().sorted(Comparator.comparingInt(e -> annotatorOrder.get(e.annotator)))
				.forEach(e -> byAnnotator.put(e.annotator, e.span));
		return new Cluster<>(byAnnotator);
	}

	/** Characters two spans share. */
	public static int overlap(Span a, Span b) {
		return Math.max(0, Math.min(a.getEnd(), b.getEnd()) - Math.max(a.getBegin(), b.getBegin()));
	}

	/** Shared characters over characters covered by either span: 1 for the same span, 0 for disjoint ones. */
	public static double jaccard(Span a, Span b) {
		int shared = overlap(a, b);
		int covered = (a.getEnd() - a.getBegin()) + (b.getEnd() - b.getBegin()) - shared;
		return covered == 0 ? 0 : (double) shared / covered;
	}

	/** Whether every span of the cluster has the same begin and end. */
	public static boolean exact(Cluster<? extends Span> cluster) {
		Span first = cluster.byAnnotator().values().iterator().next();
		return cluster.byAnnotator().values().stream()
				.allMatch(span -> span.getBegin() == first.getBegin() && span.getEnd() == first.getEnd());
	}

	private static final class Entry<S extends Span> {
		final String annotator;
		final S span;
		final int index;
		int position;
		List<Entry<S>> group;

		Entry(String annotator, S span, int index) {
			this.annotator = annotator;
			this.span = span;
			this.index = index;
		}
	}

	private record Candidate<S extends Span>(Entry<S> left, Entry<S> right, double jaccard) {
	}
}
