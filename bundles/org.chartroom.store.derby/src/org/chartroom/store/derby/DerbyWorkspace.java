package org.chartroom.store.derby;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.chartroom.core.store.DatasetDraft;
import org.chartroom.core.store.DatasetInfo;
import org.chartroom.core.store.DerivedTable;
import org.chartroom.core.store.QuerySummary;
import org.chartroom.core.store.RowHandler;
import org.chartroom.core.store.SqlDialect;
import org.chartroom.core.store.SqlUpdate;
import org.chartroom.core.store.Store;
import org.chartroom.core.store.StoreException;
import org.chartroom.core.store.TableInfo;
import org.chartroom.core.store.UnknownDatasetException;
import org.chartroom.core.store.Workspace;
import org.chartroom.core.workspace.DatasetName;
import org.chartroom.core.workspace.WorkspaceLock;
import org.eclipse.core.runtime.IProgressMonitor;

/** A workspace whose datasets are schemas of one embedded Derby database. */
final class DerbyWorkspace implements Workspace {

	/** Derby's SQLState for CREATE TABLE of a table that exists. */
	private static final String TABLE_EXISTS = "X0Y32";

	private final DerbyStore store;
	private final Path directory;
	private final String url;
	private final WorkspaceLock lock;
	private volatile boolean closed;

	DerbyWorkspace(DerbyStore store, Path directory, String url, WorkspaceLock lock) {
		this.store = store;
		this.directory = directory;
		this.url = url;
		this.lock = lock;
	}

	@Override
	public Path directory() {
		return directory;
	}

	@Override
	public Store store() {
		return store;
	}

	@Override
	public SqlDialect dialect() {
		return DerbyDialect.INSTANCE;
	}

	Connection connect() throws SQLException, StoreException {
		if (closed) {
			throw new StoreException("The workspace " + directory + " is closed.");
		}
		return DerbyEngine.connect(url);
	}

	@Override
	public List<DatasetInfo> datasets() throws StoreException {
		try (Connection connection = connect()) {
			return Registry.entries(connection).stream().map(Registry.Entry::info).toList();
		} catch (SQLException e) {
			throw failure("list the datasets", e);
		}
	}

	@Override
	public Optional<DatasetInfo> findDataset(String name) throws StoreException {
		try (Connection connection = connect()) {
			return Registry.find(connection, name).map(Registry.Entry::info);
		} catch (SQLException e) {
			throw failure("look up the dataset " + name, e);
		}
	}

	/** The registry entry of a dataset, or an error that lists the datasets there are. */
	Registry.Entry requireDataset(Connection connection, String name) throws SQLException, UnknownDatasetException {
		Optional<Registry.Entry> entry = Registry.find(connection, name);
		if (entry.isPresent()) {
			return entry.get();
		}
		List<Registry.Entry> all = Registry.entries(connection);
		String known = all.isEmpty() ? "it has no datasets yet"
				: "its datasets are " + all.stream().map(e -> e.info().name()).collect(Collectors.joining(", "));
		throw new UnknownDatasetException("Unknown dataset '" + name + "' in workspace " + directory + ": " + known + ".");
	}

	@Override
	public List<TableInfo> tables(String dataset) throws StoreException {
		try (Connection connection = connect()) {
			String schema = requireDataset(connection, dataset).schema();
			DatabaseMetaData meta = connection.getMetaData();
			Map<String, Long> recorded = RowCounts.recorded(connection, schema);
			List<TableInfo> tables = new ArrayList<>();
			for (String table : DerbySchemas.tables(connection, schema)) {
				int columns = 0;
				try (ResultSet rs = meta.getColumns(null, schema, table, "%")) {
					while (rs.next()) {
						columns++;
					}
				}
				Long rows = recorded.get(table);
				tables.add(new TableInfo(table, columns, rows != null ? rows : RowCounts.countAndRecord(connection, schema, table)));
			}
			return tables;
		} catch (SQLException e) {
			throw failure("list the tables of " + dataset, e);
		}
	}

