package org.chartroom.ui.sql.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.chartroom.core.store.ResultColumn;
import org.chartroom.core.store.StoreException;
import org.chartroom.sql.result.ResultCursor;
import org.chartroom.sql.result.ResultPage;
import org.chartroom.sql.result.ValueText;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * The rows of a result in a virtual table: the first page shows at once, the next page is
 * fetched from the still open cursor when the user scrolls near the end of what is there.
 * Rows fetched are kept (so that they can be sorted and copied) up to {@link #MAX_ROWS}; beyond
 * that the grid stops fetching and says so — the full result is for the export, which streams.
 */
public final class ResultGrid {

	/** Rows a page brings. */
	public static final int PAGE = 500;
	/** The most rows the grid holds. */
	public static final int MAX_ROWS = 100_000;
	/** How close to the end of the fetched rows scrolling asks for the next page. */
	private static final int LOOKAHEAD = 100;
	private static final String NULL_TEXT = "NULL";

	private final Table table;
	private final Color nullColour;
	private final Consumer<String> status;
	private ResultCursor cursor;
	private List<Object[]> rows = new ArrayList<>();
	private List<ResultColumn> columns = List.of();
	private boolean exhausted = true;
	private boolean fetching;
	private int sortColumn = -1;
	private boolean ascending = true;

	public ResultGrid(Composite parent, Consumer<String> status) {
		this.status = status;
		table = new Table(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		nullColour = table.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
		table.addListener(SWT.SetData, event -> fill((TableItem) event.item, event.index));
		table.addListener(SWT.KeyDown, event -> {
			if ((event.stateMask & SWT.MOD1) != 0 && (event.keyCode == 'c' || event.keyCode == 'C')) {
				copySelection();
			}
		});
		Menu menu = new Menu(table);
		MenuItem copy = new MenuItem(menu, SWT.PUSH);
		copy.setText("&Copy\tCtrl+C");
		copy.addListener(SWT.Selection, event -> copySelection());
		table.setMenu(menu);
		table.addDisposeListener(event -> closeCursor());
	}

	public Table table() {
		return table;
	}

	/** Shows a new result; the grid owns the cursor from now on and closes it when replaced. */
	public void show(List<ResultColumn> resultColumns, ResultPage first, ResultCursor resultCursor) {
		closeCursor();
		cursor = resultCursor;
		columns = resultColumns;
		rows = new ArrayList<>(first.rows());
		exhausted = first.isLast();
		fetching = false;
		sortColumn = -1;
		table.setRedraw(false);
		try {
			table.removeAll();
			for (TableColumn column : table.getColumns()) {
				column.dispose();
			}
			for (int i = 0; i < columns.size(); i++) {
				TableColumn column = new TableColumn(table, columns.get(i).isNumeric() ? SWT.RIGHT : SWT.LEFT);
				column.setText(columns.get(i).name());
				column.setToolTipText(columns.get(i).typeName());
				column.setWidth(Math.max(60, Math.min(260, 12 * columns.get(i).name().length() + 30)));
				int index = i;
				column.addListener(SWT.Selection, event -> sortBy(index));
			}
			table.setSortColumn(null);
			table.setItemCount(rows.size());
		} finally {
			table.setRedraw(true);
		}
		if (exhausted) {
			closeCursor();
		}
	}

	/** Empties the grid, e.g. for a statement that returns no rows. */
	public void clear() {
		show(List.of(), new ResultPage(List.of(), java.util.Optional.empty()), null);
	}

	/** Rows fetched so far. */
	public int rowCount() {
		return rows.size();
	}

	public boolean isComplete() {
		return exhausted;
	}

	/** The text a cell shows. */
	public String cellText(int row, int column) {
		Object value = rows.get(row)[column];
		return value == null ? NULL_TEXT : ValueText.of(value);
	}

	private void fill(TableItem item, int index) {
		if (index >= rows.size()) {
			return;
		}
		Object[] row = rows.get(index);
		for (int i = 0; i < row.length; i++) {
			item.setText(i, row[i] == null ? NULL_TEXT : ValueText.of(row[i]));
			if (row[i] == null) {
				item.setForeground(i, nullColour);
				item.setFont(i, ItalicFont.of(table));
			}
		}
		if (index >= rows.size() - LOOKAHEAD) {
			fetchMore();
		}
	}

	private void fetchMore() {
		if (fetching || exhausted || cursor == null) {
			return;
		}
		if (rows.size() >= MAX_ROWS) {
			status.accept(String.format("%,d rows shown, the most the grid holds; export the result to get all of it.", rows.size()));
			return;
		}
		fetching = true;
		ResultCursor from = cursor;
		Job job = Job.create("Fetching rows", (IProgressMonitor monitor) -> {
			try {
				ResultPage page = from.fetch(PAGE, monitor);
				table.getDisplay().asyncExec(() -> append(from, page));
			} catch (StoreException e) {
				table.getDisplay().asyncExec(() -> status.accept("Fetching more rows failed: " + e.getMessage()));
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private void append(ResultCursor from, ResultPage page) {
		if (table.isDisposed() || from != cursor) {
			return; // a newer result replaced this one
		}
		fetching = false;
		rows.addAll(page.rows());
		exhausted = page.isLast();
		if (sortColumn >= 0) {
			sortColumn = -1; // the new rows come in result order
			table.setSortColumn(null);
		}
		table.setItemCount(rows.size());
		status.accept(exhausted ? String.format("%,d rows, all fetched", rows.size())
				: String.format("%,d rows fetched, more as you scroll", rows.size()));
		if (exhausted) {
			closeCursor();
		}
	}

	/** Sorts the rows fetched so far; a second click on the same column reverses the order. */
	private void sortBy(int column) {
		ascending = column != sortColumn || !ascending;
		sortColumn = column;
		Comparator<Object[]> order = Comparator.comparing(row -> row[column], ResultGrid::compareValues);
		rows.sort(ascending ? order : order.reversed());
		table.setSortColumn(table.getColumn(column));
		table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
		table.clearAll();
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static int compareValues(Object a, Object b) {
		if (a == null || b == null) {
			return a == null ? (b == null ? 0 : -1) : 1; // NULL first, as Derby sorts ascending
		}
		if (a instanceof Comparable comparable && a.getClass() == b.getClass()) {
			return comparable.compareTo(b);
		}
		return ValueText.of(a).compareTo(ValueText.of(b));
	}

	/** Copies the selected rows as tab-separated text, NULL as an empty cell. */
	public void copySelection() {
		int[] selected = table.getSelectionIndices();
		if (selected.length == 0) {
			return;
		}
		java.util.Arrays.sort(selected);
		StringBuilder text = new StringBuilder();
		for (int index : selected) {
			Object[] row = rows.get(index);
			for (int i = 0; i < row.length; i++) {
				text.append(i > 0 ? "\t" : "").append(row[i] == null ? "" : ValueText.of(row[i]));
			}
			text.append(System.lineSeparator());
		}
		Clipboard clipboard = new Clipboard(table.getDisplay());
		try {
			clipboard.setContents(new Object[] { text.toString() }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
	}

	private void closeCursor() {
		if (cursor != null) {
			cursor.close();
			cursor = null;
		}
	}
}
