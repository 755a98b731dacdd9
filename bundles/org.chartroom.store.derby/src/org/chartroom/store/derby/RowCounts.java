package org.chartroom.store.derby;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The row count of every table of every published dataset, in {@code CHARTROOM.ROW_COUNTS}, keyed
 * by the dataset's schema. A published dataset never changes, so counts taken when it is published
 * stay true; reading them spares a {@code COUNT(*)} over hundreds of millions of rows.
 *
 * <p>Workspaces made before counts were recorded have neither the table nor the rows: the table is
 * created when the workspace is opened, and a missing count is taken once and recorded on first use.
 */
final class RowCounts {

	static final String TABLE_NAME = "ROW_COUNTS";
	private static final String TABLE = Registry.SCHEMA + "." + TABLE_NAME;

	/** Derby's SQLState for a duplicate key. */
	private static final String DUPLICATE_KEY = "23505";

	private static final System.Logger LOG = System.getLogger(RowCounts.class.getName());

	private RowCounts() {
	}

	/** Creates the table unless it is there; runs inside the caller's transaction. */
	static void ensure(Connection connection) throws SQLException {
		if (DerbySchemas.tables(connection, Registry.SCHEMA).contains(TABLE_NAME)) {
			return;
		}
		try (Statement statement = connection.createStatement()) {
			statement.executeUpdate("CREATE TABLE " + TABLE + " ("
					+ "SCHEMA_NAME VARCHAR(128) NOT NULL, "
					+ "TABLE_NAME VARCHAR(128) NOT NULL, "
					+ "ROW_COUNT BIGINT NOT NULL, "
					+ "PRIMARY KEY (SCHEMA_NAME, TABLE_NAME))");
		}
	}

	/**
	 * The rows of every table of a schema, by table name: from {@code known} (tables whose loads
	 * counted their rows), else counted.
	 */
	static Map<String, Long> count(Connection connection, String schema, Map<String, Long> known) throws SQLException {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : DerbySchemas.tables(connection, schema)) {
			Long rows = known.get(table);
			counts.put(table, rows != null ? rows : countRows(connection, schema, table));
		}
		return counts;
	}

	/** Records counts inside the caller's transaction (the publishing one). */
	static void record(Connection connection, String schema, Map<String, Long> counts) throws SQLException {
		try (PreparedStatement insert = connection
				.prepareStatement("INSERT INTO " + TABLE + " (SCHEMA_NAME, TABLE_NAME, ROW_COUNT) VALUES (?, ?, ?)")) {
			for (Map.Entry<String, Long> count : counts.entrySet()) {
				insert.setString(1, schema);
				insert.setString(2, count.getKey());
				insert.setLong(3, count.getValue());
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	/** The counts recorded for a schema, by table name; tables without a record are absent. */
	static Map<String, Long> recorded(Connection connection, String schema) throws SQLException {
		Map<String, Long> counts = new LinkedHashMap<>();
		try (PreparedStatement select = connection
				.prepareStatement("SELECT TABLE_NAME, ROW_COUNT FROM " + TABLE + " WHERE SCHEMA_NAME = ?")) {
			select.setString(1, schema);
			try (ResultSet rs = select.executeQuery()) {
				while (rs.next()) {
					counts.put(rs.getString(1), rs.getLong(2));
				}
			}
		}
		return counts;
	}

	/**
	 * Counts a table that has no record yet (a dataset published by an earlier version) and records
	 * the count, so that this happens once. Another thread may record it first; both counts agree.
	 */
	static long countAndRecord(Connection connection, String schema, String table) throws SQLException {
		LOG.log(System.Logger.Level.DEBUG, "No recorded row count for {0}.{1}: counting once", schema, table);
		long rows = countRows(connection, schema, table);
		try (PreparedStatement insert = connection
				.prepareStatement("INSERT INTO " + TABLE + " (SCHEMA_NAME, TABLE_NAME, ROW_COUNT) VALUES (?, ?, ?)")) {
			insert.setString(1, schema);
			insert.setString(2, table);
			insert.setLong(3, rows);
			insert.executeUpdate();
		} catch (SQLException e) {
			if (!DUPLICATE_KEY.equals(e.getSQLState())) {
				throw e;
			}
		}
		return rows;
	}

	/** Removes the counts of a schema, inside the caller's transaction (the one that unpublishes it). */
	static void forget(Connection connection, String schema) throws SQLException {
		try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + TABLE + " WHERE SCHEMA_NAME = ?")) {
			delete.setString(1, schema);
			delete.executeUpdate();
		}
	}

	/** Removes counts that no published dataset's schema owns any more. */
	static void forgetOrphans(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.executeUpdate("DELETE FROM " + TABLE + " WHERE SCHEMA_NAME NOT IN (SELECT SCHEMA_NAME FROM "
					+ Registry.DATASETS + ")");
		}
	}

	private static long countRows(Connection connection, String schema, String table) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(
						"SELECT COUNT(*) FROM " + DerbySchemas.quote(schema) + "." + DerbySchemas.quote(table))) {
			rs.next();
			return rs.getLong(1);
		}
	}
}
