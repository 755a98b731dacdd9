package org.chartroom.examples.hospital.ui;

import java.util.List;

import org.chartroom.core.patients.PatientSummary;
import org.chartroom.core.patients.Timeline;
import org.chartroom.ui.patients.panels.PatientPanelView;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** A table of {@link VitalSignSummary} rows, refilled for each patient the browser shows. */
final class VitalSignsTable implements PatientPanelView {

	private static final List<String> COLUMNS = List.of("Vital sign", "Readings", "Lowest", "Highest", "Latest", "Unit");

	private final Table table;

	VitalSignsTable(Composite parent) {
		table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String title : COLUMNS) {
			TableColumn column = new TableColumn(table, title.equals("Vital sign") ? SWT.LEFT : SWT.RIGHT);
			column.setText(title);
			column.setWidth(title.equals("Vital sign") ? 220 : 90);
		}
	}

	@Override
	public Control control() {
		return table;
	}

	@Override
	public void show(PatientSummary patient, Timeline timeline) {
		table.removeAll();
		for (VitalSignSummary vital : VitalSignSummary.of(timeline, "vital")) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { vital.name(), Integer.toString(vital.readings()), number(vital.lowest()),
					number(vital.highest()), number(vital.latest()), vital.unit() });
		}
	}

	private static String number(double value) {
		return value == Math.rint(value) ? Long.toString((long) value) : String.format("%.1f", value);
	}
}
