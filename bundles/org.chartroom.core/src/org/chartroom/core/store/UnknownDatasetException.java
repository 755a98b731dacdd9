package org.chartroom.core.store;

/** The workspace has no dataset of the given name. */
public final class UnknownDatasetException extends StoreException {

	private static final long serialVersionUID = 1L;

	public UnknownDatasetException(String message) {
		super(message);
	}
}
