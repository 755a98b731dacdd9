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
import java.util.Map;
import java.util.Optional;

import org.chartroom.core.store.DatasetInfo;
import org.chartroom.core.store.DerivedTable;
import org.chartroom.core.workspace.DatasetName;

/**
 * The workspace's own bookkeeping, in schema {@code CHARTROOM}: which published dataset lives in
 * which database schema ({@code DATASETS}), and how many rows its tables hold ({@link RowCounts}).
 * A dataset's tables sit in a schema {@code DS_<n>}; a schema of that form that no row names is a
 * draft (an import in progress, or one that was interrupted).
 */
final class Registry {

	static final String SCHEMA = "CHARTROOM";
	static final String DATASETS = SCHEMA + ".DATASETS";
	static final String DRAFT_PREFIX = "DS_";

	/** A published dataset's row, with the number of tables its schema holds. */
	private static final String SELECT_ENTRY = "SELECT d.NAME, d.SOURCE_KIND, d.CREATED_AT, d.SCHEMA_NAME, "
			+ "(SELECT COUNT(*) FROM SYS.SYSTABLES t JOIN SYS.SYSSCHEMAS s ON t.SCHEMAID = s.SCHEMAID "
			+ "WHERE s.SCHEMANAME = d.SCHEMA_NAME AND t.TABLETYPE = 'T' AND t.TABLENAME NOT LIKE '"
			+ DerivedTable.PREFIX.replace("_", "!_") + "%' ESCAPE '!'), d.MODEL "
			+ "FROM " + DATASETS + " d";

	/** Which of its connector's schemas a dataset follows (e.g. omop-5.4); added after the first release, so nullable. */
	private static final String MODEL_COLUMN = "MODEL VARCHAR(128)";

	/** A published dataset and the schema that holds it. */
	record Entry(DatasetInfo info, String schema) {
	}

	private Registry() {
	}

	/**
	 * Creates whatever part of the registry is missing: all of it in a new workspace, the row counts
	 * and the model column in a workspace made before they were recorded.
	 */
	static void ensure(Connection connection) throws SQLException {
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			if (!schemaExists(connection, SCHEMA)) {
				statement.executeUpdate("CREATE SCHEMA " + SCHEMA);
				statement.executeUpdate("CREATE TABLE " + DATASETS + " ("
						+ "NAME_KEY VARCHAR(" + DatasetName.MAX_LENGTH + ") NOT NULL PRIMARY KEY, "
						+ "NAME VARCHAR(" + DatasetName.MAX_LENGTH + ") NOT NULL, "
						+ "SOURCE_KIND VARCHAR(64) NOT NULL, "
						+ "SCHEMA_NAME VARCHAR(128) NOT NULL UNIQUE, "
						+ "CREATED_AT TIMESTAMP NOT NULL, "
						+ MODEL_COLUMN + ")");
				statement.executeUpdate("CREATE SEQUENCE " + SCHEMA + ".SCHEMA_NUMBERS AS BIGINT START WITH 1");
			}
			if (!hasModelColumn(connection)) {
				statement.executeUpdate("ALTER TABLE " + DATASETS + " ADD COLUMN " + MODEL_COLUMN);
			}
			RowCounts.ensure(connection);
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
		List<Entry> entries = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(SELECT_ENTRY + " ORDER BY d.NAME_KEY")) {
			while (rs.next()) {
				entries.add(entry(rs));
			}
		}
		return entries;
	}

	/** The dataset of that name, compared case-insensitively, looked up by its key. */
	static Optional<Entry> find(Connection connection, String name) throws SQLException {
		String key = DatasetName.keyOf(name);
		if (key.length() > DatasetName.MAX_LENGTH) {
			return Optional.empty(); // no stored key is that long; Derby would refuse to compare it
		}
		try (PreparedStatement select = connection.prepareStatement(SELECT_ENTRY + " WHERE d.NAME_KEY = ?")) {
			select.setString(1, key);
			try (ResultSet rs = select.executeQuery()) {
				return rs.next() ? Optional.of(entry(rs)) : Optional.empty();
			}
		}
	}

	private static Entry entry(ResultSet rs) throws SQLException {
		DatasetInfo info = new DatasetInfo(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getInt(5),
				Optional.ofNullable(rs.getString(6)));
		return new Entry(info, rs.getString(4));
	}

	/**
	 * Points the name at a schema and records its tables' row counts, inside the caller's transaction;
	 * returns the schema it pointed at before, whose counts are gone with it.
	 */
	static Optional<String> publish(Connection connection, String nameKey, String name, String sourceKind,
			Optional<String> model, String schema, Instant createdAt, Map<String, Long> rowCounts) throws SQLException {
		Optional<String> previous = Optional.empty();
		try (PreparedStatement select = connection
				.prepareStatement("SELECT SCHEMA_NAME FROM " + DATASETS + " WHERE NAME_KEY = ?")) {
			select.setString(1, nameKey);
			try (ResultSet rs = select.executeQuery()) {
				if (rs.next()) {
					previous = Optional.of(rs.getString(1));
				}
			}
		}
		String sql = previous.isPresent()
				? "UPDATE " + DATASETS + " SET NAME = ?, SOURCE_KIND = ?, SCHEMA_NAME = ?, CREATED_AT = ?, MODEL = ? WHERE NAME_KEY = ?"
				: "INSERT INTO " + DATASETS + " (NAME, SOURCE_KIND, SCHEMA_NAME, CREATED_AT, MODEL, NAME_KEY) VALUES (?, ?, ?, ?, ?, ?)";
		try (PreparedStatement write = connection.prepareStatement(sql)) {
			write.setString(1, name);
			write.setString(2, sourceKind);
			write.setString(3, schema);
			write.setTimestamp(4, Timestamp.from(createdAt));
			write.setString(5, model.orElse(null));
			write.setString(6, nameKey);
			write.executeUpdate();
		}
		if (previous.isPresent()) {
			RowCounts.forget(connection, previous.get());
		}
		RowCounts.record(connection, schema, rowCounts);
		return previous;
	}

	/**
	 * Drops draft schemas left behind by an import that did not finish (a crash, a kill), and row
	 * counts that no published dataset owns.
	 */
	static void dropAbandonedDrafts(Connection connection) throws SQLException {
		List<String> abandoned = new ArrayList<>();
		String sql = "SELECT s.SCHEMANAME FROM SYS.SYSSCHEMAS s WHERE s.SCHEMANAME LIKE '" + DRAFT_PREFIX
				+ "%' AND s.SCHEMANAME NOT IN (SELECT SCHEMA_NAME FROM " + DATASETS + ")";
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			while (rs.next()) {
				abandoned.add(rs.getString(1));
			}
		}
		for (String schema : abandoned) {
			DerbySchemas.drop(connection, schema);
		}
		RowCounts.forgetOrphans(connection);
	}

	private static boolean hasModelColumn(Connection connection) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("SELECT 1 FROM SYS.SYSCOLUMNS c "
				+ "JOIN SYS.SYSTABLES t ON c.REFERENCEID = t.TABLEID JOIN SYS.SYSSCHEMAS s ON t.SCHEMAID = s.SCHEMAID "
				+ "WHERE s.SCHEMANAME = ? AND t.TABLENAME = 'DATASETS' AND c.COLUMNNAME = 'MODEL'")) {
			statement.setString(1, SCHEMA);
			try (ResultSet rs = statement.executeQuery()) {
				return rs.next();
			}
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
