package org.attest.ui.internal.editor;

import java.util.function.Consumer;

import org.attest.model.AnnotationLayer;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The changes to a layer and to everything in it, told to whoever listens: one content adapter per layer, attached
 * where the layer is read (see {@link CorpusSessions}), so that opening an editor does not walk the tens of
 * thousands of objects of a large layer on the UI thread to attach one of its own. Touches are not told.
 */
final class LayerChanges extends EContentAdapter {

	private final ListenerList<Consumer<Notification>> listeners = new ListenerList<>(ListenerList.IDENTITY);

	/** The layer's changes, followed from now on if nothing followed them yet. */
	static LayerChanges of(AnnotationLayer layer) {
		LayerChanges changes = (LayerChanges) EcoreUtil.getExistingAdapter(layer, LayerChanges.class);
		if (changes == null) {
			changes = new LayerChanges();
			layer.eAdapters().add(changes);
		}
		return changes;
	}

	void addListener(Consumer<Notification> listener) {
		listeners.add(listener);
	}

	void removeListener(Consumer<Notification> listener) {
		listeners.remove(listener);
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == LayerChanges.class;
	}

	@Override
	public void notifyChanged(Notification notification) {
		super.notifyChanged(notification);
		if (!notification.isTouch()) {
			listeners.forEach(listener -> listener.accept(notification));
		}
	}
}
