package org.chartroom.core.store;

/** A dataset of that name already exists and replacing it was not asked for. */
public final class DatasetExistsException extends StoreException {

	private static final long serialVersionUID = 1L;

	public DatasetExistsException(String message) {
		super(message);
	}
}
