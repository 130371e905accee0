package org.attest.model.edit.labels;

import org.attest.model.LabelSet;
import org.attest.model.edit.provider.LabelSetItemProvider;
import org.eclipse.emf.common.notify.AdapterFactory;

/** Labels a label set by its name, e.g. {@code Credibility}, or by its id when it has no name. */
class ReadableLabelSetItemProvider extends LabelSetItemProvider {

	ReadableLabelSetItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	@Override
	public String getText(Object object) {
		LabelSet set = (LabelSet) object;
		return ItemTexts.firstPresent(set.getName(), set.getId(), getString("_UI_LabelSet_type")); //$NON-NLS-1$
	}
}
