package org.attest.ui.internal.edit;

import java.util.Map;
import java.util.Optional;

import org.attest.core.schema.DefaultLabelSchema;
import org.attest.model.AttestPackage;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The attributes that hold the id of a label, and the label set each one draws from. The model keeps them
 * plain strings, so that a corpus can define its own labels; this is where the user interface learns to
 * offer the schema's labels for them.
 */
final class LabelIdFeatures {

	private static final Map<EStructuralFeature, String> LABEL_SETS = Map.of(
			AttestPackage.Literals.CLAIM_MENTION__CREDIBILITY, DefaultLabelSchema.CREDIBILITY,
			AttestPackage.Literals.ATTRIBUTION__STANCE, DefaultLabelSchema.STANCE,
			AttestPackage.Literals.SOURCE__RELIABILITY, DefaultLabelSchema.RELIABILITY);

	private LabelIdFeatures() {
	}

	/** The id of the label set the feature's values come from; empty for a feature that holds no label id. */
	static Optional<String> labelSetOf(EStructuralFeature feature) {
		return Optional.ofNullable(LABEL_SETS.get(feature));
	}
}
