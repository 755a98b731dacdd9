package org.chartroom.ui.views;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import org.chartroom.core.store.DatasetInfo;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;

/** The datasets as a table: Name, Source, Tables, Created. */
final class DatasetsTable {

	private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Composite control;
	private final TableViewer viewer;
	private final TableColumnLayout columns = new TableColumnLayout();

	DatasetsTable(Composite parent) {
		control = new Composite(parent, SWT.NONE);
		control.setLayout(columns);
		viewer = new TableViewer(control, SWT.MULTI | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		column("Name", 35, SWT.LEFT, DatasetInfo::name);
		column("Source", 20, SWT.LEFT, DatasetInfo::sourceKind);
		column("Tables", 12, SWT.RIGHT, dataset -> Integer.toString(dataset.tableCount()));
		column("Created", 33, SWT.LEFT,
				dataset -> CREATED.format(dataset.createdAt().atZone(ZoneId.systemDefault())));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
	}

	Composite control() {
		return control;
	}

	void show(List<DatasetInfo> datasets) {
		viewer.setInput(datasets);
	}

	private void column(String title, int weight, int alignment, Function<DatasetInfo, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, alignment);
		column.getColumn().setText(title);
		column.getColumn().setResizable(true);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((DatasetInfo) element);
			}
		});
		columns.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60, true));
	}
}
