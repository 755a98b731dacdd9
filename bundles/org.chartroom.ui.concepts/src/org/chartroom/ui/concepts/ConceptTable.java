package org.chartroom.ui.concepts;

import java.text.NumberFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.chartroom.core.concepts.Concept;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/**
 * The matching concepts, in the search's ranking until a column header is clicked; clicking it again
 * turns the order round.
 */
final class ConceptTable {

	private static final NumberFormat COUNT = NumberFormat.getIntegerInstance(Locale.ROOT);

	private final Composite control;
	private final TableViewer viewer;
	private final Sorter sorter = new Sorter();

	ConceptTable(Composite parent, Consumer<Optional<Concept>> selected) {
		control = new Composite(parent, SWT.NONE);
		TableColumnLayout layout = new TableColumnLayout();
		control.setLayout(layout);
		viewer = new TableViewer(control, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(layout, "Label", 40, false, Concept::label, Comparator.comparing(c -> c.label().strip(), String.CASE_INSENSITIVE_ORDER));
		column(layout, "Code", 12, false, Concept::code, Comparator.comparing(Concept::code));
		column(layout, "Dictionary", 16, false, Concept::dictionary, Comparator.comparing(Concept::dictionary));
		column(layout, "Domain", 18, false, Concept::category, Comparator.comparing(Concept::category));
		column(layout, "Patients", 9, true, c -> COUNT.format(c.patients()), Comparator.comparingLong(Concept::patients));
		column(layout, "Rows", 10, true, c -> COUNT.format(c.rows()), Comparator.comparingLong(Concept::rows));
		viewer.setComparator(sorter);
		viewer.addSelectionChangedListener(e -> selected.accept(
				Optional.ofNullable((Concept) ((IStructuredSelection) e.getSelection()).getFirstElement())));
	}

	private void column(TableColumnLayout layout, String title, int weight, boolean right, Function<Concept, String> text,
			Comparator<Concept> order) {
		TableViewerColumn column = new TableViewerColumn(viewer, right ? SWT.RIGHT : SWT.LEFT);
		TableColumn header = column.getColumn();
		header.setText(title);
		header.setMoveable(true);
		layout.setColumnData(header, new ColumnWeightData(weight, 50));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Concept) element);
			}
		});
		header.addListener(SWT.Selection, e -> sorter.sortBy(header, order));
	}

	Composite control() {
		return control;
	}

	Table table() {
		return viewer.getTable();
	}

	/** Shows new results in their ranking; a column sort chosen before still applies. */
	void show(List<Concept> concepts) {
		viewer.setInput(concepts);
	}

	/** Sorts by the clicked column; none until a header is clicked, so the ranking shows. */
	private final class Sorter extends ViewerComparator {

		private TableColumn column;
		private Comparator<Concept> order;
		private boolean descending;

		void sortBy(TableColumn clicked, Comparator<Concept> columnOrder) {
			descending = clicked == column ? !descending : (clicked.getStyle() & SWT.RIGHT) != 0; // numbers start with the largest
			column = clicked;
			order = columnOrder;
			Table table = viewer.getTable();
			table.setSortColumn(clicked);
			table.setSortDirection(descending ? SWT.DOWN : SWT.UP);
			viewer.refresh();
		}

		@Override
		public int compare(Viewer v, Object a, Object b) {
			if (order == null) {
				return 0; // the ranking (the sort is stable)
			}
			int result = order.compare((Concept) a, (Concept) b);
			return descending ? -result : result;
		}
	}
}
