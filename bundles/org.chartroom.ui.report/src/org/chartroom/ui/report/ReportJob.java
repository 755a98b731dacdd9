package org.chartroom.ui.report;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.function.Consumer;

import org.chartroom.core.store.DatasetInfo;
import org.chartroom.core.store.StoreException;
import org.chartroom.core.store.Workspace;
import org.chartroom.report.ReportDesign;
import org.chartroom.report.ReportException;
import org.chartroom.report.ReportFormat;
import org.chartroom.report.ReportService;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Runs one report into a file, off the UI thread. The file appears only when the report is done;
 * the callback hears the file or the error message.
 */
final class ReportJob extends Job {

	/** What a run ended with: the written file, or why there is none. */
	record Outcome(Path file, String error) {
		boolean succeeded() {
			return error == null;
		}
	}

	private final ReportService reports;
	private final Workspace workspace;
	private final DatasetInfo dataset;
	private final ReportDesign design;
	private final Map<String, String> parameters;
	private final ReportFormat format;
	private final Path target;
	private final Consumer<Outcome> done;

	ReportJob(ReportService reports, Workspace workspace, DatasetInfo dataset, ReportDesign design, Map<String, String> parameters,
			ReportFormat format, Path target, Consumer<Outcome> done) {
		super("Report " + design.name() + " on " + dataset.name());
		this.reports = reports;
		this.workspace = workspace;
		this.dataset = dataset;
		this.design = design;
		this.parameters = Map.copyOf(parameters);
		this.format = format;
		this.target = target;
		this.done = done;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
		Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
		try {
			try (OutputStream out = Files.newOutputStream(partial)) {
				reports.run(workspace, dataset.name(), design, parameters, format, out, monitor);
			}
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
			done.accept(new Outcome(target, null));
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			done.accept(new Outcome(null, "The report was cancelled."));
			return Status.CANCEL_STATUS;
		} catch (ReportException | StoreException e) {
			done.accept(new Outcome(null, e.getMessage()));
			return Status.OK_STATUS; // the view shows the message; no error dialog on top of it
		} catch (Exception e) {
			done.accept(new Outcome(null, "The report failed: " + e));
			return Status.error("The report failed", e);
		} finally {
			try {
				Files.deleteIfExists(partial);
			} catch (Exception e) {
				// a stray partial file in the temp or chosen folder; nothing the user had is touched
			}
			monitor.done();
		}
	}
}
