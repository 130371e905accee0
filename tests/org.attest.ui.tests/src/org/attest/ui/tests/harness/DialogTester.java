package org.attest.ui.tests.harness;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;

/**
 * Page object for a modal dialog that a command opened: types into its text field, picks an entry of its
 * list and presses its buttons, then waits for the command to finish.
 */
public final class DialogTester {

	private final Shell shell;
	private final CompletableFuture<?> command;

	private DialogTester(Shell shell, CompletableFuture<?> command) {
		this.shell = shell;
		this.command = command;
	}

	/**
	 * Waits for the dialog titled {@code title} that the running {@code command} opens; fails at once when the
	 * command ends without opening it.
	 */
	public static DialogTester await(String title, CompletableFuture<?> command) {
		Ui.waitUntil("the dialog " + title, () -> command.isDone() || find(title) != null);
		Shell shell = Ui.sync(() -> find(title));
		if (shell == null) {
			throw new AssertionError("the command ended without opening the dialog " + title, failure(command));
		}
		return new DialogTester(shell, command);
	}

	/** Replaces the text of the dialog's (first) text field, as typing does. */
	public DialogTester enterText(String text) {
		Ui.run(() -> this.<Text>find(Text.class::isInstance).setText(text));
		return this;
	}

	/**
	 * Types {@code text} over the content of the field labelled {@code label} (as on screen, without mnemonic),
	 * key by key, so that fields validating on key strokes see it.
	 */
	public DialogTester type(String label, String text) {
		Text field = Ui.sync(() -> this.<Text>find(control -> control instanceof Text && Widgets.labelledBy(label).test(control)));
		Ui.run(() -> {
			field.setFocus();
			field.selectAll();
		});
		Keyboard.on(field).type(text);
		Ui.waitUntil("the field " + label + " reading " + text, () -> field.getText().equals(text));
		return this;
	}

	/** Whether the button labelled {@code label} (mnemonics ignored) can be pressed now. */
	public boolean isEnabled(String label) {
		return Ui.sync(() -> this.<Button>find(control -> control instanceof Button candidate
				&& Labels.plain(candidate.getText()).equals(Labels.plain(label))).isEnabled());
	}

	/** Selects the entry of the dialog's list that reads {@code text}. */
	public DialogTester select(String text) {
		Ui.run(() -> {
			Table table = find(Table.class::isInstance);
			TableItem[] items = table.getItems();
			for (int i = 0; i < items.length; i++) {
				if (items[i].getText().equals(text)) {
					table.setSelection(i);
					Event event = new Event();
					event.item = items[i];
					table.notifyListeners(SWT.Selection, event);
					return;
				}
			}
			throw new AssertionError("no entry " + text + " in the dialog " + shell.getText());
		});
		return this;
	}

	/** The dialog's message: the text of its first label that has text. */
	public String message() {
		return Ui.sync(() -> this.<Label>find(control -> control instanceof Label label && !label.getText().isEmpty())
				.getText());
	}

	/** Presses the button labelled {@code label} (mnemonics ignored) and, if that closes the dialog, waits for the command to finish. */
	public void press(String label) {
		Ui.run(() -> {
			Button button = find(control -> control instanceof Button candidate
					&& candidate.getText().replace("&", "").equals(label.replace("&", "")));
			button.notifyListeners(SWT.Selection, new Event());
		});
		Ui.waitUntil("the command to finish after pressing " + label, command::isDone);
		Throwable failure = failure(command);
		if (failure != null) {
			throw new AssertionError("the command failed", failure);
		}
	}

	private static Shell find(String title) {
		for (Shell candidate : PlatformUI.getWorkbench().getDisplay().getShells()) {
			if (!candidate.isDisposed() && candidate.isVisible() && title.equals(candidate.getText())) {
				return candidate;
			}
		}
		return null;
	}

	@SuppressWarnings("unchecked")
	private <T extends Control> T find(Predicate<Control> wanted) {
		Control found = find(shell, wanted);
		if (found == null) {
			throw new AssertionError("the dialog " + shell.getText() + " has no such control");
		}
		return (T) found;
	}

	private static Control find(Control control, Predicate<Control> wanted) {
		if (wanted.test(control)) {
			return control;
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Control found = find(child, wanted);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static Throwable failure(CompletableFuture<?> command) {
		if (!command.isCompletedExceptionally()) {
			return null;
		}
		try {
			command.get();
			return null;
		} catch (ExecutionException e) {
			return e.getCause();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return e;
		}
	}
}
