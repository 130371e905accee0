package org.attest.ui.internal.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor.PropertyValueWrapper;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * One model object's properties for the property sheet, as its item provider describes them. Values go in
 * and out as model values (a string, an {@code Integer}, an enum literal, a referenced object, a list); they
 * are written through the item property descriptor, which runs a {@code SetCommand} on the object's editing
 * domain, so every edit in the sheet is undoable on the editor's command stack.
 */
public class ItemPropertySource implements IPropertySource {

	private final Object object;
	private final IItemPropertySource itemSource;

	public ItemPropertySource(Object object, IItemPropertySource itemSource) {
		this.object = object;
		this.itemSource = itemSource;
	}

	@Override
	public Object getEditableValue() {
		return itemSource.getEditableValue(object);
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		return itemSource.getPropertyDescriptors(object).stream()
				.map(itemDescriptor -> new ItemPropertyDescriptor(object, itemDescriptor))
				.toArray(IPropertyDescriptor[]::new);
	}

	@Override
	public Object getPropertyValue(Object id) {
		return modelValue(itemDescriptor(id).getPropertyValue(object));
	}

	@Override
	public boolean isPropertySet(Object id) {
		return itemDescriptor(id).isPropertySet(object);
	}

	@Override
	public void resetPropertyValue(Object id) {
		itemDescriptor(id).resetPropertyValue(object);
	}

	/**
	 * Sets the value unless it is the current one: the sheet also "sets" a reference again after a property
	 * of the referenced object was edited beneath it, which must not become a command of its own.
	 */
	@Override
	public void setPropertyValue(Object id, Object value) {
		IItemPropertyDescriptor itemDescriptor = itemDescriptor(id);
		if (!Objects.equals(modelValue(itemDescriptor.getPropertyValue(object)), value)) {
			itemDescriptor.setPropertyValue(object, value);
		}
	}

	private IItemPropertyDescriptor itemDescriptor(Object id) {
		IItemPropertyDescriptor itemDescriptor = itemSource.getPropertyDescriptor(object, id);
		if (itemDescriptor == null) {
			throw new IllegalArgumentException("no property " + id + " on " + object); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return itemDescriptor;
	}

	/**
	 * The model value inside what an item property descriptor returns (EMF.Edit wraps values for its own
	 * property sheet); a list as a copy, so that the value the sheet holds does not change under it.
	 */
	private Object modelValue(Object propertyValue) {
		Object value = propertyValue instanceof PropertyValueWrapper wrapper ? wrapper.getEditableValue(object) : propertyValue;
		return value instanceof List<?> list ? new ArrayList<>(list) : value;
	}
}
