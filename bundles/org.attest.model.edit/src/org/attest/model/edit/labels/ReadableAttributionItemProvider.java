package org.attest.model.edit.labels;

import org.attest.model.AttestPackage;
import org.attest.model.Attribution;
import org.attest.model.ClaimMention;
import org.attest.model.Source;
import org.attest.model.edit.provider.AttributionItemProvider;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * Labels an attribution as who says what how, e.g. {@code Ilse Varga → “the dam will be finished by spring”
 * (support)}; {@code (none)} stands in for a missing source or claim, and the stance is left out until it is
 * chosen. Changing the attribution's source or claim refreshes the label; renaming the source or editing the
 * claim's quote does not, as those are other objects' notifications.
 */
class ReadableAttributionItemProvider extends AttributionItemProvider {

	ReadableAttributionItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	@Override
	public String getText(Object object) {
		Attribution attribution = (Attribution) object;
		Source source = attribution.getSource();
		String who = source == null ? ItemTexts.none() : ItemTexts.firstPresent(source.getName(), source.getId(), ItemTexts.none());
		ClaimMention claim = attribution.getClaim();
		String what = claim == null ? ItemTexts.none() : ItemTexts.claim(claim);
		String stance = ItemTexts.firstPresent(attribution.getStance());
		return stance == null ? ItemTexts.string("_UI_Attest_Attribution_noStance", who, what) //$NON-NLS-1$
				: ItemTexts.string("_UI_Attest_Attribution_text", who, what, stance); //$NON-NLS-1$
	}

	/** Also refreshes the label when the source or claim is replaced: the generated provider does not, as they are references. */
	@Override
	public void notifyChanged(Notification notification) {
		switch (notification.getFeatureID(Attribution.class)) {
			case AttestPackage.ATTRIBUTION__SOURCE, AttestPackage.ATTRIBUTION__CLAIM ->
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
			default -> super.notifyChanged(notification);
		}
	}
}
