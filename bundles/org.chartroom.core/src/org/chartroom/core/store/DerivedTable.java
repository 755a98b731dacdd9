package org.chartroom.core.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * A table Chartroom computes from a dataset's own tables and keeps inside the dataset, so that it is
 * published, replaced and dropped with it (for example how many patients use each concept). Its name
 * starts with {@link #PREFIX}; it is not one of the dataset's tables ({@link Workspace#tables} and
 * {@link DatasetInfo#tableCount} leave it out), but queries can read it.
 */
public interface DerivedTable {

	/** The start of every derived table's name; no source table may start with it. */
	String PREFIX = "CHARTROOM_";

	/** The table's name, starting with {@link #PREFIX}, as the database stores it unquoted (upper case). */
	String name();

	/**
	 * Creates and fills the table through {@code connection}, whose unqualified names resolve in the
	 * dataset. The caller commits, or rolls back when this throws.
	 */
	void create(Connection connection, SqlDialect dialect, IProgressMonitor monitor) throws SQLException, StoreException;

	/** Whether a table name is that of a derived table. */
	static boolean isDerived(String tableName) {
		return tableName.toUpperCase(Locale.ROOT).startsWith(PREFIX);
	}
}
