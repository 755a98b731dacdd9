package org.chartroom.core.store;

import java.sql.Connection;

import org.chartroom.model.warehouse.Table;

/**
 * A dataset being built, invisible to everyone until published. Importers create and fill
 * its tables through {@link #connection()}, whose default schema is the draft's own.
 */
public interface DatasetDraft extends AutoCloseable {

	/** A writable connection whose unqualified names resolve inside the draft. */
	Connection connection();

	/**
	 * Another connection into the draft, for work on other tables in parallel (for example building
	 * one table's indexes while the next loads). The caller commits its work and closes it.
	 */
	Connection openConnection() throws StoreException;

	/**
	 * Fills an empty table of the draft with {@code rows} in the store's fastest way and commits.
	 * Loads of different tables may run at the same time on different threads.
	 *
	 * @return how many rows were loaded
	 * @throws StoreException the exception {@link TableRows#next()} threw, unchanged, or the
	 *                        store's own failure
	 */
	long load(Table table, TableRows rows) throws StoreException;

	/**
	 * Makes the draft visible under its name in one step. With {@code replace}, an existing
	 * dataset of that name is swapped out and dropped; without it, an existing name fails with
	 * {@link DatasetExistsException} and the draft stays unpublished.
	 */
	DatasetInfo publish(boolean replace) throws StoreException;

	/** Drops the draft unless it was published. */
	@Override
	void close() throws StoreException;
}
