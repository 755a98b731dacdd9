package org.chartroom.store.derby;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.chartroom.core.store.DerivedTable;

/**
 * What a schema holds, and dropping it whole. Derby only drops an empty schema, so its objects go
 * first: foreign keys (so tables can go in any order), views, synonyms, tables, sequences.
 */
final class DerbySchemas {

	private DerbySchemas() {
	}

	/** The names of the base tables of a schema, sorted, without the derived tables Chartroom keeps there. */
	static List<String> tables(Connection connection, String schema) throws SQLException {
		return rows(connection, "SELECT t.TABLENAME FROM SYS.SYSTABLES t JOIN SYS.SYSSCHEMAS s ON t.SCHEMAID = s.SCHEMAID "
				+ "WHERE s.SCHEMANAME = ? AND t.TABLETYPE = 'T' ORDER BY t.TABLENAME", schema, 1).stream().map(r -> r[0])
				.filter(table -> !DerivedTable.isDerived(table)).toList();
	}

	/** Whether a schema has a base table of that name, derived or not. */
	static boolean hasTable(Connection connection, String schema, String table) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("SELECT 1 FROM SYS.SYSTABLES t JOIN SYS.SYSSCHEMAS s "
				+ "ON t.SCHEMAID = s.SCHEMAID WHERE s.SCHEMANAME = ? AND t.TABLENAME = ? AND t.TABLETYPE = 'T'")) {
			statement.setString(1, schema);
			statement.setString(2, table);
			try (ResultSet rs = statement.executeQuery()) {
				return rs.next();
			}
		}
	}

	/** Creates the schema unless it is there. */
	static void ensure(Connection connection, String schema) throws SQLException {
		if (rows(connection, "SELECT SCHEMANAME FROM SYS.SYSSCHEMAS WHERE SCHEMANAME = ?", schema, 1).isEmpty()) {
			try (Statement statement = connection.createStatement()) {
				statement.executeUpdate("CREATE SCHEMA " + quote(schema));
			}
		}
	}

	static void drop(Connection connection, String schema) throws SQLException {
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			String quotedSchema = quote(schema);
			for (String[] fk : rows(connection, "SELECT t.TABLENAME, c.CONSTRAINTNAME FROM SYS.SYSCONSTRAINTS c "
					+ "JOIN SYS.SYSTABLES t ON c.TABLEID = t.TABLEID JOIN SYS.SYSSCHEMAS s ON t.SCHEMAID = s.SCHEMAID "
					+ "WHERE s.SCHEMANAME = ? AND c.TYPE = 'F'", schema, 2)) {
				statement.executeUpdate("ALTER TABLE " + quotedSchema + "." + quote(fk[0]) + " DROP CONSTRAINT " + quote(fk[1]));
			}
			dropTables(connection, statement, schema, "V", "VIEW");
			dropTables(connection, statement, schema, "A", "SYNONYM");
			dropTables(connection, statement, schema, "T", "TABLE");
			for (String[] sequence : rows(connection, "SELECT q.SEQUENCENAME FROM SYS.SYSSEQUENCES q "
					+ "JOIN SYS.SYSSCHEMAS s ON q.SCHEMAID = s.SCHEMAID WHERE s.SCHEMANAME = ?", schema, 1)) {
				statement.executeUpdate("DROP SEQUENCE " + quotedSchema + "." + quote(sequence[0]) + " RESTRICT");
			}
			statement.executeUpdate("DROP SCHEMA " + quotedSchema + " RESTRICT");
			connection.commit();
		} catch (SQLException e) {
			connection.rollback();
			throw e;
		} finally {
			connection.setAutoCommit(autoCommit);
		}
	}

	private static void dropTables(Connection connection, Statement statement, String schema, String type, String kind)
			throws SQLException {
		for (String[] table : rows(connection, "SELECT t.TABLENAME FROM SYS.SYSTABLES t JOIN SYS.SYSSCHEMAS s "
				+ "ON t.SCHEMAID = s.SCHEMAID WHERE s.SCHEMANAME = ? AND t.TABLETYPE = '" + type + "'", schema, 1)) {
			statement.executeUpdate("DROP " + kind + " " + quote(schema) + "." + quote(table[0]));
		}
	}

	private static List<String[]> rows(Connection connection, String sql, String schema, int columns) throws SQLException {
		List<String[]> rows = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, schema);
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					String[] row = new String[columns];
					for (int i = 0; i < columns; i++) {
						row[i] = rs.getString(i + 1);
					}
					rows.add(row);
				}
			}
		}
		return rows;
	}

	static String quote(String identifier) {
		return '"' + identifier.replace("\"", "\"\"") + '"';
	}
}
