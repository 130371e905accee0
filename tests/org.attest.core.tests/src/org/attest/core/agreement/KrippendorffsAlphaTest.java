package org.attest.core.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class KrippendorffsAlphaTest {

	/**
	 * The reliability data of Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability" (University of
	 * Pennsylvania, Annenberg School for Communication, ASC papers 43), section C: observers A–D, units 1–12,
	 * values 1–5, {@code null} where an observer gave none. The paper computes α = 0.743 (nominal) and 0.815
	 * (ordinal) for them (0.849 interval, 0.797 ratio); n = 40 pairable values, unit 12 having one value only.
	 */
	private static final String[][] KRIPPENDORFF_2011 = {
			{ "1", "2", "3", "3", "2", "1", "4", "1", "2", null, null, null },
			{ "1", "2", "3", "3", "2", "2", "4", "1", "2", "5", null, "3" },
			{ null, "3", "3", "3", "2", "3", "4", "2", "2", "5", "1", null },
			{ "1", "2", "3", "3", "2", "4", "4", "1", "2", "5", "1", null } };

	private static void addUnits(KrippendorffsAlpha alpha, String[][] observersByUnit) {
		for (int unit = 0; unit < observersByUnit[0].length; unit++) {
			List<String> values = new ArrayList<>();
			for (String[] observer : observersByUnit) {
				values.add(observer[unit]);
			}
			alpha.addUnit(values);
		}
	}

	@Test
	void reproducesKrippendorffsNominalExample() {
		KrippendorffsAlpha alpha = KrippendorffsAlpha.nominal();
		addUnits(alpha, KRIPPENDORFF_2011);

		assertEquals(40, alpha.pairableValues());
		assertEquals(0.743, alpha.value().getAsDouble(), 0.0005);
	}

	@Test
	void reproducesKrippendorffsOrdinalExample() {
		KrippendorffsAlpha alpha = KrippendorffsAlpha.ordinal(List.of("1", "2", "3", "4", "5"));
		addUnits(alpha, KRIPPENDORFF_2011);

		assertEquals(40, alpha.pairableValues());
		assertEquals(0.815, alpha.value().getAsDouble(), 0.0005);
	}

	@Test
	void theOrdinalMetricDependsOnTheOrderOnlyNotOnTheLabels() {
		KrippendorffsAlpha alpha = KrippendorffsAlpha.ordinal(List.of("a", "b", "c", "d", "e"));
		String[][] relabelled = new String[4][];
		for (int observer = 0; observer < 4; observer++) {
			relabelled[observer] = Arrays.stream(KRIPPENDORFF_2011[observer])
					.map(value -> value == null ? null : String.valueOf((char) ('a' + Integer.parseInt(value) - 1)))
					.toArray(String[]::new);
		}
		addUnits(alpha, relabelled);

		assertEquals(0.815, alpha.value().getAsDouble(), 0.0005);
	}

	@Test
	void unitsAddedInTwoPartsGiveTheSameAlpha() {
		KrippendorffsAlpha whole = KrippendorffsAlpha.nominal();
		addUnits(whole, KRIPPENDORFF_2011);
		KrippendorffsAlpha first = KrippendorffsAlpha.nominal();
		KrippendorffsAlpha second = KrippendorffsAlpha.nominal();
		for (int unit = 0; unit < 12; unit++) {
			List<String> values = new ArrayList<>();
			for (String[] observer : KRIPPENDORFF_2011) {
				values.add(observer[unit]);
			}
			(unit < 6 ? first : second).addUnit(values);
		}
		first.addAll(second);

		assertEquals(whole.value().getAsDouble(), first.value().getAsDouble(), 1e-12);
		assertThrows(IllegalArgumentException.class, () -> first.addAll(KrippendorffsAlpha.ordinal(List.of("1"))));
	}

	@Test
	void valuesOffTheOrdinalScaleAreMissing() {
		// "unverifiable" is no point on the scale: the second unit has one pairable value and does not count
		KrippendorffsAlpha alpha = KrippendorffsAlpha.ordinal(List.of("true", "half-true", "false"));
		alpha.addUnit(List.of("true", "true"));
		alpha.addUnit(List.of("false", "unverifiable"));
		alpha.addUnit(List.of("false", "false"));

		assertEquals(4, alpha.pairableValues());
		assertEquals(1.0, alpha.value().getAsDouble(), 1e-12);
	}

	@Test
	void perfectAgreementWithVariationIsOne() {
		KrippendorffsAlpha alpha = KrippendorffsAlpha.nominal();
		alpha.addUnit(List.of("support", "support", "support"));
		alpha.addUnit(List.of("deny", "deny"));

		assertEquals(1.0, alpha.value().getAsDouble(), 1e-12);
		assertEquals(1.0, alpha.observedAgreement().getAsDouble(), 1e-12);
	}

	@Test
	void noVariationIsUndefinedNotNaN() {
		KrippendorffsAlpha alpha = KrippendorffsAlpha.nominal();
		alpha.addUnit(List.of("support", "support"));
		alpha.addUnit(List.of("support", "support"));

		assertTrue(alpha.value().isEmpty());
	}

	@Test
	void unitsOfOneValueAreNotPairable() {
		KrippendorffsAlpha alpha = KrippendorffsAlpha.nominal();
		alpha.addUnit(List.of("support"));
		alpha.addUnit(Arrays.asList("deny", null));

		assertEquals(0, alpha.pairableValues());
		assertTrue(alpha.value().isEmpty());
		assertTrue(alpha.observedAgreement().isEmpty());
	}
}
