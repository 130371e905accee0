package org.attest.ui.tests.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.attest.ui.internal.curation.CurationView;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;

/**
 * Page object for the Curation view: its rows as the cells' texts (Kind, one column per annotator, Gold,
 * Status), the "Conflicts only" box and the summary above the table, its keys (1–9 accept that annotator's,
 * A accepts all agreed, R rejects) and its context menu.
 */
public final class CurationViewTester {

	public static final String KIND = "Kind";
	public static final String GOLD = "Gold";
	public static final String STATUS = "Status";

	private final CurationView view;
	private final TableTester table;

	private CurationViewTester(CurationView view) {
		this.view = view;
		table = new TableTester(() -> view.viewer().getTable());
	}

	/** Shows the view (Window > Show View), which activates it. */
	public static CurationViewTester show(WorkbenchTester workbench) {
		return new CurationViewTester(workbench.showView(CurationView.ID, CurationView.class));
	}

	public CurationView view() {
		return view;
	}

	public TableTester table() {
		return table;
	}

	public List<List<String>> rows() {
		return table.rows();
	}

	/** Waits until the view shows the rows; fails showing what it shows instead. */
	public void awaitRows(List<List<String>> expected) {
		try {
			Ui.waitUntil("the Curation view to show " + expected, () -> expected.equals(table.rows()));
		} catch (AssertionError e) {
			throw new AssertionError(e.getMessage() + "\nbut it shows " + rows(), e);
		}
	}

	/** The index of the one row with a cell that contains {@code text}; fails unless there is exactly one. */
	public int rowWith(String text) {
		List<List<String>> rows = rows();
		List<Integer> found = new ArrayList<>();
		for (int row = 0; row < rows.size(); row++) {
			if (rows.get(row).stream().anyMatch(cell -> cell.contains(text))) {
				found.add(row);
			}
		}
		if (found.size() != 1) {
			throw new AssertionError(found.size() + " rows contain \"" + text + "\" in " + rows);
		}
		return found.get(0);
	}

	/** Clicks the row, as a person selects an item. */
	public void select(int row) {
		table.select(row);
	}

	/** The index of the selected row, -1 for none. */
	public int selectedRow() {
		return Ui.sync(() -> view.viewer().getTable().getSelectionIndex());
	}

	/** Presses keys with the focus in the table (see {@link Keyboard#press(String)}). */
	public void press(String shortcut) {
		Keyboard.on(Ui.sync(() -> (Control) view.viewer().getTable())).press(shortcut);
	}

	/**
	 * Accepts all agreed items as a person does from the keyboard: A, then Enter in the dialog, which takes
	 * its proposal (every annotator).
	 */
	public void acceptAllAgreed() {
		press("A");
		Shell dialog = Widgets.waitForShell("Accept All Agreed");
		Keyboard.on(dialog).press("ENTER");
		Ui.waitUntil("the dialog Accept All Agreed closed", dialog::isDisposed);
	}

	/** The context menu of the table, as a right click opens it. */
	public Menus contextMenu() {
		return Menus.contextMenu(Ui.sync(() -> (Control) view.viewer().getTable()));
	}

	/** Ticks or clears "Conflicts only", as a click on it does. */
	public void conflictsOnly(boolean only) {
		Ui.run(() -> {
			Button box = checkBox();
			if (box.getSelection() != only) {
				box.setSelection(only);
				box.notifyListeners(SWT.Selection, new Event());
			}
		});
	}

	/** The line above the table that counts conflicts and decisions. */
	public String summary() {
		return Ui.sync(() -> {
			for (Control control : checkBox().getParent().getChildren()) {
				if (control instanceof Label label) {
					return label.getText();
				}
			}
			throw new AssertionError("the Curation view shows no summary");
		});
	}

	/** The message shown instead of the table, when one is. */
	public Optional<String> message() {
		return Ui.sync(() -> {
			Table shown = view.viewer().getTable();
			for (Control page : shown.getParent().getParent().getChildren()) {
				if (page instanceof Label label && label.isVisible()) {
					return Optional.of(label.getText());
				}
			}
			return Optional.empty();
		});
	}

	private Button checkBox() {
		for (Control control : view.viewer().getTable().getParent().getChildren()) {
			if (control instanceof Button button && (button.getStyle() & SWT.CHECK) != 0) {
				return button;
			}
		}
		throw new AssertionError("the Curation view has no Conflicts only box");
	}
}
