package org.attest.ui.internal.edit;

import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Composite;

/**
 * A text field whose value is an attribute's model value (an {@code Integer}, a string, a list of strings),
 * converted by a {@link DataValueText}. Text that stands for no value of the type is refused with a message
 * saying why, and never reaches the model.
 */
final class DataValueCellEditor extends TextCellEditor {

	private final DataValueText text;

	DataValueCellEditor(Composite parent, DataValueText text) {
		super(parent);
		this.text = text;
		setValidator(value -> value instanceof String typed ? text.problem(typed) : null);
	}

	@Override
	protected Object doGetValue() {
		return text.parse((String) super.doGetValue());
	}

	@Override
	protected void doSetValue(Object value) {
		super.doSetValue(text.format(value));
	}
}
