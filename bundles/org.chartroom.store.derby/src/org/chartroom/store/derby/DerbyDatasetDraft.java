package org.chartroom.store.derby;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.chartroom.core.store.DatasetDraft;
import org.chartroom.core.store.DatasetExistsException;
import org.chartroom.core.store.DatasetInfo;
import org.chartroom.core.store.StoreException;
import org.chartroom.core.store.TableRows;
import org.chartroom.core.workspace.DatasetName;
import org.chartroom.model.warehouse.Table;

/**
 * A dataset under construction in its own schema {@code DS_<n>}. Publishing points the dataset's
 * name at that schema in one transaction, so readers see either the old dataset or the new one.
 * The same transaction records each table's row count: whatever filled the draft, the counts are
 * taken once, here, and never go stale, since a published dataset does not change.
 */
final class DerbyDatasetDraft implements DatasetDraft {

	private static final System.Logger LOG = System.getLogger(DerbyDatasetDraft.class.getName());

	private final DerbyWorkspace workspace;
	private final DatasetName name;
	private final String sourceKind;
	private final Optional<String> model;
	private final String schema;
	private final Connection connection;
	/** Rows each {@link #load} put in, by table: publish records them instead of counting again. */
	private final Map<String, Long> loadedRows = new ConcurrentHashMap<>();
	private boolean published;
	private boolean closed;

	private DerbyDatasetDraft(DerbyWorkspace workspace, DatasetName name, String sourceKind, Optional<String> model,
			String schema, Connection connection) {
		this.workspace = workspace;
		this.name = name;
		this.sourceKind = sourceKind;
		this.model = model;
		this.schema = schema;
		this.connection = connection;
	}

	static DerbyDatasetDraft begin(DerbyWorkspace workspace, DatasetName name, String sourceKind, Optional<String> model)
			throws SQLException, StoreException {
		Connection connection = workspace.connect();
		try {
			String schema = Registry.nextDraftSchema(connection);
			try (Statement statement = connection.createStatement()) {
				statement.executeUpdate("CREATE SCHEMA " + schema);
				statement.executeUpdate("SET SCHEMA " + schema);
			}
			connection.setAutoCommit(false);
			return new DerbyDatasetDraft(workspace, name, sourceKind, model, schema, connection);
		} catch (SQLException | RuntimeException e) {
			connection.close();
			throw e;
		}
	}

	@Override
	public Connection connection() {
		return connection;
	}

	@Override
	public Connection openConnection() throws StoreException {
		try {
			Connection another = workspace.connect();
			try (Statement statement = another.createStatement()) {
				statement.executeUpdate("SET SCHEMA " + schema);
			} catch (SQLException e) {
				another.close();
				throw e;
			}
			another.setAutoCommit(false);
			return another;
		} catch (SQLException e) {
			throw workspace.failure("open another connection to the dataset being imported, " + name, e);
		}
	}

	@Override
	public long load(Table table, TableRows rows) throws StoreException {
		try (Connection loading = openConnection()) {
			long count = BulkLoad.load(loading, table, rows);
			loadedRows.merge(DerbyDialect.INSTANCE.normalizeIdentifier(table.getName()), count, Long::sum);
			return count;
		} catch (SQLException e) {
			throw workspace.failure("load table " + table.getName() + " of " + name, e);
		}
	}

	@Override
	public DatasetInfo publish(boolean replace) throws StoreException {
		Optional<String> previous;
		try {
			connection.commit();
			Optional<Registry.Entry> existing = Registry.find(connection, name.key());
			if (existing.isPresent() && !replace) {
				throw DatasetExistsException.of(existing.get().info().name(), workspace.directory());
			}
			Map<String, Long> rowCounts = RowCounts.count(connection, schema, loadedRows);
			previous = Registry.publish(connection, name.key(), name.name(), sourceKind, model, schema, Instant.now(), rowCounts);
			connection.commit();
			published = true;
		} catch (SQLException e) {
			rollbackQuietly();
			throw workspace.failure("publish the dataset " + name, e);
		}
		previous.ifPresent(this::dropReplaced);
		try {
			return Registry.find(connection, name.key()).orElseThrow().info();
		} catch (SQLException e) {
			throw workspace.failure("read the dataset " + name, e);
		}
	}

	/** The replaced dataset is already invisible; if dropping it fails, the next open drops it. */
	private void dropReplaced(String oldSchema) {
		try {
			DerbySchemas.drop(connection, oldSchema);
		} catch (SQLException e) {
			LOG.log(System.Logger.Level.WARNING, "Could not drop the replaced schema " + oldSchema + "; it will be dropped when the workspace is next opened", e);
		}
	}

	@Override
	public void close() throws StoreException {
		if (closed) {
			return;
		}
		closed = true;
		try {
			if (!published) {
				rollbackQuietly();
				DerbySchemas.drop(connection, schema);
			}
		} catch (SQLException e) {
			throw workspace.failure("remove the unfinished dataset " + name, e);
		} finally {
			try {
				rollbackQuietly(); // nothing of a finished draft is pending; Derby refuses to close mid-transaction
				connection.close();
			} catch (SQLException e) {
				LOG.log(System.Logger.Level.WARNING, "Could not close the connection of dataset draft " + name, e);
			}
		}
	}

	private void rollbackQuietly() {
		try {
			connection.rollback();
		} catch (SQLException e) {
			LOG.log(System.Logger.Level.WARNING, "Rollback failed for dataset draft " + name, e);
		}
	}
}
