package org.attest.model.edit.labels;

import org.attest.model.Label;
import org.attest.model.edit.provider.LabelItemProvider;
import org.eclipse.emf.common.notify.AdapterFactory;

/** Labels a label by the name annotators pick it by, e.g. {@code Mostly true}, or by its id when it has no name. */
class ReadableLabelItemProvider extends LabelItemProvider {

	ReadableLabelItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	@Override
	public String getText(Object object) {
		Label label = (Label) object;
		return ItemTexts.firstPresent(label.getName(), label.getId(), getString("_UI_Label_type")); //$NON-NLS-1$
	}
}
