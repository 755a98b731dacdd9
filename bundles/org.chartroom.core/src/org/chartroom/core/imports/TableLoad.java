package org.chartroom.core.imports;

import java.time.Duration;

/**
 * One table of an import.
 *
 * @param table   the table name
 * @param file    the source file's name; empty when the file was absent and the table created empty
 * @param rows    rows loaded
 * @param elapsed time spent reading and inserting
 */
public record TableLoad(String table, String file, long rows, Duration elapsed) {

	/** Rows per second, 0 when too quick to measure. */
	public long rowsPerSecond() {
		long millis = elapsed.toMillis();
		return millis == 0 ? 0 : rows * 1000 / millis;
	}
}
