package org.chartroom.store.derby;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;

import org.apache.derby.jdbc.EmbeddedDriver;

/**
 * The embedded Derby engine of this process. Connections come from the driver object, not
 * from {@code DriverManager}, which refuses drivers its caller's class loader cannot see.
 */
final class DerbyEngine {

	private static final String LOG_FILE_PROPERTY = "derby.stream.error.file";
	private static Driver driver;

	private DerbyEngine() {
	}

	static synchronized Connection connect(String url) throws SQLException {
		if (driver == null) {
			driver = new EmbeddedDriver();
		}
		Connection connection = driver.connect(url, new Properties());
		if (connection == null) {
			throw new SQLException("Derby did not accept the URL " + url);
		}
		return connection;
	}

	/**
	 * Keeps Derby's log out of the current folder. Derby reads the setting once, when the engine
	 * boots, so the first workspace opened in a process keeps the log.
	 */
	static synchronized void routeLogTo(Path folder) throws IOException {
		if (driver == null && System.getProperty(LOG_FILE_PROPERTY) == null) {
			Files.createDirectories(folder);
			System.setProperty(LOG_FILE_PROPERTY, folder.resolve("derby.log").toString());
		}
	}

	/** Shuts one database down; Derby reports success as SQLState 08006. */
	static void shutdown(String url) throws SQLException {
		try {
			connect(url + ";shutdown=true").close();
		} catch (SQLException e) {
			if (!"08006".equals(e.getSQLState())) {
				throw e;
			}
		}
	}

	/** True when Derby refused to boot because another JVM has the database (XSDB6). */
	static boolean isBootedElsewhere(SQLException e) {
		for (Throwable t = e; t != null; t = next(t)) {
			if (t instanceof SQLException sql && "XSDB6".equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	private static Throwable next(Throwable t) {
		if (t instanceof SQLException sql && sql.getNextException() != null) {
			return sql.getNextException();
		}
		return t.getCause();
	}
}
