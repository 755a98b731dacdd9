package org.chartroom.ui.imports;

import java.io.IOException;
import java.util.Locale;

import org.chartroom.core.imports.DatasetImport;
import org.chartroom.core.imports.ImportListener;
import org.chartroom.core.imports.ImportResult;
import org.chartroom.core.imports.TableLoad;
import org.chartroom.core.store.DatasetExistsException;
import org.chartroom.core.store.StoreException;
import org.chartroom.core.store.Workspace;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.ui.progress.IProgressConstants;

/**
 * Runs an import in the background as a user job: its progress (the table being loaded, then
 * indexed) shows in the Progress view and the status line, and it can be cancelled. Imports run
 * one at a time; the outcome goes to an {@link ImportReport}.
 */
public final class ImportJob extends Job {

	/** The family of every import job, e.g. to cancel them all when the workbench closes. */
	public static final Object FAMILY = ImportJob.class;

	private static final ISchedulingRule ONE_AT_A_TIME = new ISchedulingRule() {
		@Override
		public boolean contains(ISchedulingRule rule) {
			return rule == this;
		}

		@Override
		public boolean isConflicting(ISchedulingRule rule) {
			return rule == this;
		}
	};

	private final ImportWork work;
	private final ImportReport report;

	public ImportJob(String name, ImportWork work, ImportReport report) {
		super(name);
		this.work = work;
		this.report = report;
		setUser(true);
		setRule(ONE_AT_A_TIME);
		// The report shows a failure in plain words; no workbench pop-up with a stack trace.
		setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
		// Cancelled while running or while still waiting for an earlier import: the same note.
		addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (event.getResult().getSeverity() == IStatus.CANCEL) {
					report.cancelled();
				}
			}
		});
	}

	/** The job for what the import wizard asked. */
	public static ImportJob of(Workspace workspace, ImportRequest request, ImportReport report) {
		return new ImportJob("Importing " + request.name(), (listener, monitor) -> new DatasetImport(workspace,
				request.connector()).run(request.name(), request.source(), request.replace(), listener, monitor),
				report);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			ImportResult result = work.run(progressOf(monitor), monitor);
			report.imported(result);
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (DatasetExistsException e) { // taken after the wizard checked the name
			String message = "A dataset named '" + e.datasetName() + "' appeared while the import was starting. "
					+ "Import again and tick \"Replace the existing dataset\" to replace it.";
			report.failed(message);
			return Status.error(message);
		} catch (StoreException | IOException e) {
			report.failed(e.getMessage());
			// The message says it all (file, line, column, value): no stack trace in the Progress view.
			return Status.error(e.getMessage());
		} catch (RuntimeException e) {
			ILog.of(ImportJob.class).error(getName() + " failed", e);
			report.failed(String.valueOf(e));
			return Status.error(getName() + " failed: " + e, e);
		} finally {
			monitor.done();
		}
	}

	/** Each loaded table as a line under the job in the Progress view. */
	private static ImportListener progressOf(IProgressMonitor monitor) {
		return new ImportListener() {
			@Override
			public void tableLoaded(TableLoad load) {
				monitor.subTask(String.format(Locale.getDefault(Locale.Category.FORMAT), "%s: %,d rows loaded",
						load.table(), load.rows()));
			}
		};
	}
}
