package org.attest.model.edit.labels;

import org.attest.model.SourceMention;
import org.attest.model.edit.provider.SourceMentionItemProvider;
import org.eclipse.emf.common.notify.AdapterFactory;

/** Labels a source mention by its quote, e.g. {@code “the mayor”}, or its offsets when it has none. */
class ReadableSourceMentionItemProvider extends SourceMentionItemProvider {

	ReadableSourceMentionItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	@Override
	public String getText(Object object) {
		return ItemTexts.span((SourceMention) object, "_UI_Attest_SourceMention_unquoted"); //$NON-NLS-1$
	}
}
