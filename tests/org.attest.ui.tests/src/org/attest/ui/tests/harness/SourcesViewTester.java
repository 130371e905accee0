package org.attest.ui.tests.harness;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.attest.ui.internal.views.SourcesView;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * Page object for the Sources view: its rows as the cells' texts (Name, Kind, Reliability, Claims), selecting
 * sources by name, its Rename and Merge Into… commands with their dialogs, its keys and dirty marker.
 */
public final class SourcesViewTester {

	public static final String NAME = "Name";
	public static final String KIND = "Kind";
	public static final String RELIABILITY = "Reliability";
	public static final String CLAIMS = "Claims";

	/** What the Claims column shows while the claims are being counted. */
	private static final String COUNTING = "\u2026";
	private static final String RENAME = "org.attest.ui.commands.renameSource";
	private static final String MERGE = "org.attest.ui.commands.mergeSources";

	private final WorkbenchTester workbench;
	private final SourcesView view;
	private final TableTester table;

	private SourcesViewTester(WorkbenchTester workbench, SourcesView view) {
		this.workbench = workbench;
		this.view = view;
		table = new TableTester(() -> view.viewer().getTable());
	}

	/** Shows the view (Window > Show View), which activates it. */
	public static SourcesViewTester show(WorkbenchTester workbench) {
		return new SourcesViewTester(workbench, workbench.showView(SourcesView.ID, SourcesView.class));
	}

	public TableTester table() {
		return table;
	}

	/** A keyboard typing into the view's table, as a person does after clicking into it (Ctrl+Z, Ctrl+S). */
	public Keyboard keyboard() {
		return Keyboard.on(Ui.sync(() -> view.viewer().getTable()));
	}

	/** Whether the view shows the dirty marker: the corpus file has unsaved changes. */
	public boolean isDirty() {
		return Ui.sync(view::isDirty);
	}

	/** The rows, once the claims are counted. */
	public List<List<String>> rows() {
		Ui.waitUntil("the claims of the sources counted",
				() -> table.rows().stream().noneMatch(row -> row.get(3).equals(COUNTING)));
		return table.rows();
	}

	/** The row of the source named {@code name}, once the claims are counted. */
	public List<String> row(String name) {
		return rows().get(table.rowOf(name));
	}

	/** Activates the view and selects the sources by name, as clicks (with Ctrl) on their rows do. */
	public void select(String... names) {
		Ui.run(() -> view.getSite().getPage().activate(view));
		table.select(Arrays.stream(names).mapToInt(table::rowOf).toArray());
	}

	/** Renames the source through the Rename command and its dialog. */
	public void rename(String name, String newName) {
		select(name);
		DialogTester.await("Rename Source", workbench.runCommand(RENAME)).enterText(newName)
				.press(IDialogConstants.OK_LABEL);
	}

	/** Merges the sources through the Merge Into… command, keeping the one labelled {@code kept} in its dialog. */
	public void merge(List<String> names, String kept) {
		select(names.toArray(String[]::new));
		DialogTester.await("Merge Sources", workbench.runCommand(MERGE)).select(kept).press(IDialogConstants.OK_LABEL);
	}

	/** The message shown instead of the table, when one is. */
	public Optional<String> message() {
		return Ui.sync(() -> {
			for (Control page : view.viewer().getTable().getParent().getChildren()) {
				if (page instanceof Label label && label.isVisible()) {
					return Optional.of(label.getText());
				}
			}
			return Optional.empty();
		});
	}
}
