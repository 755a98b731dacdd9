package org.chartroom.sql.result;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.chartroom.core.store.QuerySummary;
import org.chartroom.core.store.ResultColumn;
import org.chartroom.core.store.RowHandler;
import org.chartroom.core.store.StoreException;
import org.chartroom.core.store.Workspace;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * A query result read page by page while its cursor stays open: the statement runs once, on a
 * thread of its own, and hands rows over only as fast as they are asked for. Nothing but the
 * page being handed over is held here, so a result of any size costs the memory of a page;
 * closing the cursor stops the statement (through its monitor) wherever it is.
 */
public final class ResultCursor implements AutoCloseable {

	private final NullProgressMonitor statementMonitor = new NullProgressMonitor();
	private final List<Object[]> buffer = new ArrayList<>();
	private List<ResultColumn> columns;
	private int requested;
	private QuerySummary summary;
	private Exception failure;
	private boolean closed;

	private ResultCursor() {
	}

	/** Starts the statement; {@link #columns} and {@link #fetch} wait for what it sends. */
	public static ResultCursor open(Workspace workspace, String dataset, String sql) {
		ResultCursor cursor = new ResultCursor();
		Thread thread = new Thread(() -> cursor.run(workspace, dataset, sql), "Chartroom result cursor");
		thread.setDaemon(true);
		thread.start();
		return cursor;
	}

	private void run(Workspace workspace, String dataset, String sql) {
		try {
			QuerySummary done = workspace.query(dataset, sql, 0, new RowHandler() {
				@Override
				public void columns(List<ResultColumn> resultColumns) {
					synchronized (ResultCursor.this) {
						columns = List.copyOf(resultColumns);
						ResultCursor.this.notifyAll();
					}
				}

				@Override
				public void row(Object[] values) {
					hand(values);
				}
			}, statementMonitor);
			synchronized (this) {
				summary = done;
				notifyAll();
			}
		} catch (Exception e) {
			synchronized (this) {
				failure = e;
				notifyAll();
			}
		}
	}

	/** Producer side: waits until a row is asked for, or the cursor is closed. */
	private synchronized void hand(Object[] values) {
		while (!closed && buffer.size() >= requested) {
			try {
				wait();
			} catch (InterruptedException e) {
				// the statement's canceller interrupts this thread when the cursor closes
				Thread.currentThread().interrupt();
				throw new OperationCanceledException("The result was closed.");
			}
		}
		if (closed) {
			throw new OperationCanceledException("The result was closed.");
		}
		buffer.add(values);
		notifyAll();
	}

	/** The result's columns, once the statement has started; empty for a statement that returns no rows. */
	public synchronized List<ResultColumn> columns(IProgressMonitor monitor) throws StoreException {
		while (columns == null) {
			awaitChange(monitor);
			if (columns == null && summary != null) {
				return List.of();
			}
		}
		return columns;
	}

	/** Up to {@code count} more rows; fewer only at the end of the result. */
	public synchronized ResultPage fetch(int count, IProgressMonitor monitor) throws StoreException {
		requested = count;
		notifyAll();
		while (buffer.size() < count && summary == null) {
			awaitChange(monitor);
		}
		List<Object[]> page = List.copyOf(buffer);
		buffer.clear();
		requested = 0;
		return new ResultPage(page, Optional.ofNullable(summary));
	}

	private void awaitChange(IProgressMonitor monitor) throws StoreException {
		if (failure != null) {
			if (failure instanceof StoreException store) {
				throw store;
			}
			if (failure instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new StoreException(failure.getMessage(), failure);
		}
		if (closed) {
			throw new OperationCanceledException("The result was closed.");
		}
		if (monitor != null && monitor.isCanceled()) {
			close();
			throw new OperationCanceledException("The query was cancelled.");
		}
		try {
			wait(100); // short, so that the caller's monitor is heard
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			close();
			throw new OperationCanceledException("Interrupted while waiting for rows.");
		}
	}

	/** True once every row has been fetched. */
	public synchronized boolean isExhausted() {
		return summary != null && buffer.isEmpty();
	}

	/** Stops the statement if it still runs; its thread ends soon after. */
	@Override
	public synchronized void close() {
		closed = true;
		statementMonitor.setCanceled(true);
		notifyAll();
	}
}
