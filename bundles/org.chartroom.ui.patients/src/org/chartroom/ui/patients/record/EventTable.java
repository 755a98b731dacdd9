package org.chartroom.ui.patients.record;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.chartroom.core.patients.EventSeries;
import org.chartroom.core.patients.TimelineEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * The events of one event table: a virtual table (rows are filled as they scroll into view, so tens of
 * thousands of chart events open at once), sorted by a click on a header, exported to CSV as sorted.
 */
final class EventTable {

	private final Composite control;
	private final Table table;
	private final String name;
	private List<TimelineEvent> rows;

	EventTable(Composite parent, EventSeries series) {
		this.name = series.table();
		this.rows = new ArrayList<>(series.events());
		control = new Composite(parent, SWT.NONE);
		control.setLayout(new GridLayout(2, false));
		Label count = new Label(control, SWT.NONE);
		count.setText(String.format("%,d %s events of %s", rows.size(), series.domain(), series.table()));
		count.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Button export = new Button(control, SWT.PUSH);
		export.setText("Export CSV…");
		export.addListener(SWT.Selection, e -> export());

		table = new Table(control, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		for (EventText column : EventText.values()) {
			TableColumn tableColumn = new TableColumn(table, column == EventText.VALUE ? SWT.RIGHT : SWT.LEFT);
			tableColumn.setText(column.header);
			tableColumn.setWidth(switch (column) {
			case TIME, END -> 140;
			case LABEL, TEXT -> 220;
			default -> 80;
			});
			tableColumn.addListener(SWT.Selection, e -> sort(tableColumn, column));
		}
		table.addListener(SWT.SetData, e -> {
			TableItem item = (TableItem) e.item;
			TimelineEvent event = rows.get(table.indexOf(item));
			EventText[] columns = EventText.values();
			for (int i = 0; i < columns.length; i++) {
				item.setText(i, oneLine(columns[i].text.apply(event)));
			}
		});
		table.setItemCount(rows.size());
	}

	Composite control() {
		return control;
	}

	private void sort(TableColumn column, EventText by) {
		boolean descending = table.getSortColumn() == column && table.getSortDirection() == SWT.UP;
		table.setSortColumn(column);
		table.setSortDirection(descending ? SWT.DOWN : SWT.UP);
		Comparator<TimelineEvent> order = descending ? by.order.reversed() : by.order;
		rows = rows.stream().sorted(order).toList();
		table.clearAll();
	}

	private void export() {
		FileDialog dialog = new FileDialog(control.getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.csv" });
		dialog.setFileName(name + ".csv");
		dialog.setOverwrite(true);
		String file = dialog.open();
		if (file == null) {
			return;
		}
		try {
			EventCsv.write(Path.of(file), rows);
		} catch (IOException e) {
			MessageDialog.openError(control.getShell(), "Export CSV", "Could not write " + file + ": " + e.getMessage());
		}
	}

	/** Notes span many lines; a cell shows the first part of the text on one. */
	private static String oneLine(String text) {
		String line = text.replaceAll("\\s+", " ");
		return line.length() > 300 ? line.substring(0, 299) + "…" : line;
	}
}
