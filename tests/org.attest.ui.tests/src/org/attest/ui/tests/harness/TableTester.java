package org.attest.ui.tests.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * Reads and clicks a table as a person does: column headers, the rows' cell texts in the order shown, a click
 * on a row or header. The views' page objects hand it their table.
 */
public final class TableTester {

	private final Supplier<Table> table;

	/** @param table the table, looked up on the UI thread each time */
	public TableTester(Supplier<Table> table) {
		this.table = table;
	}

	public List<String> headers() {
		return Ui.sync(() -> {
			List<String> headers = new ArrayList<>();
			for (TableColumn column : table.get().getColumns()) {
				headers.add(column.getText());
			}
			return headers;
		});
	}

	/** The rows shown, top to bottom, each as its cells' texts. */
	public List<List<String>> rows() {
		return Ui.sync(() -> {
			Table shown = table.get();
			List<List<String>> rows = new ArrayList<>();
			for (TableItem item : shown.getItems()) {
				List<String> cells = new ArrayList<>();
				for (int column = 0; column < shown.getColumnCount(); column++) {
					cells.add(item.getText(column));
				}
				rows.add(cells);
			}
			return rows;
		});
	}

	/** The texts of one column, top to bottom. */
	public List<String> column(String header) {
		int index = headers().indexOf(header);
		if (index < 0) {
			throw new AssertionError("no column " + header + " in " + headers());
		}
		return rows().stream().map(row -> row.get(index)).toList();
	}

	/** The index of the first row whose first cell is {@code text}; fails when there is none. */
	public int rowOf(String text) {
		List<String> firstCells = rows().stream().map(row -> row.get(0)).toList();
		int index = firstCells.indexOf(text);
		if (index < 0) {
			throw new AssertionError("no row " + text + " in " + firstCells);
		}
		return index;
	}

	/** Clicks the rows (with Ctrl held for more than one), so that the table reports a selection. */
	public void select(int... rows) {
		Ui.run(() -> {
			Table shown = table.get();
			shown.setFocus();
			shown.setSelection(rows);
			Event event = new Event();
			event.item = shown.getItem(rows[0]);
			shown.notifyListeners(SWT.Selection, event);
		});
	}

	/** Clicks the header of the column. */
	public void clickHeader(String header) {
		Ui.run(() -> {
			for (TableColumn column : table.get().getColumns()) {
				if (column.getText().equals(header)) {
					column.notifyListeners(SWT.Selection, new Event());
					return;
				}
			}
			throw new AssertionError("no column " + header);
		});
	}
}
