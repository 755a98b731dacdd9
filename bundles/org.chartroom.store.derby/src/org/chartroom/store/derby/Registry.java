package org.chartroom.store.derby;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.chartroom.core.store.DatasetInfo;

/**
 * The workspace's own bookkeeping, in schema {@code CHARTROOM}: which published dataset lives in
 * which database schema. A dataset's tables sit in a schema {@code DS_<n>}; a schema of that
 * form that no row names is a draft (an import in progress, or one that was interrupted).
 */
final class Registry {

	static final String SCHEMA = "CHARTROOM";
	static final String DRAFT_PREFIX = "DS_";

	/** A published dataset and the schema that holds it. */
	record Entry(DatasetInfo info, String schema) {
	}

	private Registry() {
	}

	static void ensure(Connection connection) throws SQLException {
		if (schemaExists(connection, SCHEMA)) {
			return;
		}
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			statement.executeUpdate("CREATE SCHEMA " + SCHEMA);
			statement.executeUpdate("CREATE TABLE " + SCHEMA + ".DATASETS ("
					+ "NAME_KEY VARCHAR(64) NOT NULL PRIMARY KEY, "
					+ "NAME VARCHAR(64) NOT NULL, "
					+ "SOURCE_KIND VARCHAR(64) NOT NULL, "
					+ "SCHEMA_NAME VARCHAR(128) NOT NULL UNIQUE, "
					+ "CREATED_AT TIMESTAMP NOT NULL)");
			statement.executeUpdate("CREATE SEQUENCE " + SCHEMA + ".SCHEMA_NUMBERS AS BIGINT START WITH 1");
			connection.commit();
		} catch (SQLException e) {
			connection.rollback();
			throw e;
		} finally {
			connection.setAutoCommit(true);
		}
	}

	static String nextDraftSchema(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("VALUES NEXT VALUE FOR " + SCHEMA + ".SCHEMA_NUMBERS")) {
			rs.next();
			return DRAFT_PREFIX + rs.getLong(1);
		}
	}

	static List<Entry> entries(Connection connection) throws SQLException {
		String sql = "SELECT d.NAME, d.SOURCE_KIND, d.CREATED_AT, d.SCHEMA_NAME, "
				+ "(SELECT COUNT(*) FROM SYS.SYSTABLES t JOIN SYS.SYSSCHEMAS s ON t.SCHEMAID = s.SCHEMAID "
				+ "WHERE s.SCHEMANAME = d.SCHEMA_NAME AND t.TABLETYPE = 'T') "
				+ "FROM " + SCHEMA + ".DATASETS d ORDER BY d.NAME_KEY";
		List<Entry> entries = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			while (rs.next()) {
				DatasetInfo info = new DatasetInfo(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
						rs.getInt(5));
				entries.add(new Entry(info, rs.getString(4)));
			}
		}
		return entries;
	}

	static Optional<Entry> find(Connection connection, String nameKey) throws SQLException {
		return entries(connection).stream().filter(e -> e.info().name().equalsIgnoreCase(nameKey)).findFirst();
	}

	/** Points the name at a schema, inside the caller's transaction; returns the schema it pointed at before. */
	static Optional<String> publish(Connection connection, String nameKey, String name, String sourceKind,
			String schema, Instant createdAt) throws SQLException {
		Optional<String> previous = Optional.empty();
		try (PreparedStatement select = connection
				.prepareStatement("SELECT SCHEMA_NAME FROM " + SCHEMA + ".DATASETS WHERE NAME_KEY = ?")) {
			select.setString(1, nameKey);
			try (ResultSet rs = select.executeQuery()) {
				if (rs.next()) {
					previous = Optional.of(rs.getString(1));
				}
			}
		}
		String sql = previous.isPresent()
				? "UPDATE " + SCHEMA + ".DATASETS SET NAME = ?, SOURCE_KIND = ?, SCHEMA_NAME = ?, CREATED_AT = ? WHERE NAME_KEY = ?"
				: "INSERT INTO " + SCHEMA + ".DATASETS (NAME, SOURCE_KIND, SCHEMA_NAME, CREATED_AT, NAME_KEY) VALUES (?, ?, ?, ?, ?)";
		try (PreparedStatement write = connection.prepareStatement(sql)) {
			write.setString(1, name);
			write.setString(2, sourceKind);
			write.setString(3, schema);
			write.setTimestamp(4, Timestamp.from(createdAt));
			write.setString(5, nameKey);
			write.executeUpdate();
		}
		return previous;
	}

	/** Drops draft schemas left behind by an import that did not finish (a crash, a kill). */
	static void dropAbandonedDrafts(Connection connection) throws SQLException {
		List<String> abandoned = new ArrayList<>();
		String sql = "SELECT s.SCHEMANAME FROM SYS.SYSSCHEMAS s WHERE s.SCHEMANAME LIKE '" + DRAFT_PREFIX
				+ "%' AND s.SCHEMANAME NOT IN (SELECT SCHEMA_NAME FROM " + SCHEMA + ".DATASETS)";
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			while (rs.next()) {
				abandoned.add(rs.getString(1));
			}
		}
		for (String schema : abandoned) {
			DerbySchemas.drop(connection, schema);
		}
	}

	static boolean schemaExists(Connection connection, String schema) throws SQLException {
		try (PreparedStatement statement = connection
				.prepareStatement("SELECT 1 FROM SYS.SYSSCHEMAS WHERE SCHEMANAME = ?")) {
			statement.setString(1, schema);
			try (ResultSet rs = statement.executeQuery()) {
				return rs.next();
			}
		}
	}
}
