package org.chartroom.cli.verbs;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.chartroom.core.connector.SchemaChoice;
import org.chartroom.core.imports.ImportListener;
import org.chartroom.core.imports.TableLoad;
import org.chartroom.core.imports.TableProgress;

/**
 * Prints an import's progress to stderr: warnings, a line per loaded table, and for a table that
 * takes longer than {@link #EVERY} a line at most every {@link #EVERY} while it loads, e.g.
 * {@code   CHARTEVENTS             310,000 rows      41%      152,000 rows/s}.
 */
final class ImportProgressPrinter implements ImportListener {

	static final Duration EVERY = Duration.ofSeconds(2);

	private final PrintWriter err;
	/** Per table, since tables load side by side: when its last line was printed. */
	private final Map<String, Duration> printedAt = new HashMap<>();

	ImportProgressPrinter(PrintWriter err) {
		this.err = err;
	}

	@Override
	public void schemaChosen(SchemaChoice choice) {
		choice.reason().ifPresent(reason -> err.println("Model " + choice.schema().getName() + ": " + reason));
	}

	@Override
	public void warning(String message) {
		err.println("warning: " + message);
	}

	@Override
	public void tableProgress(TableProgress progress) {
		Duration last = printedAt.getOrDefault(progress.table(), Duration.ZERO);
		if (progress.elapsed().minus(last).compareTo(EVERY) < 0) {
			return;
		}
		printedAt.put(progress.table(), progress.elapsed());
		// columns line up with the table lines below
		err.printf(Locale.ROOT, "  %-18s %,12d rows %7d%%   %,10d rows/s%n", progress.table(), progress.rows(),
				(int) (progress.fraction() * 100), progress.rowsPerSecond());
	}

	@Override
	public void tableLoaded(TableLoad load) {
		err.printf(Locale.ROOT, "%-20s %,12d rows %8.1f s %,10d rows/s%n", load.table(), load.rows(),
				load.elapsed().toMillis() / 1000.0, load.rowsPerSecond());
	}

	@Override
	public void derivedTableCreated(String table, Duration elapsed) {
		err.printf(Locale.ROOT, "%-20s %17s %8.1f s%n", table, "counted", elapsed.toMillis() / 1000.0);
	}
}
