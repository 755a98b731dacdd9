package org.chartroom.store.derby;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * Stops a running statement when its monitor is cancelled. Embedded Derby does not implement
 * {@code Statement.cancel()}, but it checks the executing thread's interrupt flag while it
 * works and then aborts the statement; so the canceller interrupts the thread that runs the
 * query, and clears the flag again when the query is over.
 */
final class QueryCanceller implements AutoCloseable {

	private static final long POLL_MILLIS = 100;
	private static final ScheduledExecutorService WATCHER = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread thread = new Thread(r, "Chartroom query canceller");
		thread.setDaemon(true);
		return thread;
	});

	private final IProgressMonitor monitor;
	private final Thread queryThread;
	private final ScheduledFuture<?> poll;
	private boolean interrupted;
	private boolean closed;

	private QueryCanceller(IProgressMonitor monitor) {
		this.monitor = monitor;
		this.queryThread = Thread.currentThread();
		this.poll = WATCHER.scheduleWithFixedDelay(this::interruptIfCanceled, POLL_MILLIS, POLL_MILLIS,
				TimeUnit.MILLISECONDS);
	}

	static QueryCanceller watch(IProgressMonitor monitor) {
		return new QueryCanceller(monitor);
	}

	private synchronized void interruptIfCanceled() {
		if (!closed && !interrupted && monitor.isCanceled()) {
			interrupted = true;
			queryThread.interrupt();
		}
	}

	/** Between rows: stop at once when cancelled. */
	void checkCanceled() {
		if (monitor.isCanceled()) {
			throw new OperationCanceledException("The query was cancelled.");
		}
	}

	@Override
	public synchronized void close() {
		closed = true;
		poll.cancel(false);
		if (interrupted) {
			Thread.interrupted(); // the flag was ours; leave the thread as we found it
		}
	}
}
