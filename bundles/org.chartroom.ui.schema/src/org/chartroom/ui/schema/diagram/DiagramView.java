package org.chartroom.ui.schema.diagram;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.chartroom.core.connector.Connector;
import org.chartroom.core.store.DatasetInfo;
import org.chartroom.core.store.Workspace;
import org.chartroom.diagram.Diagram;
import org.chartroom.diagram.io.DiagramFiles;
import org.chartroom.ui.schema.SchemaParts;
import org.chartroom.ui.schema.SchemaSource;
import org.chartroom.ui.schema.preview.TablePreviewDialog;
import org.chartroom.ui.selection.DatasetSelection;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The entity-relationship diagram of a dataset, drawn on a canvas: the dataset the Datasets view
 * selects, or the one "Open Diagram" names. The diagram is read (or built and laid out) in a job,
 * and saved in the workspace whenever the user changes it.
 */
public final class DiagramView {

	/** Marks the canvas for tests and tools: its data under this key is the shown {@link Diagram}. */
	public static final String CANVAS_KEY = "org.chartroom.ui.schema.diagram";

	@Inject
	private Workspace workspace;

	@Inject
	private UISynchronize ui;

	@Inject
	private ECommandService commands;

	@Inject
	private EHandlerService handlers;

	private volatile List<Connector> connectors = List.of();
	private DiagramCanvas canvas;
	private Label status;
	private Optional<DatasetInfo> dataset = Optional.empty();
	private Job loading;

	@PostConstruct
	void create(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(parent);
		Composite bar = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 2).applyTo(bar);
		canvas = new DiagramCanvas(parent, this::save);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(canvas.control());
		DiagramActions actions = new DiagramActions(canvas, this::save, this::preview, new QueryTableCommand(commands, handlers),
				() -> dataset);
		actions.createToolBar(bar);
		status = new Label(bar, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.END, SWT.CENTER).applyTo(status);
		status.setText("Select a dataset in the Datasets view, then Open Diagram.");
		actions.attachMenu();
		canvas.onOpen(table -> preview(table.getName()));
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
		if (selection != null && canvas != null) {
			load(selection.dataset());
		}
	}

	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	void opened(@UIEventTopic(SchemaParts.TOPIC_DIAGRAM) DatasetSelection selection) {
		if (selection != null && canvas != null && !canvas.control().isDisposed()) {
			load(selection.dataset());
		}
	}

	@Focus
	void focus() {
		canvas.control().setFocus();
	}

	private void load(DatasetInfo wanted) {
		if (dataset.filter(d -> d.name().equalsIgnoreCase(wanted.name()) && d.createdAt().equals(wanted.createdAt())).isPresent()) {
			return;
		}
		dataset = Optional.of(wanted);
		if (loading != null) {
			loading.cancel();
		}
		status.setText("Laying out the diagram of " + wanted.name() + "…");
		status.getParent().layout();
		List<Connector> installed = connectors;
		loading = Job.create("Diagram of " + wanted.name(), (IProgressMonitor monitor) -> {
			try {
				Diagram diagram = new DiagramFiles(workspace.directory()).openOrBuild(wanted.name(),
						SchemaSource.of(workspace.directory(), wanted, installed));
				ui.asyncExec(() -> shown(wanted, diagram));
				return Status.OK_STATUS;
			} catch (IOException | RuntimeException e) {
				ui.asyncExec(() -> failed(wanted, e.getMessage()));
				return Status.OK_STATUS; // said in the view; not a dialog
			}
		});
		loading.setSystem(false);
		loading.schedule();
	}

	private void shown(DatasetInfo shownDataset, Diagram diagram) {
		if (canvas.control().isDisposed() || !dataset.equals(Optional.of(shownDataset))) {
			return;
		}
		canvas.control().setData(CANVAS_KEY, diagram);
		canvas.show(diagram);
		status.setText(shownDataset.name() + ": " + diagram.getTables().size() + " tables, " + diagram.getEdges().size()
				+ " foreign keys. Drag boxes to arrange them; double-click one to preview its rows.");
		status.getParent().layout();
	}

	private void failed(DatasetInfo failedDataset, String message) {
		if (!status.isDisposed() && dataset.equals(Optional.of(failedDataset))) {
			status.setText("No diagram of " + failedDataset.name() + ": " + message);
			status.getParent().layout();
		}
	}

	private void save() {
		canvas.diagram().ifPresent(diagram -> {
			try {
				new DiagramFiles(workspace.directory()).save(diagram);
			} catch (IOException e) {
				status.setText("The diagram could not be saved: " + e.getMessage());
				status.getParent().layout();
			}
		});
		canvas.redraw();
	}

	private void preview(String table) {
		dataset.ifPresent(d -> TablePreviewDialog.open(canvas.control().getShell(), workspace, d.name(), table));
	}
}
