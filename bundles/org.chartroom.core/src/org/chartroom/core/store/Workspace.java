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
	 *
	 * @param sourceKind the id of the connector the data comes from
	 * @param model      which of the connector's schemas the tables follow (its model's name, e.g.
	 *                   {@code omop-5.3}), recorded with the dataset as {@link DatasetInfo#model()}
	 */
	DatasetDraft createDataset(DatasetName name, String sourceKind, Optional<String> model) throws StoreException;

	/** {@link #createDataset(DatasetName, String, Optional)} without a model: for connectors with one schema. */
	default DatasetDraft createDataset(DatasetName name, String sourceKind) throws StoreException {
		return createDataset(name, sourceKind, Optional.empty());
	}

	/**
	 * Runs one statement inside a dataset: unqualified table names resolve in it. Statements that
	 * would change a dataset are refused with {@link ReadOnlyViolationException}; those that change
	 * only tables of the workspace's scratch schema ({@link org.chartroom.core.sql.ScratchWrites})
	 * run, and report the rows they changed as the summary's row count.
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

	/**
	 * Makes sure a published dataset holds a derived table: creates it when it is missing (a dataset
	 * published before Chartroom derived it) and keeps it, so that this happens once per dataset.
	 * Imports create their derived tables before publishing, so for them this does nothing.
	 *
	 * @return true when the table was created now, false when it was there already
	 * @throws UnknownDatasetException when there is no such dataset
	 */
	default boolean ensureDerived(String dataset, DerivedTable table, IProgressMonitor monitor) throws StoreException {
		throw new StoreException("The store " + store().id() + " cannot add the derived table " + table.name()
				+ " to dataset " + dataset + ".");
	}

	/**
	 * Changes the rows of a derived table of a published dataset: creates the table when it is missing
	 * (through {@link DerivedTable#create}), then runs the statements in order, all in one transaction,
	 * so that readers see the rows before or after, never half of them. Statements may read the
	 * dataset's tables (unqualified names resolve in it) but change only {@code table}.
	 *
	 * @return the rows each statement changed, in order
	 * @throws UnknownDatasetException when there is no such dataset
	 */
	default List<Integer> updateDerived(String dataset, DerivedTable table, List<SqlUpdate> statements,
			IProgressMonitor monitor) throws StoreException {
		throw new StoreException("The store " + store().id() + " cannot change the derived table " + table.name()
				+ " of dataset " + dataset + ".");
	}

	/**
	 * Runs one read-only statement with {@code ?} parameters bound in order, like
	 * {@link #query(String, String, int, RowHandler, IProgressMonitor)}. Values may be {@link String},
	 * {@link Integer}, {@link Long}, {@link Double}, {@link java.math.BigDecimal},
	 * {@link java.time.LocalDate} or {@link java.time.LocalDateTime} (bound as wall-clock text, so no
	 * time zone moves them). A store that cannot bind parameters runs statements without any.
	 */
	default QuerySummary query(String dataset, String sql, List<?> parameters, int maxRows, RowHandler handler,
			IProgressMonitor monitor) throws StoreException {
		if (!parameters.isEmpty()) {
			throw new QueryFailedException("This store cannot bind query parameters.", null, null);
		}
		return query(dataset, sql, maxRows, handler, monitor);
	}

	@Override
	void close() throws StoreException;
}
