package org.chartroom.ui.patients;

import java.util.function.Consumer;

import org.chartroom.core.store.StoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;

/**
 * Reads in a background job and hands the result to the UI thread, unless the control is gone or a
 * newer read of the same kind has started meanwhile (the caller cancels the previous job).
 */
public final class UiJobs {

	/** What a job reads. */
	@FunctionalInterface
	public interface Read<T> {
		T run(IProgressMonitor monitor) throws StoreException;
	}

	private UiJobs() {
	}

	/**
	 * @param owner    the control the result is for; the result is dropped when it is disposed
	 * @param done     gets the result on the UI thread
	 * @param failed   gets the error message on the UI thread
	 * @return the scheduled job, to cancel when a newer read replaces it
	 */
	public static <T> Job read(String name, Control owner, Read<T> read, Consumer<T> done, Consumer<String> failed) {
		Job job = Job.create(name, monitor -> {
			try {
				T result = read.run(monitor);
				if (!monitor.isCanceled()) {
					deliver(owner, () -> done.accept(result));
				}
				return Status.OK_STATUS;
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			} catch (StoreException | RuntimeException e) {
				if (!monitor.isCanceled()) {
					deliver(owner, () -> failed.accept(e.getMessage() == null ? e.toString() : e.getMessage()));
				}
				return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
			}
		});
		job.setPriority(Job.SHORT);
		job.schedule();
		return job;
	}

	private static void deliver(Control owner, Runnable work) {
		if (owner.isDisposed()) {
			return;
		}
		owner.getDisplay().asyncExec(() -> {
			if (!owner.isDisposed()) {
				work.run();
			}
		});
	}

	/** A cancelled job's status, for callers that check. */
	static boolean cancelled(IStatus status) {
		return status.getSeverity() == IStatus.CANCEL;
	}
}
