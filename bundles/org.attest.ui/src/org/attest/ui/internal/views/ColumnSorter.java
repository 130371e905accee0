package org.attest.ui.internal.views;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.TableColumn;

/**
 * Sorts a table by the column whose header was clicked last, in the column's own order (numbers as numbers,
 * labels in their schema's order); a second click on the same header reverses it. Until a column is chosen
 * the rows keep the order of the model.
 *
 * @param <T> the type of the table's rows
 */
final class ColumnSorter<T> extends ViewerComparator {

	private final TableViewer viewer;
	private final Map<TableColumn, Comparator<T>> orders = new HashMap<>();
	private Comparator<T> order;

	ColumnSorter(TableViewer viewer) {
		this.viewer = viewer;
		viewer.setComparator(this);
	}

	/** Makes a click on the column's header sort the rows by {@code columnOrder}. */
	void add(TableViewerColumn column, Comparator<T> columnOrder) {
		TableColumn tableColumn = column.getColumn();
		orders.put(tableColumn, columnOrder);
		tableColumn.addListener(SWT.Selection, event -> {
			boolean reverse = viewer.getTable().getSortColumn() == tableColumn
					&& viewer.getTable().getSortDirection() == SWT.UP;
			sortBy(tableColumn, reverse ? SWT.DOWN : SWT.UP);
		});
	}

	/** Sorts by an {@link #add added} column, ascending ({@link SWT#UP}) or descending ({@link SWT#DOWN}). */
	void sortBy(TableViewerColumn column, int direction) {
		sortBy(column.getColumn(), direction);
	}

	private void sortBy(TableColumn column, int direction) {
		Comparator<T> columnOrder = orders.get(column);
		order = direction == SWT.UP ? columnOrder : columnOrder.reversed();
		viewer.getTable().setSortColumn(column);
		viewer.getTable().setSortDirection(direction);
		viewer.refresh();
	}

	@SuppressWarnings("unchecked")
	@Override
	public int compare(Viewer sorted, Object first, Object second) {
		return order == null ? 0 : order.compare((T) first, (T) second);
	}
}
