package org.chartroom.ui.views;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.chartroom.ui.datasets.DatasetItem;
import org.chartroom.ui.selection.DatasetSelection;
import org.chartroom.ui.views.FolderNode.ItemRow;

import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.viewers.CellLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.window.ToolTip;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;

/**
 * The datasets as a tree, each with its tables: Name, Source / Rows (a dataset's kind, a table's
 * row count), Created. The tool tip of a row is the schema's description of it.
 */
final class DatasetsTree {

	private final Composite control;
	private final TreeViewer viewer;
	private final TreeColumnLayout columns = new TreeColumnLayout();
	private List<DatasetNode> nodes = List.of();
	private Set<String> expandedFolders = Set.of();

	DatasetsTree(Composite parent) {
		control = new Composite(parent, SWT.NONE);
		control.setLayout(columns);
		viewer = new TreeViewer(control, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		Tree tree = viewer.getTree();
		tree.setHeaderVisible(true);
		tree.setLinesVisible(true);
		DatasetsLabels labels = new DatasetsLabels();
		column("Name", 45, SWT.LEFT, labels.name());
		column("Source / Rows", 25, SWT.RIGHT, labels.sourceOrRows());
		column("Created", 30, SWT.LEFT, labels.created());
		tree.addDisposeListener(event -> labels.dispose());
		viewer.setContentProvider(new Content());
		ColumnViewerToolTipSupport.enableFor(viewer, ToolTip.NO_RECREATE);
	}

	Control control() {
		return control;
	}

	/** The tree widget itself, which carries the context menu. */
	Control treeControl() {
		return viewer.getTree();
	}

	/** Shows these datasets, keeping open those that were open before. */
	void show(List<DatasetNode> datasets) {
		Set<String> expanded = Arrays.stream(viewer.getExpandedElements())
				.map(DatasetsTree::key)
				.collect(Collectors.toSet());
		nodes = List.copyOf(datasets);
		viewer.setInput(nodes);
		viewer.setExpandedElements(nodes.stream().filter(node -> expanded.contains(node.key())).toArray());
		expandedFolders = expanded;
	}

	/** The dataset of that name (case-insensitive), if the tree shows it. */
	Optional<DatasetNode> find(String dataset) {
		return nodes.stream().filter(node -> node.name().equalsIgnoreCase(dataset)).findFirst();
	}

	/**
	 * Tells the consumer what is selected whenever that changes: a dataset (or a folder of it) or a table
	 * as a {@link DatasetSelection}, a folder's item as a {@link DatasetItem}, or nothing.
	 */
	void onSelection(Consumer<Optional<Object>> consumer) {
		viewer.addSelectionChangedListener(event -> consumer.accept(selected()));
	}

	/** Tells the consumer of a double-clicked folder item. */
	void onOpen(Consumer<ItemRow> consumer) {
		viewer.addDoubleClickListener(event -> {
			if (viewer.getStructuredSelection().getFirstElement() instanceof ItemRow item) {
				consumer.accept(item);
			}
		});
	}

	/** The dataset, table or folder item selected, if any. */
	Optional<Object> selected() {
		Object element = viewer.getStructuredSelection().getFirstElement();
		if (element instanceof DatasetNode node) {
			return Optional.of(new DatasetSelection(node.row().info(), Optional.empty()));
		}
		if (element instanceof FolderNode folder) {
			return Optional.of(new DatasetSelection(folder.dataset(), Optional.empty()));
		}
		if (element instanceof ItemRow item) {
			return Optional.of(new DatasetItem(item.dataset(), item.folder().name(), item.name()));
		}
		if (element instanceof TableRow table) {
			return find(table.dataset()).map(node -> new DatasetSelection(node.row().info(), Optional.of(table.info().name())));
		}
		return Optional.empty();
	}

	/** Shows the changed children of a dataset. */
	void update(DatasetNode node) {
		viewer.refresh(node, true);
	}

	/** Shows the changed items of a folder, opening it again if it was open before the refresh. */
	void update(FolderNode folder) {
		viewer.refresh(folder, true);
		if (expandedFolders.contains(folder.key())) {
			viewer.setExpandedState(folder, true);
		}
	}

	/** The identity of an open element that survives a refresh. */
	private static String key(Object element) {
		return switch (element) {
		case DatasetNode node -> node.key();
		case FolderNode folder -> folder.key();
		default -> "";
		};
	}

	/** Selects a dataset and opens it, so that its tables show. */
	void reveal(DatasetNode node) {
		viewer.setExpandedState(node, true);
		viewer.setSelection(new StructuredSelection(node), true);
	}

	void setFocus() {
		viewer.getTree().setFocus();
	}

	private void column(String title, int weight, int alignment, CellLabelProvider label) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, alignment);
		column.getColumn().setText(title);
		column.getColumn().setResizable(true);
		column.setLabelProvider(label);
		columns.setColumnData(column.getColumn(), new ColumnWeightData(weight, 80, true));
	}

	/** Datasets at the top, their tables (or a placeholder) below them. */
	private static final class Content implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			return ((List<?>) input).toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return switch (parent) {
			case DatasetNode node -> node.children().toArray();
			case FolderNode folder -> folder.children().toArray();
			default -> new Object[0];
			};
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof DatasetNode node && node.hasChildren() || element instanceof FolderNode;
		}
	}
}
