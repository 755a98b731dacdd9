package org.chartroom.core.store;

/**
 * The rows of one table, handed to a store one at a time while it loads them
 * ({@link DatasetDraft#load}). The store pulls: it calls {@link #next()} and reads the values of
 * the current row, so a source of any size streams through with flat memory.
 */
public interface TableRows {

	/**
	 * Moves to the next row.
	 *
	 * @return false after the last row
	 * @throws StoreException when the source cannot give the row (bad data names file, line and column)
	 * @throws org.eclipse.core.runtime.OperationCanceledException when the user cancelled
	 */
	boolean next() throws StoreException;

	/**
	 * The value of a column of the current row, or null. By the column's type: {@code String}
	 * (CHAR, VARCHAR, CLOB), {@code Short}, {@code Integer}, {@code Long}, {@code java.math.BigDecimal},
	 * {@code Float}, {@code Double}, {@code Boolean}, {@code java.time.LocalDate},
	 * {@code java.time.LocalTime}, {@code java.time.LocalDateTime} (wall-clock time, no zone).
	 *
	 * @param column 0-based, in the order of the table's columns
	 */
	Object value(int column);
}
