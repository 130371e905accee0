package org.attest.ui.tests.harness;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PlatformUI;

/**
 * Page object for a workbench wizard in its dialog, as File > Import or File > Export shows it: fills its
 * fields by their labels, ticks and presses its buttons, finishes it.
 */
public final class WizardTester {

	private final Shell shell;

	private WizardTester(Shell shell) {
		this.shell = shell;
	}

	/**
	 * Opens the wizard, initialized with the selection, in a dialog over the workbench window, later on the UI
	 * thread (the dialog is modal), and waits for the dialog titled {@code title}.
	 */
	public static WizardTester open(IWorkbenchWizard wizard, IStructuredSelection selection, String title) {
		Shell window = new WorkbenchTester().shell();
		Ui.run(() -> window.getDisplay().asyncExec(() -> {
			wizard.init(PlatformUI.getWorkbench(), selection);
			new WizardDialog(window, wizard).open();
		}));
		return new WizardTester(Widgets.waitForShell(title));
	}

	public Shell shell() {
		return shell;
	}

	/** Replaces the text of the text field or combo labelled {@code label}, as typing does. */
	public WizardTester enter(String label, String text) {
		Control field = Widgets.waitFor(shell, Control.class, Widgets.labelledBy(label), "the field " + label);
		Ui.run(() -> {
			if (field instanceof Text textField) {
				textField.setText(text);
			} else if (field instanceof Combo combo) {
				combo.setText(text);
			} else {
				throw new AssertionError("the field " + label + " is neither a text nor a combo but " + field);
			}
		});
		return this;
	}

	/** Chooses the item of the read-only combo labelled {@code label}. */
	public WizardTester choose(String label, String item) {
		Combo combo = Widgets.waitFor(shell, Combo.class, Widgets.labelledBy(label), "the combo " + label);
		Ui.run(() -> {
			int index = combo.indexOf(item);
			if (index < 0) {
				throw new AssertionError("the combo " + label + " has no item " + item);
			}
			combo.select(index);
			combo.notifyListeners(SWT.Selection, new Event());
		});
		return this;
	}

	/** The text of the field labelled {@code label}. */
	public String text(String label) {
		Control field = Widgets.waitFor(shell, Control.class, Widgets.labelledBy(label), "the field " + label);
		return Ui.sync(() -> field instanceof Combo combo ? combo.getText() : ((Text) field).getText());
	}

	/** Presses the enabled button labelled {@code label} (mnemonics ignored); a check button toggles first. */
	public WizardTester press(String label) {
		Button button = Widgets.waitFor(shell, Button.class, Widgets.withLabel(label), "the button " + label);
		Ui.waitUntil("the button " + label + " enabled", button::isEnabled);
		Ui.run(() -> {
			if ((button.getStyle() & (SWT.CHECK | SWT.RADIO)) != 0) {
				button.setSelection(!button.getSelection());
			}
			button.notifyListeners(SWT.Selection, new Event());
		});
		return this;
	}

	/**
	 * Presses the enabled button labelled {@code label} later on the UI thread and returns at once, for a button
	 * that opens a modal dialog before the wizard goes on (Finish asking to save editors): pressing it
	 * synchronously would wait for that dialog to close.
	 */
	public WizardTester pressLater(String label) {
		Button button = Widgets.waitFor(shell, Button.class, Widgets.withLabel(label), "the button " + label);
		Ui.waitUntil("the button " + label + " enabled", button::isEnabled);
		Ui.run(() -> shell.getDisplay().asyncExec(() -> button.notifyListeners(SWT.Selection, new Event())));
		return this;
	}

	/** Presses Finish once the wizard allows it and waits until the dialog is closed. */
	public void finish() {
		press("Finish");
		Ui.waitUntil("the wizard " + Ui.sync(() -> shell.isDisposed() ? "" : shell.getText()) + " closed", shell::isDisposed);
	}
}
