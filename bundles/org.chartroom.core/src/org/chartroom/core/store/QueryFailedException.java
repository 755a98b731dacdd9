package org.chartroom.core.store;

import java.util.Optional;

/** The database rejected or failed a statement; carries the database's own error code. */
public final class QueryFailedException extends StoreException {

	private static final long serialVersionUID = 1L;

	private final String sqlState;

	public QueryFailedException(String message, String sqlState, Throwable cause) {
		super(message, cause);
		this.sqlState = sqlState;
	}

	/** The SQLSTATE reported by the database, when it gave one. */
	public Optional<String> sqlState() {
		return Optional.ofNullable(sqlState);
	}
}
