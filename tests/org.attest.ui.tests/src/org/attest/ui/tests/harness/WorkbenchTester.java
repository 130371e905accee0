package org.attest.ui.tests.harness;

import java.util.Optional;

import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;

/** Page object for the workbench window: perspectives, views and the active editor, as a person sees them. */
public final class WorkbenchTester {

	/** The workbench's first window; waits for it to appear. */
	public IWorkbenchWindow window() {
		Ui.waitUntil("a workbench window", () -> PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0);
		return Ui.sync(() -> PlatformUI.getWorkbench().getWorkbenchWindows()[0]);
	}

	public IWorkbenchPage page() {
		IWorkbenchWindow window = window();
		Ui.waitUntil("an active page", () -> window.getActivePage() != null);
		return Ui.sync(window::getActivePage);
	}

	/** Switches to a perspective as Window > Perspective > Open Perspective does. */
	public void openPerspective(String id) {
		IWorkbenchWindow window = window();
		Ui.run(() -> {
			try {
				PlatformUI.getWorkbench().showPerspective(id, window);
			} catch (WorkbenchException e) {
				throw new AssertionError("cannot open perspective " + id, e);
			}
		});
	}

	public String perspectiveId() {
		IWorkbenchPage page = page();
		return Ui.sync(() -> page.getPerspective().getId());
	}

	/** Whether the current perspective has the view (shown or stacked behind another). */
	public boolean hasView(String viewId) {
		IWorkbenchPage page = page();
		return Ui.sync(() -> page.findViewReference(viewId) != null);
	}

	/** The title of the active editor's tab, if an editor is open. */
	public Optional<String> activeEditorTitle() {
		IWorkbenchPage page = page();
		return Ui.sync(() -> Optional.ofNullable(page.getActiveEditor()).map(IEditorPart::getTitle));
	}

	/** The id of the active editor, as declared in plugin.xml. */
	public String activeEditorId() {
		IWorkbenchPage page = page();
		return Ui.sync(() -> {
			IEditorPart editor = page.getActiveEditor();
			if (editor == null) {
				throw new AssertionError("no editor is open");
			}
			return editor.getSite().getId();
		});
	}

	/** The text the active editor's text widget displays. */
	public String activeEditorText() {
		IWorkbenchPage page = page();
		return Ui.sync(() -> {
			IEditorPart editor = page.getActiveEditor();
			if (editor == null) {
				throw new AssertionError("no editor is open");
			}
			Control control = editor.getAdapter(Control.class);
			StyledText text = control instanceof StyledText styled ? styled : findStyledText(control);
			if (text == null) {
				throw new AssertionError("the editor " + editor.getTitle() + " shows no text widget");
			}
			return text.getText();
		});
	}

	private static StyledText findStyledText(Control control) {
		if (control instanceof StyledText text) {
			return text;
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				StyledText found = findStyledText(child);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
