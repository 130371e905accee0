package org.attest.model.edit.labels;

import org.attest.model.Corpus;
import org.attest.model.edit.provider.CorpusItemProvider;
import org.eclipse.emf.common.notify.AdapterFactory;

/** Labels a corpus by name alone, e.g. {@code Harbour towns 2026}: the icon already says it is a corpus; an unnamed one shows its type. */
class ReadableCorpusItemProvider extends CorpusItemProvider {

	ReadableCorpusItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	@Override
	public String getText(Object object) {
		return ItemTexts.firstPresent(((Corpus) object).getName(), getString("_UI_Corpus_type")); //$NON-NLS-1$
	}
}
