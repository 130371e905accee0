package org.attest.core.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CohensKappaTest {

	/**
	 * Fleiss, Levin &amp; Paik, <em>Statistical Methods for Rates and Proportions</em>, 3rd ed. (Wiley, 2003),
	 * §18.1, Table 18.1: two raters' diagnoses of 100 subjects (psychotic, neurotic, organic). The book gives
	 * p<sub>o</sub> = .89, p<sub>e</sub> = .66 and κ = .68; to three decimals (.89 − .66) / (1 − .66) = 0.676.
	 */
	@Test
	void reproducesTheTextbooksThreeCategoryTable() {
		CohensKappa kappa = new CohensKappa();
		kappa.add("psychotic", "psychotic", 75);
		kappa.add("psychotic", "neurotic", 1);
		kappa.add("psychotic", "organic", 4);
		kappa.add("neurotic", "psychotic", 5);
		kappa.add("neurotic", "neurotic", 4);
		kappa.add("neurotic", "organic", 1);
		kappa.add("organic", "organic", 10);

		assertEquals(100, kappa.pairs());
		assertEquals(0.89, kappa.observedAgreement().getAsDouble(), 1e-12);
		assertEquals(0.676, kappa.value().getAsDouble(), 0.0005);
	}

	/**
	 * The worked example of the Wikipedia article "Cohen's kappa" (50 grant proposals, two readers: 20 yes/yes,
	 * 5 yes/no, 10 no/yes, 15 no/no; κ = 0.4), built from two halves added together.
	 */
	@Test
	void pairsAddUp() {
		CohensKappa first = new CohensKappa();
		CohensKappa second = new CohensKappa();
		first.add("yes", "yes", 20);
		first.add("yes", "no", 5);
		second.add("no", "yes", 10);
		second.add("no", "no", 15);
		first.addAll(second);

		// 50 items: p_o = 35/50 = 0.7, p_e = 0.5 × 0.6 + 0.5 × 0.4 = 0.5, κ = 0.2 / 0.5
		assertEquals(50, first.pairs());
		assertEquals(0.4, first.value().getAsDouble(), 1e-12);
		assertEquals(10, first.count("no", "yes"));
	}

	@Test
	void perfectAgreementWithVariationIsOne() {
		CohensKappa kappa = new CohensKappa();
		kappa.add("support", "support", 3);
		kappa.add("deny", "deny", 2);

		assertEquals(1.0, kappa.value().getAsDouble(), 1e-12);
	}

	@Test
	void oneLabelThroughoutIsUndefinedNotNaN() {
		CohensKappa kappa = new CohensKappa();
		kappa.add("support", "support", 4);

		assertTrue(kappa.value().isEmpty());
		assertEquals(1.0, kappa.observedAgreement().getAsDouble());
	}

	@Test
	void noPairsIsUndefined() {
		CohensKappa kappa = new CohensKappa();

		assertTrue(kappa.value().isEmpty());
		assertTrue(kappa.observedAgreement().isEmpty());
	}
}
