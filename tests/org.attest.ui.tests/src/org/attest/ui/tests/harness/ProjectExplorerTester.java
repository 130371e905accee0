package org.attest.ui.tests.harness;

import org.eclipse.core.resources.IResource;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.navigator.CommonViewer;
import org.eclipse.ui.navigator.resources.ProjectExplorer;

/** Page object for the Project Explorer: a double-click on a file, as a person opens it. */
public final class ProjectExplorerTester {

	private final ProjectExplorer view;

	private ProjectExplorerTester(ProjectExplorer view) {
		this.view = view;
	}

	/** Shows the view (Window > Show View), which activates it. */
	public static ProjectExplorerTester show(WorkbenchTester workbench) {
		return new ProjectExplorerTester(workbench.showView(ProjectExplorer.VIEW_ID, ProjectExplorer.class));
	}

	/**
	 * Double-clicks the resource: its folders are opened and its row selected, then the tree hears the
	 * double-click (SWT's default selection), on which the Project Explorer opens a file in its editor.
	 */
	public void doubleClick(IResource resource) {
		CommonViewer viewer = Ui.sync(view::getCommonViewer);
		Ui.run(() -> {
			view.getSite().getPage().activate(view);
			viewer.setSelection(new StructuredSelection(resource), true);
		});
		Ui.waitUntil("the row of " + resource.getFullPath() + " in the Project Explorer",
				() -> viewer.testFindItem(resource) instanceof Item);
		Ui.run(() -> {
			Tree tree = viewer.getTree();
			Widget item = viewer.testFindItem(resource);
			tree.setFocus();
			Event doubleClicked = new Event();
			doubleClicked.item = item;
			tree.notifyListeners(SWT.DefaultSelection, doubleClicked);
		});
		Ui.awaitQueuedEvents();
	}
}
