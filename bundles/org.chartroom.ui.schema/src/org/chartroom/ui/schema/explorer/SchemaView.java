package org.chartroom.ui.schema.explorer;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.chartroom.core.connector.Connector;
import org.chartroom.core.store.DatasetInfo;
import org.chartroom.core.store.Workspace;
import org.chartroom.model.warehouse.Dataset;
import org.chartroom.ui.schema.SchemaParts;
import org.chartroom.ui.schema.SchemaSource;
import org.chartroom.ui.schema.preview.TablePreviewDialog;
import org.chartroom.ui.selection.DatasetSelection;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The schema of a dataset as a tree: tables, their columns (type, key, nullable, semantic role,
 * description) and their foreign keys both ways; a search box filters it. Double-click a table to
 * preview its first rows, a foreign key to go to the table at its other end.
 */
public final class SchemaView {

	private static final String[] HEADERS = { "Name", "Type", "Key", "Nullable", "Role", "Description" };
	private static final int[] WIDTHS = { 260, 110, 50, 65, 110, 420 };

	@Inject
	private Workspace workspace;

	@Inject
	private UISynchronize ui;

	private volatile List<Connector> connectors = List.of();
	private Label title;
	private Text search;
	private TreeViewer tree;
	private final SchemaSearch filter = new SchemaSearch();
	private Optional<DatasetInfo> dataset = Optional.empty();
	private Job loading;

	@PostConstruct
	void create(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
		title = new Label(parent, SWT.NONE);
		title.setText("Select a dataset in the Datasets view, then Open Schema.");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
		search = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		search.setMessage("Search tables, columns, roles and descriptions");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(search);
		tree = new TreeViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		tree.getTree().setHeaderVisible(true);
		tree.getTree().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tree.getControl());
		for (int i = 0; i < HEADERS.length; i++) {
			int index = i;
			TreeViewerColumn column = new TreeViewerColumn(tree, SWT.LEFT);
			column.getColumn().setText(HEADERS[i]);
			column.getColumn().setWidth(WIDTHS[i]);
			column.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return element instanceof SchemaRow row ? row.cells()[index] : "";
				}
			});
		}
		tree.setContentProvider(new SchemaTreeContent());
		tree.setFilters(filter);
		search.addModifyListener(e -> {
			if (filter.set(search.getText())) {
				tree.refresh();
				if (filter.isActive()) {
					tree.expandToLevel(2);
				}
			}
		});
		tree.addDoubleClickListener(e -> opened(((IStructuredSelection) e.getSelection()).getFirstElement()));
	}

	@PreDestroy
	void dispose() {
		if (loading != null) {
			loading.cancel();
		}
	}

	@Inject
	void connectorsChanged(@Service List<Connector> installed) {
		connectors = List.copyOf(installed);
	}

	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	void selected(@Named(IServiceConstants.ACTIVE_SELECTION) DatasetSelection selection) {
		if (selection != null && tree != null) {
			load(selection.dataset());
		}
	}

	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	void opened(@UIEventTopic(SchemaParts.TOPIC_SCHEMA) DatasetSelection selection) {
		if (selection != null && tree != null && !tree.getControl().isDisposed()) {
			load(selection.dataset());
		}
	}

	@Focus
	void focus() {
		search.setFocus();
	}

	private void load(DatasetInfo wanted) {
		if (dataset.equals(Optional.of(wanted))) {
			return;
		}
		dataset = Optional.of(wanted);
		if (loading != null) {
			loading.cancel();
		}
		title.setText("Reading the schema of " + wanted.name() + "…");
		List<Connector> installed = connectors;
		loading = Job.create("Schema of " + wanted.name(), (IProgressMonitor monitor) -> {
			try {
				Dataset schema = SchemaSource.of(workspace.directory(), wanted, installed);
				ui.asyncExec(() -> show(wanted, schema));
			} catch (IOException | RuntimeException e) {
				ui.asyncExec(() -> {
					if (!title.isDisposed() && dataset.equals(Optional.of(wanted))) {
						title.setText("No schema of " + wanted.name() + ": " + e.getMessage());
						tree.setInput(List.of());
					}
				});
			}
			return Status.OK_STATUS;
		});
		loading.schedule();
	}

	private void show(DatasetInfo shown, Dataset schema) {
		if (tree.getControl().isDisposed() || !dataset.equals(Optional.of(shown))) {
			return;
		}
		int keys = schema.getTables().stream().mapToInt(t -> t.getForeignKeys().size()).sum();
		title.setText(shown.name() + " (" + schema.getSourceKind() + "): " + schema.getTables().size() + " tables, " + keys
				+ " foreign keys. Double-click a table to preview its rows.");
		tree.setInput(schema.getTables().stream().map(t -> (SchemaRow) new SchemaRow.TableRow(schema, t)).toList());
		title.getParent().layout();
	}

	private void opened(Object row) {
		switch (row) {
		case SchemaRow.TableRow table -> dataset.ifPresent(
				d -> TablePreviewDialog.open(tree.getControl().getShell(), workspace, d.name(), table.table().getName()));
		case SchemaRow.KeyRow key -> reveal(key.otherTable());
		case null, default -> {
		}
		}
	}

	private void reveal(String table) {
		if (tree.getInput() instanceof List<?> rows) {
			rows.stream().filter(r -> r instanceof SchemaRow.TableRow t && t.table().getName().equals(table)).findFirst()
					.ifPresent(r -> {
						tree.setSelection(new StructuredSelection(r), true);
						tree.setExpandedState(r, true);
					});
		}
	}

	/** For tests: the tree. */
	public TreeViewer viewer() {
		return tree;
	}
}
