package org.chartroom.ui.schema.preview;


import org.chartroom.core.store.ResultColumn;
import org.chartroom.core.store.StoreException;
import org.chartroom.core.store.Workspace;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * A read-only look at a table's rows, a hundred at a time. Each page is read through
 * {@link Workspace#query} in a job; closing the window cancels a page still being read.
 */
public final class TablePreviewDialog {

	/** The title of the window, which tests look it up by. */
	public static String title(String dataset, String table) {
		return table + " — " + dataset + " (read-only)";
	}

	private final Shell shell;
	private final Workspace workspace;
	private final String dataset;
	private final String table;
	private final Table grid;
	private final Label status;
	private final Button previous;
	private final Button next;
	private Job reading;
	private int first;

	private TablePreviewDialog(Shell parent, Workspace workspace, String dataset, String table) {
		this.workspace = workspace;
		this.dataset = dataset;
		this.table = table;
		shell = new Shell(parent, SWT.SHELL_TRIM | SWT.MODELESS);
		shell.setText(title(dataset, table));
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(shell);
		grid = new Table(shell, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		grid.setHeaderVisible(true);
		grid.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(900, 420).applyTo(grid);
		Composite bar = new Composite(shell, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(bar);
		status = new Label(bar, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);
		previous = new Button(bar, SWT.PUSH);
		previous.setText("< Previous " + PreviewPage.SIZE);
		next = new Button(bar, SWT.PUSH);
		next.setText("Next " + PreviewPage.SIZE + " >");
		previous.addListener(SWT.Selection, e -> read(Math.max(0, first - PreviewPage.SIZE)));
		next.addListener(SWT.Selection, e -> read(first + PreviewPage.SIZE));
		shell.addListener(SWT.Dispose, e -> {
			if (reading != null) {
				reading.cancel();
			}
		});
	}

	public static void open(Shell parent, Workspace workspace, String dataset, String table) {
		TablePreviewDialog dialog = new TablePreviewDialog(parent, workspace, dataset, table);
		dialog.shell.pack();
		dialog.shell.open();
		dialog.read(0);
	}

	private void read(int from) {
		previous.setEnabled(false);
		next.setEnabled(false);
		status.setText("Reading rows " + (from + 1) + " to " + (from + PreviewPage.SIZE) + "…");
		if (reading != null) {
			reading.cancel();
		}
		PreviewPage page = new PreviewPage(from);
		reading = Job.create("Preview of " + table, (IProgressMonitor monitor) -> {
			try {
				workspace.query(dataset, PreviewPage.sql(table, from), PreviewPage.SIZE + 1, page, monitor);
				shell.getDisplay().asyncExec(() -> show(page));
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			} catch (StoreException | RuntimeException e) {
				shell.getDisplay().asyncExec(() -> failed(e.getMessage()));
			}
			return Status.OK_STATUS;
		});
		reading.schedule();
	}

	private void show(PreviewPage page) {
		if (shell.isDisposed()) {
			return;
		}
		first = page.first();
		grid.setRedraw(false);
		grid.removeAll();
		if (grid.getColumnCount() == 0) {
			for (ResultColumn column : page.columns()) {
				TableColumn header = new TableColumn(grid, column.isNumeric() ? SWT.RIGHT : SWT.LEFT);
				header.setText(column.name());
				header.setWidth(110);
			}
		}
		for (Object[] row : page.rows()) {
			TableItem item = new TableItem(grid, SWT.NONE);
			for (int i = 0; i < row.length; i++) {
				item.setText(i, PreviewText.of(row[i]));
			}
		}
		grid.setRedraw(true);
		status.setText(page.rows().isEmpty() ? "No rows" + (first > 0 ? " after row " + first : "") + "."
				: "Rows " + (first + 1) + " to " + (first + page.rows().size()) + (page.hasMore() ? "; more follow." : "."));
		previous.setEnabled(first > 0);
		next.setEnabled(page.hasMore());
	}

	private void failed(String message) {
		if (!shell.isDisposed()) {
			status.setText("Cannot read " + table + ": " + message);
			previous.setEnabled(first > 0);
		}
	}
}
