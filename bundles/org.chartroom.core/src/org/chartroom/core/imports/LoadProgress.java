package org.chartroom.core.imports;

import java.time.Duration;
import java.util.Locale;

import org.eclipse.core.runtime.OperationCanceledException;

/**
 * Progress of one table's load: advances the import's progress by the kilobytes of the source file
 * read, tells the listener about once a second, and turns a cancel into {@link OperationCanceledException}.
 * Used by the one thread that loads the table.
 */
final class LoadProgress {

	private static final long REPORT_NANOS = 1_000_000_000L;

	private final String table;
	private final long size;
	private final ImportProgress progress;
	private final long start = System.nanoTime();
	private long lastReport = start;
	private long kilobytesWorked;

	LoadProgress(String table, long size, ImportProgress progress) {
		this.table = table;
		this.size = size;
		this.progress = progress;
	}

	/** The load has got to {@code rows} rows and {@code bytesRead} bytes of the file; throws when cancelled. */
	void update(long rows, long bytesRead) {
		long kilobytes = Math.min(bytesRead, size) / 1024;
		if (kilobytes > kilobytesWorked) {
			progress.worked(kilobytes - kilobytesWorked);
			kilobytesWorked = kilobytes;
		}
		long now = System.nanoTime();
		if (now - lastReport >= REPORT_NANOS) {
			lastReport = now;
			Duration elapsed = Duration.ofNanos(now - start);
			double fraction = size == 0 ? 0 : Math.min(1.0, (double) bytesRead / size);
			long rowsPerSecond = rows * 1_000_000_000L / Math.max(1, now - start);
			progress.tableProgress(new TableProgress(table, rows, fraction, rowsPerSecond, elapsed),
					String.format(Locale.ROOT, "%s: %,d rows, %d%%", table, rows, (int) (fraction * 100)));
		}
		progress.checkCanceled();
	}
}
