package org.chartroom.store.derby;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.chartroom.core.store.StoreException;
import org.chartroom.core.store.TableRows;
import org.chartroom.model.warehouse.Column;
import org.chartroom.model.warehouse.Table;

/**
 * Loads a table the way Derby's own import does: {@code INSERT INTO t SELECT ... FROM TABLE(f(...))}
 * with a Java table function as the source. Derby then writes the rows straight into a new heap
 * without logging each one (DERBY-4789), about twice as fast as batched INSERTs (see docs/benchmarks.md). Our function
 * reads rows from a {@link TableRows} registered under a one-off token.
 */
public final class BulkLoad {

	private static final Map<String, TableRowsResultSet> SOURCES = new ConcurrentHashMap<>();

	private BulkLoad() {
	}

	/** Called by Derby through the table function: the rows registered under {@code token}. */
	public static java.sql.ResultSet rows(String token) throws SQLException {
		TableRowsResultSet rows = SOURCES.get(token);
		if (rows == null) {
			throw new SQLException("No rows are registered under " + token + ".");
		}
		return rows;
	}

	/** Fills the empty {@code table} of the connection's current schema and commits. */
	static long load(Connection connection, Table table, TableRows source) throws SQLException, StoreException {
		DerbyDialect dialect = DerbyDialect.INSTANCE;
		String tableName = dialect.quoteIdentifier(dialect.normalizeIdentifier(table.getName()));
		String function = "\"LOAD_" + UUID.randomUUID().toString().replace("-", "").toUpperCase(Locale.ROOT) + "\"";
		String token = UUID.randomUUID().toString();
		List<Column> columns = table.getColumns();
		TableRowsResultSet rows = new TableRowsResultSet(source);
		SOURCES.put(token, rows);
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(BulkLoad.class.getClassLoader()); // Derby finds the function's class here
		boolean committed = false;
		try (Statement statement = connection.createStatement()) {
			statement.executeUpdate("CREATE FUNCTION " + function + " (TOKEN VARCHAR(36)) RETURNS TABLE ("
					+ columns.stream().map(c -> column(c) + " " + sourceType(c)).collect(Collectors.joining(", "))
					+ ") LANGUAGE JAVA PARAMETER STYLE DERBY_JDBC_RESULT_SET NO SQL EXTERNAL NAME '"
					+ BulkLoad.class.getName() + ".rows'");
			String insert = "INSERT INTO " + tableName + " (" + columns.stream().map(BulkLoad::column)
					.collect(Collectors.joining(", ")) + ") SELECT " + columns.stream().map(BulkLoad::selected)
					.collect(Collectors.joining(", ")) + " FROM TABLE (" + function + "(?)) AS R";
			try (PreparedStatement load = connection.prepareStatement(insert)) {
				load.setString(1, token);
				load.executeUpdate();
			} catch (SQLException e) {
				rethrowSourceFailure(rows);
				throw e;
			}
			statement.executeUpdate("DROP FUNCTION " + function);
			connection.commit();
			committed = true;
			return rows.count();
		} finally {
			if (!committed) {
				connection.rollback(); // the function too: nothing of a failed load stays
			}
			thread.setContextClassLoader(previous);
			SOURCES.remove(token);
		}
	}

	private static void rethrowSourceFailure(TableRowsResultSet rows) throws StoreException {
		Exception failure = rows.failure();
		if (failure instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (failure instanceof StoreException store) {
			throw store;
		}
		if (failure != null) {
			throw new StoreException(failure.getMessage(), failure);
		}
	}

	private static String column(Column column) {
		return DerbyDialect.INSTANCE.quoteIdentifier(DerbyDialect.INSTANCE.normalizeIdentifier(column.getName()));
	}

	/**
	 * Date and time columns arrive as text (see {@link TableRowsResultSet}), converted by Derby's
	 * DATE, TIME and TIMESTAMP functions, which read the fields as written; a CAST would go through
	 * a calendar of this machine's zone. All else arrives in its own type.
	 */
	private static String sourceType(Column column) {
		return switch (column.getType()) {
		case DATE, TIME, TIMESTAMP -> "VARCHAR(40)";
		default -> DerbyDialect.INSTANCE.columnType(column);
		};
	}

	private static String selected(Column column) {
		return switch (column.getType()) {
		case DATE -> "DATE(R." + column(column) + ")";
		case TIME -> "TIME(R." + column(column) + ")";
		case TIMESTAMP -> "TIMESTAMP(R." + column(column) + ")";
		default -> "R." + column(column);
		};
	}
}
