package org.attest.ui.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.swt.widgets.Display;

/**
 * Runs a refresh on the UI thread after changes to the observed model objects or anything they contain. A
 * command changes many objects at once (a merge repoints dozens of references), so the notifications of one
 * burst lead to a single refresh.
 */
final class ModelChangeRefresher extends EContentAdapter {

	private final Display display;
	private final Runnable refresh;
	private final List<Notifier> roots = new ArrayList<>();
	private final AtomicBoolean pending = new AtomicBoolean();

	ModelChangeRefresher(Display display, Runnable refresh) {
		this.display = display;
		this.refresh = refresh;
	}

	/** Observes the objects and their contents, in addition to what is observed already. */
	void observe(Notifier... objects) {
		for (Notifier object : objects) {
			object.eAdapters().add(this);
			roots.add(object);
		}
	}

	/** Stops observing anything. */
	void unobserve() {
		for (Notifier root : roots) {
			root.eAdapters().remove(this);
		}
		roots.clear();
	}

	@Override
	public void notifyChanged(Notification notification) {
		super.notifyChanged(notification);
		if (!notification.isTouch() && pending.compareAndSet(false, true) && !display.isDisposed()) {
			display.asyncExec(() -> {
				pending.set(false);
				refresh.run();
			});
		}
	}
}
