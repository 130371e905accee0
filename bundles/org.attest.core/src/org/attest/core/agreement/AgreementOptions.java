package org.attest.core.agreement;

import java.util.List;

/**
 * Which annotators {@link AgreementOperation} compares.
 *
 * @param annotators the annotators to compare, in this order; empty for every annotator with a layer
 * @param excludeGold leave out the curated {@code gold} layer, so that only annotators are compared
 */
public record AgreementOptions(List<String> annotators, boolean excludeGold) {

	public AgreementOptions {
		annotators = List.copyOf(annotators);
	}

	/** Every annotator, gold included. */
	public static AgreementOptions all() {
		return new AgreementOptions(List.of(), false);
	}
}