	@Override
	public DatasetDraft createDataset(DatasetName name, String sourceKind, Optional<String> model) throws StoreException {
		try {
			return DerbyDatasetDraft.begin(this, name, sourceKind, model);
		} catch (SQLException e) {
			throw failure("start the dataset " + name, e);
		}
	}

	@Override
	public QuerySummary query(String dataset, String sql, int maxRows, RowHandler handler, IProgressMonitor monitor)
			throws StoreException {
		return new DerbyQuery(this, dataset, sql, List.of(), maxRows).run(handler, monitor);
	}

	@Override
	public QuerySummary query(String dataset, String sql, List<?> parameters, int maxRows, RowHandler handler,
			IProgressMonitor monitor) throws StoreException {
		return new DerbyQuery(this, dataset, sql, parameters, maxRows).run(handler, monitor);
	}

	@Override
	public boolean ensureDerived(String dataset, DerivedTable table, IProgressMonitor monitor) throws StoreException {
		try (Connection connection = connect()) {
			String schema = requireDataset(connection, dataset).schema();
			if (DerbySchemas.hasTable(connection, schema, table.name())) {
				return false;
			}
			try (Statement statement = connection.createStatement()) {
				statement.executeUpdate("SET SCHEMA " + DerbySchemas.quote(schema));
			}
			connection.setAutoCommit(false);
			try {
				table.create(connection, dialect(), monitor);
				connection.commit();
				return true;
			} catch (SQLException e) {
				connection.rollback();
				if (TABLE_EXISTS.equals(e.getSQLState())) {
					return false; // another thread of this process created it first
				}
				throw e;
			} catch (StoreException | RuntimeException e) {
				connection.rollback();
				throw e;
			}
		} catch (SQLException e) {
			throw failure("add " + table.name() + " to dataset " + dataset, e);
		}
	}

	@Override
	public Connection readOnlyConnection(String dataset) throws StoreException {
		Connection connection = null;
		try {
			connection = connect();
			String schema = requireDataset(connection, dataset).schema();
			try (Statement use = connection.createStatement()) {
				use.executeUpdate("SET SCHEMA " + DerbySchemas.quote(schema));
			}
			connection.setReadOnly(true);
			return connection;
		} catch (SQLException | StoreException e) {
			closeQuietly(connection, e);
			if (e instanceof StoreException store) {
				throw store;
			}
			throw failure("open a connection to " + dataset, (SQLException) e);
		}
	}

	private static void closeQuietly(Connection connection, Exception cause) {
		if (connection != null) {
			try {
				connection.close();
			} catch (SQLException e) {
				cause.addSuppressed(e);
			}
		}
	}

	@Override
	public List<Integer> updateDerived(String dataset, DerivedTable table, List<SqlUpdate> statements,
			IProgressMonitor monitor) throws StoreException {
		ensureDerived(dataset, table, monitor);
		try (Connection connection = connect()) {
			String schema = requireDataset(connection, dataset).schema();
			try (Statement statement = connection.createStatement()) {
				statement.executeUpdate("SET SCHEMA " + DerbySchemas.quote(schema));
			}
			connection.setAutoCommit(false);
			try {
				List<Integer> changed = new ArrayList<>();
				for (SqlUpdate update : statements) {
					try (PreparedStatement prepared = connection.prepareStatement(update.sql())) {
						DerbyParameters.bind(prepared, update.parameters());
						changed.add(prepared.executeUpdate());
					}
				}
				connection.commit();
				return List.copyOf(changed);
			} catch (SQLException | RuntimeException e) {
				connection.rollback();
				throw e;
			}
		} catch (SQLException e) {
			throw failure("change " + table.name() + " of dataset " + dataset, e);
		}
	}

	@Override
	public void close() throws StoreException {
		if (closed) {
			return;
		}
		closed = true;
		try {
			DerbyEngine.shutdown(url);
		} catch (SQLException e) {
			throw failure("close the database", e);
		} finally {
			try {
				lock.close();
			} catch (Exception e) {
				throw new StoreException("Cannot release the workspace lock of " + directory + ": " + e.getMessage(), e);
			}
		}
	}

	StoreException failure(String what, SQLException e) {
		return new StoreException("Cannot " + what + " in workspace " + directory + ": " + e.getMessage(), e);
	}
}
