package org.chartroom.ui.views;

import java.util.List;
import java.util.Optional;

import org.chartroom.core.connector.Connector;
import org.chartroom.core.generate.DataGenerator;
import org.chartroom.core.store.Workspace;
import org.chartroom.ui.ChartroomCommands;
import org.chartroom.ui.datasets.DatasetFolder;
import org.chartroom.ui.datasets.DatasetItem;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The datasets of the open workspace: a tree of datasets and their tables, or the welcome of an
 * empty workspace, or why the datasets cannot be listed; above them, the report of the last
 * import. The store is asked in a {@link ListDatasetsJob}, never on the UI thread. The selected
 * dataset or table is the workbench selection, as a {@link org.chartroom.ui.selection.DatasetSelection};
 * the tree's context menu is {@code popup:org.chartroom.ui.views.datasets}.
 */
public final class DatasetsView {

	public static final String ID = "org.chartroom.ui.views.datasets";

	@Inject
	private Workspace workspace;

	@Inject
	private UISynchronize ui;

	@Inject
	private ECommandService commands;

	@Inject
	private EHandlerService handlers;

	@Inject
	private ESelectionService selection;

	private volatile List<Connector> connectors = List.of();
	private volatile List<DatasetFolder> folders = List.of();
	private volatile boolean generatorInstalled;

	private Composite pages;
	private StackLayout stack;
	private ImportNotice notice;
	private DatasetsMessage message;
	private DatasetsTree tree;
	private ListDatasetsJob listing;
	private int listings;
	private Optional<String> toReveal = Optional.empty();

	@PostConstruct
	void create(Composite parent, MPart part, EModelService models) {
		PartToolBar.ensure(part, models);
		GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(parent);
		notice = new ImportNotice(parent);
		pages = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(pages);
		stack = new StackLayout();
		pages.setLayout(stack);
		message = new DatasetsMessage(pages, () -> execute(ChartroomCommands.IMPORT_DATASET),
				() -> execute(ChartroomCommands.GENERATE_DEMO));
		message.offerGenerator(generatorInstalled);
		tree = new DatasetsTree(pages);
		// Other bundles open their views on the selected dataset from this menu and read the selection.
		ContextMenu.attach(tree.treeControl(), ID);
		tree.onSelection(chosen -> selection.setSelection(chosen.orElse(null)));
		tree.onOpen(item -> {
			selection.setSelection(new DatasetItem(item.dataset(), item.folder().name(), item.name()));
			execute(item.folder().openCommand());
		});
		message.showListing();
		show(message.control());
		refresh();
	}

	@PreDestroy
	void dispose() {
		if (listing != null) {
			listing.cancel();
		}
	}

	/** The connectors describe the tables; they may come and go while the view is open. */
	@Inject
	void connectorsChanged(@Service List<Connector> installed) {
		connectors = List.copyOf(installed);
	}

	/** Other bundles' folders under each dataset (saved cohorts, say): shown from the next listing on. */
	@Inject
	void foldersChanged(@Service List<DatasetFolder> installed) {
		folders = List.copyOf(installed);
		if (pages != null) {
			ui.asyncExec(() -> {
				if (!pages.isDisposed()) {
					refresh();
				}
			});
		}
	}

	@Inject
	void generatorsChanged(@Service List<DataGenerator> installed) {
		generatorInstalled = !installed.isEmpty();
		if (message != null) {
			ui.asyncExec(() -> {
				if (!pages.isDisposed()) {
					message.offerGenerator(generatorInstalled);
				}
			});
		}
	}

	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	void refreshRequested(@UIEventTopic(DatasetsTopics.REFRESH) Object request) {
		if (pages != null && !pages.isDisposed()) {
			refresh();
		}
	}

	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	void imported(@UIEventTopic(DatasetsTopics.IMPORTED) DatasetImported imported) {
		if (pages != null && !pages.isDisposed()) {
			notice.show(imported);
			toReveal = Optional.of(imported.dataset());
			refresh();
		}
	}

	@Focus
	void focus() {
		if (stack.topControl == tree.control()) {
			tree.setFocus();
		} else {
			stack.topControl.setFocus();
		}
	}

	private void refresh() {
		if (listing != null) {
			listing.cancel();
		}
		int generation = ++listings;
		List<DatasetFolder> contributed = folders;
		listing = new ListDatasetsJob(workspace, new SchemaDescriptions(connectors), contributed, step -> ui.asyncExec(() -> {
			// A listing that a newer one replaced has nothing more to say.
			if (!pages.isDisposed() && generation == listings) {
				present(step);
			}
		}));
		listing.schedule();
	}

	private void present(DatasetListing step) {
		switch (step) {
		case DatasetListing.Listed listed when listed.datasets().isEmpty() -> {
			message.showEmpty();
			show(message.control());
		}
		case DatasetListing.Listed listed -> {
			tree.show(listed.datasets().stream()
					.map(row -> new DatasetNode(row, folders.stream().map(folder -> new FolderNode(row.info(), folder)).toList()))
					.toList());
			show(tree.control());
			toReveal.flatMap(tree::find).ifPresent(node -> {
				tree.reveal(node);
				toReveal = Optional.empty();
			});
		}
		case DatasetListing.TablesListed tables -> tree.find(tables.dataset()).ifPresent(node -> {
			node.tablesListed(tables.tables());
			tree.update(node);
		});
		case DatasetListing.TablesFailed failed -> tree.find(failed.dataset()).ifPresent(node -> {
			node.tablesFailed(failed.message());
			tree.update(node);
		});
		case DatasetListing.FolderListed listed -> tree.find(listed.dataset()).flatMap(node -> node.folder(listed.folder()))
				.ifPresent(folder -> {
					listed.failure().ifPresentOrElse(folder::failed, () -> folder.listed(listed.items()));
					tree.update(folder);
				});
		case DatasetListing.Failed failed -> {
			message.showFailure(failed.message());
			show(message.control());
		}
		}
	}

	private void show(Control page) {
		stack.topControl = page;
		pages.layout(true, true);
	}

	private void execute(String commandId) {
		ParameterizedCommand command = commands.createCommand(commandId, null);
		handlers.executeHandler(command);
	}
}
