package org.attest.ui.internal.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.attest.core.schema.LabelSets;
import org.attest.model.Label;
import org.attest.model.LabelSet;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.swt.widgets.Composite;

/**
 * Chooses the cell editor for a property by its feature, so that only valid values can be entered: a combo of
 * the schema's labels for a label id (credibility, stance, reliability), of the literals for an enum, of
 * true and false for a boolean, of the loaded objects of its type for a single reference; a comma-separated
 * line for a many-valued attribute; checked text for any other attribute.
 */
final class PropertyCellEditors {

	private PropertyCellEditors() {
	}

	/** The editor for the property of {@code object}; {@code null} where the sheet cannot edit it (a list of references). */
	static CellEditor create(Composite parent, Object object, IItemPropertyDescriptor itemDescriptor) {
		IItemLabelProvider itemLabels = itemDescriptor.getLabelProvider(object);
		Function<Object, String> labels = value -> value == null ? "" : itemLabels.getText(value); //$NON-NLS-1$
		Object feature = itemDescriptor.getFeature(object);
		if (feature instanceof EReference reference) {
			return reference.isMany() ? null : new ChoiceCellEditor(parent, ReferenceCandidates.of(object, reference), labels);
		}
		if (!(feature instanceof EAttribute attribute)) {
			return null;
		}
		Optional<LabelSet> labelSet = LabelIdFeatures.labelSetOf(attribute)
				.flatMap(setId -> CorpusSchemas.of(object).flatMap(schema -> LabelSets.find(schema, setId)));
		if (labelSet.isPresent()) {
			return new ChoiceCellEditor(parent, unsetOr(labelSet.get().getLabels().stream().map(Label::getId).toList()), labels);
		}
		EDataType type = attribute.getEAttributeType();
		if (attribute.isMany()) {
			return new DataValueCellEditor(parent, new DataValueText(type, true));
		}
		if (type instanceof EEnum enumType) {
			return new ChoiceCellEditor(parent, enumType.getELiterals().stream().map(EEnumLiteral::getInstance).toList(), labels);
		}
		if (type.getInstanceClass() == boolean.class || type.getInstanceClass() == Boolean.class) {
			return new ChoiceCellEditor(parent, List.of(Boolean.TRUE, Boolean.FALSE), labels);
		}
		return new DataValueCellEditor(parent, new DataValueText(type, false));
	}

	/** The choices preceded by {@code null}, which leaves the attribute unset. */
	private static List<Object> unsetOr(List<?> choices) {
		List<Object> withUnset = new ArrayList<>();
		withUnset.add(null);
		withUnset.addAll(choices);
		return withUnset;
	}
}
