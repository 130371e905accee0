package org.attest.ui.tests.harness;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.attest.ui.internal.CorpusProjects;
import org.attest.ui.internal.CorpusStartup;
import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.action.IContributionManager;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.action.StatusLineManager;
import org.eclipse.jface.action.SubContributionManager;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;

/**
 * Page object for the workbench window: perspectives, views, the active part, its menu bar and status line,
 * as a person sees them.
 */
public final class WorkbenchTester {

	/** The workbench's first window; waits for it to appear. */
	public IWorkbenchWindow window() {
		Ui.waitUntil("a workbench window", () -> PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0);
		return Ui.sync(() -> PlatformUI.getWorkbench().getWorkbenchWindows()[0]);
	}

	/** The window's shell, for keys ({@link Keyboard#on}) and widgets ({@link Widgets}). */
	public Shell shell() {
		IWorkbenchWindow window = window();
		return Ui.sync(window::getShell);
	}

	/** The window's menu bar. */
	public Menus menuBar() {
		return Menus.menuBar(shell());
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

	/** Shows a view of the current perspective and brings it to the front, as Window > Show View does. */
	public IViewPart showView(String viewId) {
		IWorkbenchPage page = page();
		return Ui.sync(() -> {
			try {
				return page.showView(viewId);
			} catch (PartInitException e) {
				throw new AssertionError("cannot show the view " + viewId, e);
			}
		});
	}

	/** The part (view or editor) that has the focus. */
	public IWorkbenchPart activePart() {
		IWorkbenchPage page = page();
		Ui.waitUntil("an active part", () -> page.getActivePart() != null);
		return Ui.sync(page::getActivePart);
	}

	/**
	 * The texts the status line shows, left to right: the message first (empty when there is none), then the
	 * fields the active part contributes.
	 */
	public List<String> statusLineTexts() {
		IWorkbenchPart part = activePart();
		return Ui.sync(() -> {
			Control statusLine = windowStatusLine(part.getSite()).getControl();
			if (!(statusLine instanceof Composite composite)) {
				throw new AssertionError("the window shows no status line");
			}
			return Arrays.stream(composite.getChildren()).filter(child -> child instanceof CLabel && child.isVisible())
					.map(child -> ((CLabel) child).getText()).map(text -> text == null ? "" : text).toList();
		});
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

	/** The window's status line manager, behind the part's view of it. */
	private static StatusLineManager windowStatusLine(IWorkbenchPartSite site) {
		IStatusLineManager manager = switch (site) {
		case IEditorSite editorSite -> editorSite.getActionBars().getStatusLineManager();
		case IViewSite viewSite -> viewSite.getActionBars().getStatusLineManager();
		default -> throw new AssertionError("the part " + site.getId() + " has no status line");
		};
		IContributionManager window = manager;
		while (window instanceof SubContributionManager sub) {
			window = sub.getParent();
		}
		if (!(window instanceof StatusLineManager statusLine)) {
			throw new AssertionError("the status line of " + site.getId() + " is no window's: " + window);
		}
		return statusLine;
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

	/**
	 * Waits until the corpus given at startup is open with its first document in an editor, so that its
	 * editor cannot open later and take the place of a test's editor.
	 */

	public void awaitStartupCorpus() {
		Path corpus = Path.of(System.getProperty(CorpusStartup.CORPUS_PROPERTY));
		IWorkbenchPage page = page();
		Ui.waitUntil("the corpus given at startup open in an editor", () -> CorpusProjects.find(corpus)
				.filter(project -> Arrays.stream(page.getEditorReferences()).anyMatch(editor -> isIn(editor, project)))
				.isPresent());
	}

	/** Shows a view as Window > Show View does, activating it. */

	public <T extends IViewPart> T showView(String viewId, Class<T> type) {
		IWorkbenchPage page = page();
		return Ui.sync(() -> {
			try {
				return type.cast(page.showView(viewId));
			} catch (PartInitException e) {
				throw new AssertionError("cannot show the view " + viewId, e);
			}
		});
	}

	/** Opens the file in its default editor, as a double-click in the Project Explorer does. */

	public IEditorPart openEditor(IFile file) {
		IWorkbenchPage page = page();
		return Ui.sync(() -> {
			try {
				return IDE.openEditor(page, file);
			} catch (PartInitException e) {
				throw new AssertionError("cannot open " + file, e);
			}
		});
	}

	/** Opens the file in the editor with the given id, as Open With does. */

	public IEditorPart openEditor(IFile file, String editorId) {
		IWorkbenchPage page = page();
		return Ui.sync(() -> {
			try {
				return IDE.openEditor(page, file, editorId);
			} catch (PartInitException e) {
				throw new AssertionError("cannot open " + file + " with " + editorId, e);
			}
		});
	}

	/** Closes the editors of the project's files without saving them. */

	public void closeEditorsOf(IProject project) {
		IWorkbenchPage page = page();
		Ui.run(() -> page.closeEditors(Arrays.stream(page.getEditorReferences())
				.filter(editor -> isIn(editor, project)).toArray(IEditorReference[]::new), false));
	}

	/**
	 * Runs a command as a click on its toolbar button or menu item does: later, on the UI thread, once the
	 * command is enabled, so that the test can go on to drive the dialog the command opens.
	 *
	 * @return completes when the command has run, exceptionally when it failed
	 */

	public CompletableFuture<Void> runCommand(String commandId) {
		return runCommand(commandId, Map.of());
	}

	/** As {@link #runCommand(String)}, with the command's parameters (parameter id → value). */
	public CompletableFuture<Void> runCommand(String commandId, Map<String, String> parameters) {
		IWorkbenchWindow window = window();
		Ui.waitUntil("the command " + commandId + " enabled",
				() -> window.getService(ICommandService.class).getCommand(commandId).isEnabled());
		CompletableFuture<Void> done = new CompletableFuture<>();
		Ui.run(() -> window.getShell().getDisplay().asyncExec(() -> {
			try {
				Command command = window.getService(ICommandService.class).getCommand(commandId);
				window.getService(IHandlerService.class)
						.executeCommand(ParameterizedCommand.generateCommand(command, parameters), null);
				done.complete(null);
			} catch (Exception | Error e) {
				done.completeExceptionally(e);
			}
		}));
		return done;
	}

	/** The text the active editor has selected. */

	public ITextSelection activeEditorSelection() {
		IWorkbenchPage page = page();
		return Ui.sync(() -> {
			IEditorPart editor = page.getActiveEditor();
			if (editor == null) {
				throw new AssertionError("no editor is open");
			}
			return (ITextSelection) editor.getSite().getSelectionProvider().getSelection();
		});
	}

	private static boolean isIn(IEditorReference editor, IProject project) {
		try {
			return editor.getEditorInput() instanceof IFileEditorInput input && project.equals(input.getFile().getProject());
		} catch (PartInitException e) {
			return false;
		}
	}
}
