package org.attest.core.schema;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.attest.model.Label;
import org.attest.model.LabelSchema;
import org.attest.model.LabelSet;

/**
 * Finds label sets and labels by id, and the ordinal scale of a set, so that validators, exporters and
 * agreement code share one reading of a schema: annotations store only ids, and a corpus may have no schema
 * at all, so every lookup may come back empty.
 */
public final class LabelSets {

	private LabelSets() {
	}

	/** The set with the given id, empty when {@code schema} is {@code null} or has no such set. */
	public static Optional<LabelSet> find(LabelSchema schema, String setId) {
		if (schema == null) {
			return Optional.empty();
		}
		return schema.getLabelSets().stream().filter(set -> setId.equals(set.getId())).findFirst();
	}

	/**
	 * The label with the given id in the set with the given id; empty when either is missing, including an
	 * unset annotation ({@code labelId} {@code null}).
	 */
	public static Optional<Label> find(LabelSchema schema, String setId, String labelId) {
		return find(schema, setId).flatMap(set -> set.getLabels().stream().filter(label -> hasId(label, labelId)).findFirst());
	}

	/**
	 * The labels that form the set's ordinal scale, best first: all labels of an ordinal set except
	 * {@value DefaultLabelSchema#UNVERIFIABLE}, which says the scale does not apply; empty for a nominal set.
	 */
	public static List<Label> scale(LabelSet set) {
		if (!set.isOrdinal()) {
			return List.of();
		}
		return set.getLabels().stream().filter(label -> !DefaultLabelSchema.UNVERIFIABLE.equals(label.getId())).toList();
	}

	/**
	 * The position of a label on the set's {@link #scale(LabelSet) scale}, 0 for the best; empty for a
	 * nominal set, an unknown id and a label outside the scale.
	 */
	public static OptionalInt rank(LabelSet set, String labelId) {
		List<Label> scale = scale(set);
		for (int i = 0; i < scale.size(); i++) {
			if (hasId(scale.get(i), labelId)) {
				return OptionalInt.of(i);
			}
		}
		return OptionalInt.empty();
	}

	private static boolean hasId(Label label, String labelId) {
		return labelId != null && labelId.equals(label.getId());
	}
}
