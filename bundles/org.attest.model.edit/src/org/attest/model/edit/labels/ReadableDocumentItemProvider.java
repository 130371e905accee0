package org.attest.model.edit.labels;

import org.attest.model.Document;
import org.attest.model.edit.provider.DocumentItemProvider;
import org.eclipse.emf.common.notify.AdapterFactory;

/** Labels a document by its title, the way readers know an article, or by its id when it has no title. */
class ReadableDocumentItemProvider extends DocumentItemProvider {

	ReadableDocumentItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	@Override
	public String getText(Object object) {
		Document document = (Document) object;
		return ItemTexts.firstPresent(document.getTitle(), document.getId(), getString("_UI_Document_type")); //$NON-NLS-1$
	}
}
