package org.chartroom.store.derby.tests;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

import org.apache.derby.jdbc.EmbeddedDriver;

/**
 * A workspace's Derby database opened around the store, to build or change what a test needs
 * (a workspace of an earlier version, a registry row). Never while the store has the workspace open.
 */
final class DirectDerby {

	private DirectDerby() {
	}

	/** Creates the database of a workspace that does not exist yet. */
	static Connection create(Path workspace) throws SQLException {
		return connect(url(workspace) + ";create=true");
	}

	/** Opens the database of an existing workspace. */
	static Connection connect(Path workspace) throws SQLException {
		return connect(url(workspace));
	}

	/** Shuts the database down, so that the store boots it afresh; Derby reports success as 08006. */
	static void shutdown(Path workspace) throws SQLException {
		try {
			connect(url(workspace) + ";shutdown=true").close();
		} catch (SQLException e) {
			if (!"08006".equals(e.getSQLState())) {
				throw e;
			}
		}
	}

	private static String url(Path workspace) {
		return "jdbc:derby:" + workspace.toAbsolutePath().resolve("store/derby");
	}

	private static Connection connect(String url) throws SQLException {
		Connection connection = new EmbeddedDriver().connect(url, new Properties());
		if (connection == null) {
			throw new SQLException("Derby did not accept " + url);
		}
		return connection;
	}
}
