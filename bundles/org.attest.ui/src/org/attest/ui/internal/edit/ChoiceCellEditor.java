package org.attest.ui.internal.edit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * A read-only combo whose value is one of a list of model values (enum literals, label ids, referenced
 * objects, {@code null} for "unset"), each shown by its label. {@link ComboBoxCellEditor}'s own value is an
 * index; this one's is the chosen value itself. A current value that is not among the choices (a label id the
 * schema no longer has) is added to them, so that opening the editor never changes the value by itself.
 */
public class ChoiceCellEditor extends ComboBoxCellEditor {

	private final List<Object> choices;
	private final Function<Object, String> labels;

	public ChoiceCellEditor(Composite parent, List<?> choices, Function<Object, String> labels) {
		super(parent, new String[0], SWT.READ_ONLY);
		this.choices = new ArrayList<>(choices);
		this.labels = labels;
		showChoices();
	}

	/** The values offered, in order; {@code null} stands for unset. */
	public List<Object> choices() {
		return Collections.unmodifiableList(choices);
	}

	@Override
	protected Object doGetValue() {
		int index = (Integer) super.doGetValue();
		return index < 0 || index >= choices.size() ? null : choices.get(index);
	}

	@Override
	protected void doSetValue(Object value) {
		if (!choices.contains(value)) {
			choices.add(value);
			showChoices();
		}
		super.doSetValue(choices.indexOf(value));
	}

	private void showChoices() {
		setItems(choices.stream().map(labels).toArray(String[]::new));
	}
}
