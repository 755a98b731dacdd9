package org.chartroom.report.internal;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Calls an action once the monitor is cancelled, from a thread of its own: BIRT's run blocks the
 * caller, so nothing else would notice the cancel until the report is done.
 */
final class CancelWatcher implements AutoCloseable {

	private static final long POLL_MILLIS = 200;

	private final Thread thread;

	private CancelWatcher(Thread thread) {
		this.thread = thread;
	}

	static CancelWatcher watch(IProgressMonitor monitor, Runnable onCancel) {
		Thread thread = Thread.ofPlatform().daemon().name("report-cancel-watcher").start(() -> {
			try {
				while (!monitor.isCanceled()) {
					Thread.sleep(POLL_MILLIS);
				}
				onCancel.run();
			} catch (InterruptedException e) {
				// the run is over
			}
		});
		return new CancelWatcher(thread);
	}

	@Override
	public void close() {
		thread.interrupt();
	}
}
