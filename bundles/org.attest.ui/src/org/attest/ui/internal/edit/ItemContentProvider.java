package org.attest.ui.internal.edit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Control;

/**
 * Gives JFace viewers the children EMF.Edit item providers define (a corpus's schema, sources and annotators;
 * a layer's claims, mentions, cues and attributions), for trees and for flat lists alike. When an item
 * provider reports that an object's children changed, the viewer refreshes that object on the UI thread,
 * after the change is complete: the refreshes a command causes are collected and made once, so a command
 * that adds a hundred spans refreshes the layer once. Labels are left to the label provider
 * ({@link ItemLabelProvider} updates them itself).
 */
public class ItemContentProvider implements ITreeContentProvider {

	private static final Object[] NONE = {};

	private final AdapterFactory adapterFactory;
	private final INotifyChangedListener changeListener = this::contentChanged;
	/** Objects whose children changed since the last refresh; guarded by itself, as notifications may come from any thread. */
	private final Set<Object> staleElements = new LinkedHashSet<>();
	private volatile Viewer viewer;

	/** Provides content through {@code adapterFactory}, and listens to it when it reports changes (a composed one does). */
	public ItemContentProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.addListener(changeListener);
		}
	}

	@Override
	public Object[] getElements(Object input) {
		IStructuredItemContentProvider item = (IStructuredItemContentProvider) adapterFactory.adapt(input,
				IStructuredItemContentProvider.class);
		return item == null ? NONE : item.getElements(input).toArray();
	}

	@Override
	public Object[] getChildren(Object parent) {
		ITreeItemContentProvider item = treeItemContentProvider(parent);
		return item == null ? NONE : item.getChildren(parent).toArray();
	}

	@Override
	public Object getParent(Object element) {
		ITreeItemContentProvider item = treeItemContentProvider(element);
		return item == null ? null : item.getParent(element);
	}

	@Override
	public boolean hasChildren(Object element) {
		ITreeItemContentProvider item = treeItemContentProvider(element);
		return item != null && item.hasChildren(element);
	}

	@Override
	public void inputChanged(Viewer changedViewer, Object oldInput, Object newInput) {
		viewer = changedViewer;
	}

	@Override
	public void dispose() {
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.removeListener(changeListener);
		}
		viewer = null;
	}

	private ITreeItemContentProvider treeItemContentProvider(Object element) {
		return (ITreeItemContentProvider) adapterFactory.adapt(element, ITreeItemContentProvider.class);
	}

	private void contentChanged(Notification notification) {
		Viewer target = viewer;
		if (!(notification instanceof IViewerNotification change) || !change.isContentRefresh() || target == null) {
			return;
		}
		Control control = target.getControl();
		if (control.isDisposed()) {
			return;
		}
		boolean refreshScheduled;
		synchronized (staleElements) {
			refreshScheduled = !staleElements.isEmpty();
			staleElements.add(change.getElement());
		}
		if (!refreshScheduled) {
			control.getDisplay().asyncExec(() -> refresh(target));
		}
	}

	private void refresh(Viewer target) {
		List<Object> elements;
		synchronized (staleElements) {
			elements = new ArrayList<>(staleElements);
			staleElements.clear();
		}
		if (target.getControl().isDisposed()) {
			return;
		}
		if (target instanceof StructuredViewer structured) {
			elements.forEach(element -> structured.refresh(element, false));
		} else {
			target.refresh();
		}
	}
}
