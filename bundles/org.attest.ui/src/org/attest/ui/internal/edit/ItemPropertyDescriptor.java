package org.attest.ui.internal.edit;

import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

/**
 * One property of one model object for the property sheet: its name, description and category as the item
 * provider words them, its value as text, and the cell editor that fits the feature
 * ({@link PropertyCellEditors}); none where the item provider makes the property read-only.
 */
public class ItemPropertyDescriptor implements IPropertyDescriptor {

	private final Object object;
	private final IItemPropertyDescriptor itemDescriptor;
	private final ILabelProvider valueLabels;

	public ItemPropertyDescriptor(Object object, IItemPropertyDescriptor itemDescriptor) {
		this.object = object;
		this.itemDescriptor = itemDescriptor;
		IItemLabelProvider itemLabels = itemDescriptor.getLabelProvider(object);
		valueLabels = LabelProvider.createTextProvider(itemLabels::getText);
	}

	@Override
	public CellEditor createPropertyEditor(Composite parent) {
		return itemDescriptor.canSetProperty(object) ? PropertyCellEditors.create(parent, object, itemDescriptor) : null;
	}

	@Override
	public String getCategory() {
		return itemDescriptor.getCategory(object);
	}

	@Override
	public String getDescription() {
		return itemDescriptor.getDescription(object);
	}

	@Override
	public String getDisplayName() {
		return itemDescriptor.getDisplayName(object);
	}

	@Override
	public String[] getFilterFlags() {
		return itemDescriptor.getFilterFlags(object);
	}

	@Override
	public Object getHelpContextIds() {
		return itemDescriptor.getHelpContextIds(object);
	}

	@Override
	public Object getId() {
		return itemDescriptor.getId(object);
	}

	/** Values as the item provider words them: a source as "Ilse Varga (person)", a list as "a, b". */
	@Override
	public ILabelProvider getLabelProvider() {
		return valueLabels;
	}

	/** Whether the sheet may show this property as one row for several selected objects. */
	@Override
	public boolean isCompatibleWith(IPropertyDescriptor other) {
		return other instanceof ItemPropertyDescriptor descriptor
				&& itemDescriptor.isCompatibleWith(object, descriptor.object, descriptor.itemDescriptor);
	}
}
