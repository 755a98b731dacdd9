package org.chartroom.ui.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chartroom.core.store.DatasetInfo;
import org.chartroom.core.store.Workspace;
import org.chartroom.report.FileReportDesign;
import org.chartroom.report.ReportDesign;
import org.chartroom.report.ReportException;
import org.chartroom.report.ReportFormat;
import org.chartroom.report.ReportService;
import org.chartroom.ui.selection.DatasetSelection;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The Report view: pick a report (built-in, contributed, or a .rptdesign from disk) and its
 * parameters, run it on the selected dataset in a job, read the HTML here, export PDF or XLSX.
 */
public final class ReportView {

	public static final String ID = "org.chartroom.ui.views.report";

	/** Event topic whose data is the {@link DatasetInfo} to report on ("Reports…" sends it). */
	public static final String OPEN_TOPIC = "org/chartroom/ui/report/open";

	private static final String OVERVIEW = "overview";

	@Inject
	private Workspace workspace;

	@Inject
	private UISynchronize ui;

	private ReportService reports;
	private final List<ReportDesign> designs = new ArrayList<>();
	private Optional<DatasetInfo> dataset = Optional.empty();

	private Label header;
	private Combo choice;
	private ParameterFields parameters;
	private ReportPreview preview;
	private Button run;
	private boolean disposed;

	@PostConstruct
	void create(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		header = new Label(parent, SWT.WRAP);
		header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayout(new GridLayout(6, false));
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		new Label(bar, SWT.NONE).setText("Report:");
		choice = new Combo(bar, SWT.READ_ONLY);
		choice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		choice.addListener(SWT.Selection, e -> designChosen());
		button(bar, "Open Design…", this::openDesignFile);
		run = button(bar, "Run", () -> run(ReportFormat.HTML, null));
		button(bar, "Export PDF…", () -> export(ReportFormat.PDF));
		button(bar, "Export XLSX…", () -> export(ReportFormat.XLSX));
		parameters = new ParameterFields(parent, workspace);
		parameters.control().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		preview = new ReportPreview(parent);
		preview.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		disposed = false;
		parent.addDisposeListener(e -> disposed = true);
		fillDesigns();
		showDataset();
	}

	private static Button button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}

	@Inject
	void reportsChanged(@Service @org.eclipse.e4.core.di.annotations.Optional ReportService service) {
		reports = service;
		if (choice != null && !choice.isDisposed()) {
			fillDesigns();
		}
	}

	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	void datasetSelected(@Named(IServiceConstants.ACTIVE_SELECTION) DatasetSelection selection) {
		if (selection != null) {
			dataset = Optional.of(selection.dataset());
			showDataset();
		}
	}

	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	void openRequested(@UIEventTopic(OPEN_TOPIC) DatasetInfo requested) {
		dataset = Optional.of(requested);
		showDataset();
	}

	@Focus
	void focus() {
		choice.setFocus();
	}

	private void showDataset() {
		if (header == null || header.isDisposed()) {
			return;
		}
		header.setText(dataset.map(d -> "Dataset " + d.name() + " (" + d.sourceKind() + ")")
				.orElse("Select a dataset in the Datasets view (or use Reports… on it) to run a report on it."));
		run.setEnabled(dataset.isPresent() && !designs.isEmpty());
		parameters.datasetChanged(dataset);
		header.getParent().layout(true, true);
	}

	private void fillDesigns() {
		designs.clear();
		choice.removeAll();
		if (reports == null) {
			preview.say("The report engine (bundle org.chartroom.report) is not running.");
			return;
		}
		for (ReportDesign design : reports.designs()) {
			designs.add(design);
			choice.add(design.name() + " (" + design.id() + ")");
		}
		if (!designs.isEmpty()) {
			// The dataset overview first: it needs no parameter and is where a newcomer starts.
			int overview = designs.stream().map(ReportDesign::id).toList().indexOf(OVERVIEW);
			choice.select(Math.max(0, overview));
			designChosen();
		}
	}

	private Optional<ReportDesign> chosen() {
		int index = choice.getSelectionIndex();
		return index < 0 ? Optional.empty() : Optional.of(designs.get(index));
	}

	private void designChosen() {
		chosen().ifPresent(design -> {
			try {
				parameters.show(reports.parameters(design));
				preview.say(design.description());
			} catch (ReportException e) {
				preview.say(e.getMessage());
			}
		});
	}

	private void openDesignFile() {
		FileDialog dialog = new FileDialog(choice.getShell(), SWT.OPEN);
		dialog.setFilterExtensions(new String[] { "*.rptdesign" });
		String file = dialog.open();
		if (file != null) {
			designs.add(new FileReportDesign(Path.of(file)));
			choice.add(Path.of(file).getFileName().toString());
			choice.select(designs.size() - 1);
			designChosen();
			showDataset();
		}
	}

	private void export(ReportFormat format) {
		FileDialog dialog = new FileDialog(choice.getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*." + format.extension() });
		dialog.setOverwrite(true);
		String file = dialog.open();
		if (file != null) {
			Path target = Path.of(file.endsWith("." + format.extension()) ? file : file + "." + format.extension());
			run(format, target);
		}
	}

	/** Runs the chosen report in a job; HTML into a temporary file shown here, other formats to {@code target}. */
	private void run(ReportFormat format, Path target) {
		Optional<ReportDesign> design = chosen();
		if (design.isEmpty() || dataset.isEmpty() || reports == null) {
			preview.say("Choose a dataset and a report first.");
			return;
		}
		Path file;
		try {
			file = target != null ? target : Files.createTempFile("chartroom-report-", ".html");
		} catch (IOException e) {
			preview.say("Cannot create a file for the report: " + e.getMessage());
			return;
		}
		Map<String, String> values = parameters.values();
		preview.say("Running " + design.get().name() + " on " + dataset.get().name() + "…");
		new ReportJob(reports, workspace, dataset.get(), design.get(), values, format, file, outcome -> ui.asyncExec(() -> {
			if (disposed) {
				return;
			}
			if (!outcome.succeeded()) {
				preview.say(outcome.error());
			} else if (format == ReportFormat.HTML) {
				preview.say(design.get().name() + " on " + dataset.get().name());
				preview.show(outcome.file());
			} else {
				preview.say("Exported " + outcome.file());
			}
		})).schedule();
	}
}
