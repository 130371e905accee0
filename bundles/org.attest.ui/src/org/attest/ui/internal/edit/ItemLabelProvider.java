package org.attest.ui.internal.edit;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.LabelProviderChangedEvent;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;

/**
 * Labels model objects in JFace viewers with the texts and icons of their EMF.Edit item providers, so that
 * every view shows an object the way {@code AttestEditAdapterFactory} words it. When an item provider reports
 * a label change (a renamed source, a new credibility), viewers are told through a
 * {@link LabelProviderChangedEvent} for that object, on the UI thread. Icons are disposed with the provider.
 */
public class ItemLabelProvider extends LabelProvider {

	private final AdapterFactory adapterFactory;
	private final ItemImages images = new ItemImages();
	private final Display display = Display.getDefault();
	private final INotifyChangedListener changeListener = this::labelChanged;

	/** Labels through {@code adapterFactory}, and listens to it when it reports changes (a composed one does). */
	public ItemLabelProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.addListener(changeListener);
		}
	}

	@Override
	public String getText(Object element) {
		IItemLabelProvider item = itemLabelProvider(element);
		return item == null ? super.getText(element) : item.getText(element);
	}

	@Override
	public Image getImage(Object element) {
		IItemLabelProvider item = itemLabelProvider(element);
		return item == null ? null : images.get(item.getImage(element));
	}

	@Override
	public void dispose() {
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.removeListener(changeListener);
		}
		images.dispose();
		super.dispose();
	}

	private IItemLabelProvider itemLabelProvider(Object element) {
		return (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
	}

	private void labelChanged(Notification notification) {
		Object element;
		if (notification instanceof IViewerNotification change) {
			if (!change.isLabelUpdate()) {
				return;
			}
			element = change.getElement();
		} else {
			element = notification.getNotifier();
		}
		if (display.isDisposed()) {
			return;
		}
		Runnable fire = () -> fireLabelProviderChanged(new LabelProviderChangedEvent(this, element));
		// notifications come on whichever thread changed the model; viewers update on the display's
		if (display.getThread() == Thread.currentThread()) {
			fire.run();
		} else {
			display.asyncExec(fire);
		}
	}
}
