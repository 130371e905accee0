package org.attest.ui.internal.edit;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/**
 * Gives the property sheet the properties EMF.Edit item providers describe for a model object: the ones of
 * the object under the editor's caret, and of the objects its references point to, which the sheet shows
 * nested beneath them.
 */
public class ItemPropertySourceProvider implements IPropertySourceProvider {

	private final AdapterFactory adapterFactory;

	public ItemPropertySourceProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	/** The object's properties; {@code null} for an object without an item property source, such as a string. */
	@Override
	public IPropertySource getPropertySource(Object object) {
		IItemPropertySource itemSource = (IItemPropertySource) adapterFactory.adapt(object, IItemPropertySource.class);
		return itemSource == null ? null : new ItemPropertySource(object, itemSource);
	}
}
