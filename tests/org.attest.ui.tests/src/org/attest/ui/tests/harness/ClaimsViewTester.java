package org.attest.ui.tests.harness;

import java.util.List;
import java.util.Optional;

import org.attest.ui.internal.views.ClaimsView;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

/**
 * Page object for the Claims view: its rows as the cells' texts (Claim, Sources, Stance, Credibility,
 * Problems), the filter field above the table, the message shown when no annotation editor is active.
 */
public final class ClaimsViewTester {

	public static final String CLAIM = "Claim";
	public static final String SOURCES = "Sources";
	public static final String STANCE = "Stance";
	public static final String CREDIBILITY = "Credibility";
	public static final String PROBLEMS = "Problems";

	private final ClaimsView view;
	private final TableTester table;

	private ClaimsViewTester(ClaimsView view) {
		this.view = view;
		table = new TableTester(() -> view.viewer().getTable());
	}

	/** Shows the view (Window > Show View), which activates it. */
	public static ClaimsViewTester show(WorkbenchTester workbench) {
		return new ClaimsViewTester(workbench.showView(ClaimsView.ID, ClaimsView.class));
	}

	public ClaimsView view() {
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
			Ui.waitUntil("the Claims view to show " + expected, () -> expected.equals(table.rows()));
		} catch (AssertionError e) {
			throw new AssertionError(e.getMessage() + "\nbut it shows " + rows(), e);
		}
	}

	/** Clicks the row, as a person selects a claim. */
	public void select(int row) {
		table.select(row);
	}

	/** Types into the filter field above the table (replacing what it held). */
	public void filter(String text) {
		Ui.run(() -> {
			Text filter = (Text) controls().getChildren()[0];
			filter.setText(text);
		});
	}

	/** The message shown instead of the table, when one is. */
	public Optional<String> message() {
		return Ui.sync(() -> {
			for (Control page : controls().getParent().getChildren()) {
				if (page instanceof Label label && label.isVisible()) {
					return Optional.of(label.getText());
				}
			}
			return Optional.empty();
		});
	}

	/** The filter field and the table. */
	private Composite controls() {
		Table shown = view.viewer().getTable();
		return shown.getParent();
	}
}
