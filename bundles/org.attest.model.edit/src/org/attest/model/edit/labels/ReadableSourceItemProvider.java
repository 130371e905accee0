package org.attest.model.edit.labels;

import org.attest.model.Source;
import org.attest.model.edit.provider.SourceItemProvider;
import org.eclipse.emf.common.notify.AdapterFactory;

/**
 * Labels a source by name and kind, e.g. {@code Ilse Varga (person)}: the kind tells apart a person and the
 * organization named after them. Without a name, the registry id stands in.
 */
class ReadableSourceItemProvider extends SourceItemProvider {

	ReadableSourceItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	@Override
	public String getText(Object object) {
		Source source = (Source) object;
		String name = ItemTexts.firstPresent(source.getName(), source.getId(), getString("_UI_Source_type")); //$NON-NLS-1$
		String kind = getString("_UI_SourceKind_" + source.getKind().getName() + "_literal"); //$NON-NLS-1$ //$NON-NLS-2$
		return ItemTexts.string("_UI_Attest_Source_text", name, kind); //$NON-NLS-1$
	}
}
