package org.chartroom.core.store;

import java.sql.Connection;

/**
 * A dataset being built, invisible to everyone until published. Importers create and fill
 * its tables through {@link #connection()}, whose default schema is the draft's own.
 */
public interface DatasetDraft extends AutoCloseable {

	/** A writable connection whose unqualified names resolve inside the draft. */
	Connection connection();

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
