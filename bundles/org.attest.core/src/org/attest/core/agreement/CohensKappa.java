package org.attest.core.agreement;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Cohen's κ (Cohen 1960, "A coefficient of agreement for nominal scales") of two annotators' labels on the same
 * items, built up one labelled pair at a time in a confusion matrix: κ = (p<sub>o</sub> − p<sub>e</sub>) / (1 −
 * p<sub>e</sub>), p<sub>o</sub> the proportion of pairs with equal labels, p<sub>e</sub> the proportion expected
 * by chance from each annotator's own label distribution. Undefined (empty) without pairs and when p<sub>e</sub>
 * is 1 (both used one and the same label throughout: no variation to agree on).
 */
public final class CohensKappa {

	/** first annotator's label → second annotator's label → pairs, in the order labels were first seen */
	private final Map<String, Map<String, Integer>> confusion = new LinkedHashMap<>();
	private final Set<String> labels = new LinkedHashSet<>();
	private int pairs;

	/** Adds one item labelled {@code first} by the first annotator and {@code second} by the second. */
	public void add(String first, String second) {
		add(first, second, 1);
	}

	/** Adds {@code count} items labelled so (a cell of a published confusion table, say). */
	public void add(String first, String second, int count) {
		labels.add(first);
		labels.add(second);
		confusion.computeIfAbsent(first, label -> new LinkedHashMap<>()).merge(second, count, Integer::sum);
		pairs += count;
	}

	/** Adds every pair of {@code other}, so that κ is that of both sets of pairs together. */
	public void addAll(CohensKappa other) {
		other.confusion.forEach((first, row) -> row.forEach((second, count) -> add(first, second, count)));
	}

	/** The number of labelled pairs. */
	public int pairs() {
		return pairs;
	}

	/** The number of pairs labelled {@code first} by the first annotator and {@code second} by the second. */
	public int count(String first, String second) {
		return confusion.getOrDefault(first, Map.of()).getOrDefault(second, 0);
	}

	/** The labels either annotator used, in the order first seen. */
	public Set<String> labels() {
		return Collections.unmodifiableSet(labels);
	}

	/** The proportion of pairs with equal labels; empty without pairs. */
	public OptionalDouble observedAgreement() {
		if (pairs == 0) {
			return OptionalDouble.empty();
		}
		int equal = 0;
		for (String label : labels) {
			equal += count(label, label);
		}
		return OptionalDouble.of((double) equal / pairs);
	}

	/** κ, or empty when undefined (no pairs, or agreement by chance alone is certain). */
	public OptionalDouble value() {
		if (pairs == 0) {
			return OptionalDouble.empty();
		}
		double expected = 0;
		for (String label : labels) {
			expected += ((double) firstTotal(label) / pairs) * ((double) secondTotal(label) / pairs);
		}
		if (expected >= 1) {
			return OptionalDouble.empty();
		}
		return OptionalDouble.of((observedAgreement().getAsDouble() - expected) / (1 - expected));
	}

	private int firstTotal(String label) {
		return confusion.getOrDefault(label, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
	}

	private int secondTotal(String label) {
		return confusion.values().stream().mapToInt(row -> row.getOrDefault(label, 0)).sum();
	}
}
