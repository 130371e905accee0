package org.attest.model.edit.labels;

import org.attest.model.Cue;
import org.attest.model.edit.provider.CueItemProvider;
import org.eclipse.emf.common.notify.AdapterFactory;

/** Labels a cue by its quote, e.g. {@code “according to”}, or its offsets when it has none. */
class ReadableCueItemProvider extends CueItemProvider {

	ReadableCueItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	@Override
	public String getText(Object object) {
		return ItemTexts.span((Cue) object, "_UI_Attest_Cue_unquoted"); //$NON-NLS-1$
	}
}
