package org.chartroom.core.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;

import org.chartroom.core.workspace.DatasetName;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * An open workspace: the datasets of one user, in one store. Closing it releases the
 * database and the workspace lock.
 */
public interface Workspace extends AutoCloseable {

	/** The folder the workspace lives in. */
	Path directory();

	/** The store that holds this workspace. */
	Store store();

	/** The SQL dialect of statements given to {@link #query}. */
	SqlDialect dialect();

	/** The published datasets, by name. */
	List<DatasetInfo> datasets() throws StoreException;

	/** The dataset of that name (case-insensitive), if published. */
	Optional<DatasetInfo> findDataset(String name) throws StoreException;

	/**
	 * The tables of a dataset with their sizes, sorted by name. Row counts are those the store
	 * recorded when the dataset was published (a published dataset does not change), so listing
	 * them counts nothing.
	 */
	List<TableInfo> tables(String dataset) throws StoreException;

	/**
	 * Starts a new dataset. Nothing of it is visible until {@link DatasetDraft#publish} succeeds;
	 * closing an unpublished draft removes everything it created.
	 */
	DatasetDraft createDataset(DatasetName name, String sourceKind) throws StoreException;

	/**
	 * Runs one read-only statement inside a dataset: unqualified table names resolve in it.
	 * Statements that would change data are refused with {@link ReadOnlyViolationException}.
	 * The monitor's cancel stops the statement; the call then throws
	 * {@link org.eclipse.core.runtime.OperationCanceledException}.
	 *
	 * @param maxRows the most rows to hand over; 0 for all of them
	 */
	QuerySummary query(String dataset, String sql, int maxRows, RowHandler handler, IProgressMonitor monitor)
			throws StoreException;

	/**
	 * A JDBC connection into a dataset for a tool that runs its own statements, such as the report
	 * engine: unqualified table names resolve in the dataset, and the connection is read-only, so
	 * the store refuses any change. The caller closes it. Stores that cannot hand out connections
	 * keep this default, which says so.
	 *
	 * @throws org.chartroom.core.store.UnknownDatasetException when there is no such dataset
	 */
	default Connection readOnlyConnection(String dataset) throws StoreException {
		throw new StoreException("The " + store().id() + " store does not hand out JDBC connections.");
	}

	@Override
	void close() throws StoreException;
}
