package org.attest.ui.tests.harness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * Finds controls the way a person spots them on screen: by kind and by what they show (a label, a hint
 * message), inside a shell, a part or any composite; and finds dialogs by their title. Every method may be
 * called from the test thread; the search itself runs on the UI thread.
 */
public final class Widgets {

	private Widgets() {
	}

	/** The first control of the type under {@code root} (depth first, {@code root} included) that matches. */
	public static <T extends Control> Optional<T> find(Composite root, Class<T> type, Predicate<? super T> matching) {
		return Ui.sync(() -> findAll(root, type, matching).stream().findFirst());
	}

	/** Every control of the type under {@code root} (depth first, {@code root} included) that matches. */
	public static <T extends Control> List<T> findAll(Composite root, Class<T> type, Predicate<? super T> matching) {
		return Ui.sync(() -> {
			List<T> found = new ArrayList<>();
			collect(root, type, matching, found);
			return found;
		});
	}

	/** Waits until a matching control shows under {@code root}; {@code what} names it in the failure. */
	public static <T extends Control> T waitFor(Composite root, Class<T> type, Predicate<? super T> matching,
			String what) {
		Ui.waitUntil(what, () -> find(root, type, matching).isPresent());
		return find(root, type, matching).orElseThrow();
	}

	/** Any control: for when the type alone tells the control apart. */
	public static Predicate<Control> any() {
		return control -> true;
	}

	/** A text field showing the hint (SWT's message) when empty, such as "type filter text". */
	public static Predicate<Text> withMessage(String message) {
		return text -> message.equals(text.getMessage());
	}

	/** A button (push, check, radio) with the label, read without its mnemonic: {@code "&OK"} is "OK". */
	public static Predicate<Button> withLabel(String label) {
		return button -> label.equals(Labels.plain(button.getText()));
	}

	/**
	 * A field (text, combo) labelled as on screen: the control right after a label reading {@code label}, read
	 * without its mnemonic ({@code "&Corpus:"} is "Corpus:").
	 */
	public static Predicate<Control> labelledBy(String label) {
		return control -> {
			Control[] siblings = control.getParent() == null ? new Control[0] : control.getParent().getChildren();
			int index = Arrays.asList(siblings).indexOf(control);
			return index > 0 && siblings[index - 1] instanceof Label before && label.equals(Labels.plain(before.getText()));
		};
	}

	/** The composite a workbench part (view or editor) draws its content in. */
	public static Composite partContent(IWorkbenchPart part) {
		return Ui.sync(() -> {
			MPart model = part.getSite().getService(MPart.class);
			if (model == null || !(model.getWidget() instanceof Composite content)) {
				throw new AssertionError("the part " + part.getTitle() + " shows no content");
			}
			return content;
		});
	}

	/** The dialogs open now: visible shells other than the workbench windows. */
	public static List<Shell> dialogs() {
		return Ui.sync(() -> {
			List<Shell> windows = Arrays.stream(PlatformUI.getWorkbench().getWorkbenchWindows())
					.map(IWorkbenchWindow::getShell).toList();
			return Arrays.stream(Display.getCurrent().getShells())
					.filter(shell -> shell.isVisible() && !windows.contains(shell)).toList();
		});
	}

	/** Waits until a dialog with the title opens. */
	public static Shell waitForShell(String title) {
		Ui.waitUntil("a dialog titled \"" + title + "\"", () -> dialog(title).isPresent());
		return dialog(title).orElseThrow();
	}

	/** Closes a shell as its title bar's close button does, and waits until it is gone. */
	public static void close(Shell shell) {
		String title = Ui.sync(() -> shell.isDisposed() ? "" : shell.getText());
		Ui.run(() -> {
			if (!shell.isDisposed()) {
				shell.close();
			}
		});
		Ui.waitUntil("the shell \"" + title + "\" closed", shell::isDisposed);
	}

	private static Optional<Shell> dialog(String title) {
		return Ui.sync(() -> dialogs().stream().filter(shell -> title.equals(shell.getText())).findFirst());
	}

	private static <T extends Control> void collect(Control control, Class<T> type, Predicate<? super T> matching,
			List<T> found) {
		if (type.isInstance(control) && matching.test(type.cast(control))) {
			found.add(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, type, matching, found);
			}
		}
	}
}
