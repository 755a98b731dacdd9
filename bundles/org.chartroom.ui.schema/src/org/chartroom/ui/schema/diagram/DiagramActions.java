package org.chartroom.ui.schema.diagram;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.chartroom.core.store.DatasetInfo;
import org.chartroom.diagram.ColumnDisplay;
import org.chartroom.diagram.Diagram;
import org.chartroom.diagram.TableNode;
import org.chartroom.diagram.draw.BoxMetrics;
import org.chartroom.diagram.layout.DiagramLayout;
import org.chartroom.diagram.layout.Neighbourhood;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

/**
 * What a user does to a diagram, from the view's tool bar and the canvas's context menu: zoom,
 * focus on a table and its neighbours, show all, hide, show or hide columns, lay out anew, export.
 */
final class DiagramActions {

	private final DiagramCanvas canvas;
	private final Runnable changed;
	private final Consumer<String> preview;
	private final QueryTableCommand query;
	private final Supplier<Optional<DatasetInfo>> dataset;
	private Spinner hops;

	DiagramActions(DiagramCanvas canvas, Runnable changed, Consumer<String> preview, QueryTableCommand query,
			Supplier<Optional<DatasetInfo>> dataset) {
		this.canvas = canvas;
		this.changed = changed;
		this.preview = preview;
		this.query = query;
		this.dataset = dataset;
	}

	void createToolBar(Composite parent) {
		Composite row = new Composite(parent, SWT.NONE);
		row.setLayout(new org.eclipse.swt.layout.RowLayout(SWT.HORIZONTAL));
		ToolBar bar = new ToolBar(row, SWT.FLAT | SWT.RIGHT);
		item(bar, "Fit", "Zoom to show the whole diagram", canvas::fit);
		item(bar, "+", "Zoom in", () -> canvas.zoomBy(1.25));
		item(bar, "−", "Zoom out", () -> canvas.zoomBy(1 / 1.25));
		new ToolItem(bar, SWT.SEPARATOR);
		item(bar, "Focus", "Show the selected table and its neighbours only", this::focusSelected);
		ToolBar after = new ToolBar(row, SWT.FLAT | SWT.RIGHT);
		hops = new Spinner(row, SWT.BORDER);
		hops.setValues(1, 1, 5, 0, 1, 1);
		hops.setToolTipText("How many foreign keys away a neighbour may be");
		hops.moveBelow(bar);
		after.moveBelow(hops);
		item(after, "Show All", "Show every table again, laid out anew", () -> change(d -> Neighbourhood.showAll(d), true));
		item(after, "Keys", "List the key columns (of the selected table, or of all)", () -> columns(ColumnDisplay.KEYS));
		item(after, "All Columns", "List every column (of the selected table, or of all)", () -> columns(ColumnDisplay.ALL));
		item(after, "Names", "List no column (of the selected table, or of all)", () -> columns(ColumnDisplay.NONE));
		item(after, "Layout", "Lay out the shown tables anew", () -> change(DiagramLayout::layout, true));
		new ToolItem(after, SWT.SEPARATOR);
		item(after, "PNG…", "Export the diagram as a PNG image", () -> export(true));
		item(after, "SVG…", "Export the diagram as an SVG drawing", () -> export(false));
	}

	/** The canvas's context menu, built for the box under the pointer each time it opens. */
	void attachMenu() {
		Menu menu = new Menu(canvas.control());
		canvas.control().setMenu(menu);
		menu.addListener(SWT.Show, e -> {
			for (MenuItem item : menu.getItems()) {
				item.dispose();
			}
			Optional<TableNode> table = canvas.selected();
			if (table.isEmpty()) {
				menuItem(menu, "Fit", canvas::fit);
				menuItem(menu, "Show All Tables", () -> change(d -> Neighbourhood.showAll(d), true));
				return;
			}
			String name = table.get().getName();
			menuItem(menu, "Preview Rows", () -> preview.accept(name));
			if (query.isAvailable()) {
				menuItem(menu, "Query this Table", () -> dataset.get().ifPresent(d -> query.run(d.name(), name)));
			}
			new MenuItem(menu, SWT.SEPARATOR);
			menuItem(menu, "Focus on " + name + " and Neighbours", this::focusSelected);
			menuItem(menu, "Hide " + name, () -> {
				table.get().setVisible(false);
				canvas.select(Optional.empty());
				changed.run();
			});
			new MenuItem(menu, SWT.SEPARATOR);
			menuItem(menu, "List Key Columns", () -> columns(ColumnDisplay.KEYS));
			menuItem(menu, "List All Columns", () -> columns(ColumnDisplay.ALL));
			menuItem(menu, "List No Columns", () -> columns(ColumnDisplay.NONE));
		});
	}

	private void focusSelected() {
		canvas.selected().ifPresent(table -> change(d -> Neighbourhood.focus(d, table.getName(), hops.getSelection()), true));
	}

	/** Sets the column display of the selected box, or of all boxes (then lays them out anew). */
	private void columns(ColumnDisplay display) {
		Optional<TableNode> table = canvas.selected();
		if (table.isPresent()) {
			table.get().setColumnDisplay(display);
			BoxMetrics.resize(table.get());
			DiagramCanvas.straighten(table.get());
			changed.run();
		} else {
			change(d -> {
				d.getTables().forEach(t -> {
					t.setColumnDisplay(display);
					BoxMetrics.resize(t);
				});
				DiagramLayout.layout(d);
			}, true);
		}
	}

	private void change(Consumer<Diagram> change, boolean fit) {
		canvas.diagram().ifPresent(d -> {
			change.accept(d);
			if (fit) {
				canvas.fit();
			}
			changed.run();
		});
	}

	private void export(boolean png) {
		canvas.diagram().ifPresent(d -> new DiagramExport(canvas.control().getShell()).export(d, png));
	}

	private static void item(ToolBar bar, String text, String tip, Runnable action) {
		ToolItem item = new ToolItem(bar, SWT.PUSH);
		item.setText(text);
		item.setToolTipText(tip);
		item.addListener(SWT.Selection, e -> action.run());
	}

	private static void menuItem(Menu menu, String text, Runnable action) {
		MenuItem item = new MenuItem(menu, SWT.PUSH);
		item.setText(text);
		item.addListener(SWT.Selection, e -> action.run());
	}
}
