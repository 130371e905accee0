package org.attest.ui.tests.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;

/**
 * Page object for the Problems view: the problems it lists (with their groups opened, as a person clicks them
 * open) and a double-click on one of them.
 */
public final class ProblemsViewTester {

	private final IViewPart view;
	private final Tree tree;

	private ProblemsViewTester(IViewPart view, Tree tree) {
		this.view = view;
		this.tree = tree;
	}

	/** Shows the view (Window > Show View), which activates it. */
	public static ProblemsViewTester show(WorkbenchTester workbench) {
		IViewPart view = workbench.showView(IPageLayout.ID_PROBLEM_VIEW);
		return new ProblemsViewTester(view,
				Widgets.waitFor(Widgets.partContent(view), Tree.class, Widgets.any(), "the tree of the Problems view"));
	}

	/** The descriptions of the problems listed, every group opened. */
	public List<String> descriptions() {
		return Ui.sync(() -> {
			List<String> descriptions = new ArrayList<>();
			for (TreeItem item : items()) {
				if (item.getItemCount() == 0) {
					descriptions.add(item.getText(0));
				}
			}
			return descriptions;
		});
	}

	/**
	 * Waits until the view lists a problem whose description contains {@code text}, then double-clicks it: the
	 * view selects the row, then hears the double-click (SWT's default selection) as a person's makes it.
	 */
	public void doubleClick(String text) {
		Ui.waitUntil("a problem saying \"" + text + "\" in the Problems view", () -> problem(text).isPresent());
		Ui.run(() -> {
			view.getSite().getPage().activate(view);
			TreeItem item = problem(text).orElseThrow();
			tree.setFocus();
			tree.setSelection(item);
			Event selected = new Event();
			selected.item = item;
			tree.notifyListeners(SWT.Selection, selected);
			Event doubleClicked = new Event();
			doubleClicked.item = item;
			tree.notifyListeners(SWT.DefaultSelection, doubleClicked);
		});
		Ui.awaitQueuedEvents();
	}

	/**
	 * A listed problem whose description contains the text. A row whose marker is gone does not count: the view
	 * refreshes a moment after markers change, and a row left from a deleted project opens nothing.
	 */
	private Optional<TreeItem> problem(String text) {
		return items().stream().filter(item -> item.getItemCount() == 0 && item.getText(0).contains(text))
				.filter(item -> Adapters.adapt(item.getData(), IMarker.class) instanceof IMarker marker && marker.exists())
				.findFirst();
	}

	/** Every item, depth first, opening collapsed groups on the way (their rows appear once opened). */
	private List<TreeItem> items() {
		List<TreeItem> all = new ArrayList<>();
		for (TreeItem item : tree.getItems()) {
			collect(item, all);
		}
		return all;
	}

	private void collect(TreeItem item, List<TreeItem> all) {
		all.add(item);
		if (item.getItemCount() > 0 && !item.getExpanded()) {
			Event expand = new Event();
			expand.item = item;
			tree.notifyListeners(SWT.Expand, expand);
			item.setExpanded(true);
		}
		for (TreeItem child : item.getItems()) {
			collect(child, all);
		}
	}
}
