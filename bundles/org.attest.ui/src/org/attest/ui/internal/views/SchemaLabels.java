package org.attest.ui.internal.views;

import org.attest.core.schema.LabelSets;
import org.attest.model.Label;
import org.attest.model.LabelSchema;

/**
 * What views show for a label id stored in an annotation: the label's name from the corpus schema, or the id
 * itself when the schema has no such label, so an unknown label stays visible instead of looking unset.
 */
final class SchemaLabels {

	private SchemaLabels() {
	}

	/** The label's name; {@code ""} for an unset label. */
	static String name(LabelSchema schema, String setId, String labelId) {
		if (labelId == null) {
			return ""; //$NON-NLS-1$
		}
		return LabelSets.find(schema, setId, labelId).map(Label::getName).orElse(labelId);
	}

	/**
	 * The label's position in its set, for sorting in the schema's order (best first on a scale); unknown
	 * labels come after every known one, and unset labels last.
	 */
	static int position(LabelSchema schema, String setId, String labelId) {
		if (labelId == null) {
			return Integer.MAX_VALUE;
		}
		return LabelSets.find(schema, setId)
				.flatMap(set -> LabelSets.find(schema, setId, labelId).map(set.getLabels()::indexOf))
				.orElse(Integer.MAX_VALUE - 1);
	}
}
