package org.chartroom.core.store;

/**
 * A store operation failed. The message is written for the person who asked for the
 * operation: it names the workspace, dataset or statement involved.
 */
public class StoreException extends Exception {

	private static final long serialVersionUID = 1L;

	public StoreException(String message) {
		super(message);
	}

	public StoreException(String message, Throwable cause) {
		super(message, cause);
	}
}
