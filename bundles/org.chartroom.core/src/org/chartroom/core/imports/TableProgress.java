package org.chartroom.core.imports;

import java.time.Duration;

/**
 * How far the load of one table has got.
 *
 * @param table         the table name
 * @param rows          rows loaded so far
 * @param fraction      the part of the source file read so far, 0 to 1 (of the bytes as stored, so a
 *                      gzip file's compressed bytes)
 * @param rowsPerSecond rows per second since the table's load began
 * @param elapsed       time since the table's load began
 */
public record TableProgress(String table, long rows, double fraction, long rowsPerSecond, Duration elapsed) {
}
