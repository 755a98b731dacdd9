package org.chartroom.core.imports;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * The progress of a whole import, shared by the threads that load tables side by side: they report
 * here one at a time, so neither the monitor nor the listener sees two calls at once. A failure on
 * one thread {@link #stop() stops} the others at their next report.
 */
final class ImportProgress {

	private final IProgressMonitor monitor;
	private final ImportListener listener;
	private volatile boolean stopped;

	/** {@code monitor} expects one unit of work per kilobyte of source read. */
	ImportProgress(IProgressMonitor monitor, ImportListener listener) {
		this.monitor = monitor;
		this.listener = listener;
	}

	synchronized void worked(long kilobytes) {
		monitor.worked((int) Math.min(Integer.MAX_VALUE, kilobytes));
	}

	synchronized void subTask(String text) {
		monitor.subTask(text);
	}

	synchronized void tableProgress(TableProgress table, String text) {
		monitor.subTask(text);
		listener.tableProgress(table);
	}

	synchronized void tableLoaded(TableLoad load) {
		listener.tableLoaded(load);
	}

	/** Asks every thread of the import to give up at its next report. */
	void stop() {
		stopped = true;
	}

	/** Throws when the user cancelled, or another thread of the import failed. */
	synchronized void checkCanceled() {
		if (stopped || monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}
}
