package org.chartroom.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * While open, Ctrl-C (or any signal that ends the JVM normally) cancels the monitor and waits a
 * moment for the work to clean up after itself, instead of leaving half-written files behind.
 */
public final class CancelOnInterrupt implements AutoCloseable {

	private static final long CLEANUP_SECONDS = 20;

	private final CountDownLatch finished = new CountDownLatch(1);
	private final Thread hook;

	public CancelOnInterrupt(IProgressMonitor monitor) {
		hook = new Thread(() -> {
			monitor.setCanceled(true);
			try {
				finished.await(CLEANUP_SECONDS, TimeUnit.SECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}, "chartroom-cancel-on-interrupt");
		Runtime.getRuntime().addShutdownHook(hook);
	}

	@Override
	public void close() {
		finished.countDown();
		try {
			Runtime.getRuntime().removeShutdownHook(hook);
		} catch (IllegalStateException e) {
			// the JVM is already shutting down: the hook runs and returns as the work is finished
		}
	}
}
