package org.chartroom.store.derby;

import java.io.IOException;
import java.sql.Connection;
import java.sql.JDBCType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.chartroom.core.sql.ScratchWrites;
import org.chartroom.core.sql.SqlStatements;
import org.chartroom.core.sql.SqlTokenizer;
import org.chartroom.core.store.QueryFailedException;
import org.chartroom.core.store.QuerySummary;
import org.chartroom.core.store.ReadOnlyViolationException;
import org.chartroom.core.store.ResultColumn;
import org.chartroom.core.store.RowHandler;
import org.chartroom.core.store.StoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * One read-only statement run inside a dataset's schema, streamed row by row to a handler.
 * The statement is checked twice: by its leading keyword before it reaches Derby, and by a
 * read-only connection that refuses any change the keyword check lets through.
 */
final class DerbyQuery {

	/** Derby's SQLStates for "not allowed on a read-only connection". */
	private static final Set<String> READ_ONLY_STATES = Set.of("25502", "25503", "25505");

	private final DerbyWorkspace workspace;
	private final String dataset;
	private final String sql;
	private final List<?> parameters;
	private final int maxRows;

	DerbyQuery(DerbyWorkspace workspace, String dataset, String sql, List<?> parameters, int maxRows) {
		this.workspace = workspace;
		this.dataset = dataset;
		this.sql = sql.strip();
		this.parameters = List.copyOf(parameters);
		this.maxRows = maxRows;
	}

	QuerySummary run(RowHandler handler, IProgressMonitor monitor) throws StoreException {
		IProgressMonitor progress = monitor != null ? monitor : new NullProgressMonitor();
		if (SqlStatements.isEmpty(sql)) {
			throw new QueryFailedException("The statement is empty.", null, null);
		}
		boolean scratchWrite = SqlStatements.changesData(sql) && ScratchWrites.changesOnlyScratch(sql);
		if (SqlStatements.changesData(sql) && !scratchWrite) {
			throw mentionsScratch() ? scratchRefusal() : refusal(SqlStatements.leadingKeyword(sql).orElse("this"));
		}
		long start = System.nanoTime();
		try (Connection connection = workspace.connect()) {
			String schema = workspace.requireDataset(connection, dataset).schema();
			try (Statement use = connection.createStatement()) {
				use.executeUpdate("SET SCHEMA " + DerbySchemas.quote(schema));
				if (scratchWrite) {
					DerbySchemas.ensure(connection, ScratchWrites.SCHEMA);
				}
			}
			connection.setReadOnly(!scratchWrite);
			try (PreparedStatement statement = connection.prepareStatement(sql);
					QueryCanceller canceller = QueryCanceller.watch(progress)) {
				DerbyParameters.bind(statement, parameters);
				if (scratchWrite) {
					handler.columns(List.of());
					int changed = statement.executeUpdate();
					return new QuerySummary(Math.max(changed, 0), false, Duration.ofNanos(System.nanoTime() - start));
				}
				if (maxRows > 0) {
					statement.setMaxRows(maxRows + 1); // one more, to know whether the limit cut the result
				}
				return stream(statement, handler, canceller, start);
			}
		} catch (SQLException e) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException("The query was cancelled.");
			}
			if (READ_ONLY_STATES.contains(e.getSQLState())) {
				throw refusal(SqlStatements.leadingKeyword(sql).orElse("this"));
			}
			throw new QueryFailedException("SQL error in dataset '" + dataset + "': " + e.getMessage(), e.getSQLState(), e);
		} catch (IOException e) {
			throw new StoreException("Could not write the result of the query: " + e.getMessage(), e);
		}
	}

	private QuerySummary stream(PreparedStatement statement, RowHandler handler, QueryCanceller canceller, long start)
			throws SQLException, IOException {
		try (ResultSet rs = statement.executeQuery()) {
			ResultSetMetaData meta = rs.getMetaData();
			List<ResultColumn> columns = new ArrayList<>(meta.getColumnCount());
			for (int i = 1; i <= meta.getColumnCount(); i++) {
				columns.add(new ResultColumn(meta.getColumnLabel(i), jdbcType(meta.getColumnType(i)), meta.getColumnTypeName(i)));
			}
			handler.columns(columns);
			long rows = 0;
			boolean truncated = false;
			while (rs.next()) {
				if (maxRows > 0 && rows == maxRows) {
					truncated = true;
					break;
				}
				Object[] values = new Object[columns.size()];
				for (int i = 0; i < values.length; i++) {
					values[i] = DerbyValues.read(rs, i + 1, columns.get(i).type());
				}
				handler.row(values);
				rows++;
				canceller.checkCanceled();
			}
			return new QuerySummary(rows, truncated, Duration.ofNanos(System.nanoTime() - start));
		}
	}

	private static JDBCType jdbcType(int type) {
		try {
			return JDBCType.valueOf(type);
		} catch (IllegalArgumentException e) {
			return JDBCType.OTHER;
		}
	}

	private boolean mentionsScratch() {
		return SqlTokenizer.significant(sql).stream().anyMatch(t -> t.isSignificant() && ScratchWrites.SCHEMA.equals(t.identifier()));
	}

	private ReadOnlyViolationException scratchRefusal() {
		return new ReadOnlyViolationException("Refused: in " + ScratchWrites.SCHEMA + " you can create, fill, change and drop "
				+ "tables and indexes named " + ScratchWrites.SCHEMA + ".<name>; views, triggers, routines and foreign keys "
				+ "are refused so that no dataset is tied to them, and datasets stay read-only.");
	}

	private ReadOnlyViolationException refusal(String keyword) {
		return new ReadOnlyViolationException("Refused: " + keyword.toUpperCase(java.util.Locale.ROOT)
				+ " statements would change dataset '" + dataset + "'. Queries here are read-only: use SELECT or VALUES.");
	}
}
