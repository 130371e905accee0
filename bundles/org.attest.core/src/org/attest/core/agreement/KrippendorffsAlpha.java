package org.attest.core.agreement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Krippendorff's α for any number of annotators with missing values, as in Krippendorff (2011), "Computing
 * Krippendorff's Alpha-Reliability" (University of Pennsylvania, ASC papers 43): α = 1 − D<sub>o</sub> /
 * D<sub>e</sub> from the coincidence matrix of the values annotators gave the same unit. Units are added one at a
 * time; coincidences add up, so a corpus is measured without keeping its units.
 * <p>
 * Two metrics: <em>nominal</em> (every difference counts as 1) and <em>ordinal</em> over a scale given best
 * first (the squared rank difference of the paper: the values between two values, by their frequencies, less
 * half of the two values' own). A value outside the ordinal scale (such as {@code unverifiable} on the
 * credibility scale) is a missing value, as is {@code null}. A unit with fewer than two values is not pairable
 * and does not count. α is undefined (empty) with fewer than two pairable values or without variation
 * (D<sub>e</sub> = 0: every value the same).
 */
public final class KrippendorffsAlpha {

	/** value → value → coincidences (o<sub>ck</sub> of the paper) */
	private final Map<String, Map<String, Double>> coincidences = new HashMap<>();
	/** the ordinal scale, best first; {@code null} for the nominal metric */
	private final List<String> scale;

	private KrippendorffsAlpha(List<String> scale) {
		this.scale = scale;
	}

	/** α with the nominal metric: values are equal or not. */
	public static KrippendorffsAlpha nominal() {
		return new KrippendorffsAlpha(null);
	}

	/** α with the ordinal metric over {@code scale} (in its order); other values are missing. */
	public static KrippendorffsAlpha ordinal(List<String> scale) {
		return new KrippendorffsAlpha(List.copyOf(scale));
	}

	/**
	 * Adds a unit: the values its annotators gave it, one per annotator who gave one ({@code null} and, for the
	 * ordinal metric, values off the scale are missing).
	 */
	public void addUnit(Collection<String> values) {
		List<String> pairable = new ArrayList<>();
		for (String value : values) {
			if (value != null && (scale == null || scale.contains(value))) {
				pairable.add(value);
			}
		}
		int m = pairable.size();
		if (m < 2) {
			return;
		}
		// each ordered pair of values of different annotators, weighted 1 / (m − 1)
		for (int i = 0; i < m; i++) {
			for (int j = 0; j < m; j++) {
				if (i != j) {
					coincidences.computeIfAbsent(pairable.get(i), value -> new HashMap<>()).merge(pairable.get(j),
							1.0 / (m - 1), Double::sum);
				}
			}
		}
	}

	/** Adds every unit of {@code other}, which must use the same metric. */
	public void addAll(KrippendorffsAlpha other) {
		if (!Objects.equals(scale, other.scale)) {
			throw new IllegalArgumentException("different metrics"); //$NON-NLS-1$
		}
		other.coincidences.forEach((c, row) -> row.forEach(
				(k, o) -> coincidences.computeIfAbsent(c, value -> new HashMap<>()).merge(k, o, Double::sum)));
	}

	/** n: the number of pairable values (values in units of two or more). */
	public int pairableValues() {
		return (int) Math.round(coincidences.values().stream().flatMap(row -> row.values().stream())
				.mapToDouble(Double::doubleValue).sum());
	}

	/** The observed proportion of agreeing pairs (1 − D<sub>o</sub> for the nominal metric); empty when n = 0. */
	public OptionalDouble observedAgreement() {
		double n = total();
		if (n == 0) {
			return OptionalDouble.empty();
		}
		double agreeing = coincidences.entrySet().stream()
				.mapToDouble(row -> row.getValue().getOrDefault(row.getKey(), 0.0)).sum();
		return OptionalDouble.of(agreeing / n);
	}

	/** α, or empty when undefined. */
	public OptionalDouble value() {
		Map<String, Double> marginals = new HashMap<>();
		coincidences.forEach((c, row) -> marginals.put(c, row.values().stream().mapToDouble(Double::doubleValue).sum()));
		double n = total();
		if (n < 2) {
			return OptionalDouble.empty();
		}
		double observed = 0;
		for (var row : coincidences.entrySet()) {
			for (var cell : row.getValue().entrySet()) {
				observed += cell.getValue() * distance(row.getKey(), cell.getKey(), marginals);
			}
		}
		double expected = 0;
		for (var c : marginals.entrySet()) {
			for (var k : marginals.entrySet()) {
				expected += c.getValue() * k.getValue() * distance(c.getKey(), k.getKey(), marginals);
			}
		}
		if (expected == 0) {
			return OptionalDouble.empty();
		}
		// α = 1 − D_o / D_e with D_o = Σ o·δ² / n and D_e = Σ n_c·n_k·δ² / (n (n − 1))
		return OptionalDouble.of(1 - (n - 1) * observed / expected);
	}

	private double total() {
		return coincidences.values().stream().flatMap(row -> row.values().stream()).mapToDouble(Double::doubleValue)
				.sum();
	}

	/** δ² between two values. */
	private double distance(String c, String k, Map<String, Double> marginals) {
		if (c.equals(k)) {
			return 0;
		}
		if (scale == null) {
			return 1;
		}
		int from = Math.min(scale.indexOf(c), scale.indexOf(k));
		int to = Math.max(scale.indexOf(c), scale.indexOf(k));
		double between = 0;
		for (int g = from; g <= to; g++) {
			between += marginals.getOrDefault(scale.get(g), 0.0);
		}
		double d = between - (marginals.get(c) + marginals.get(k)) / 2;
		return d * d;
	}
}
