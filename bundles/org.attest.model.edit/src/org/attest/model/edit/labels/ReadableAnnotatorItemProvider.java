package org.attest.model.edit.labels;

import org.attest.model.Annotator;
import org.attest.model.edit.provider.AnnotatorItemProvider;
import org.eclipse.emf.common.notify.AdapterFactory;

/** Labels an annotator by name alone, e.g. {@code ana}: the icon already says it is an annotator; an unnamed one shows its type. */
class ReadableAnnotatorItemProvider extends AnnotatorItemProvider {

	ReadableAnnotatorItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	@Override
	public String getText(Object object) {
		return ItemTexts.firstPresent(((Annotator) object).getName(), getString("_UI_Annotator_type")); //$NON-NLS-1$
	}
}
