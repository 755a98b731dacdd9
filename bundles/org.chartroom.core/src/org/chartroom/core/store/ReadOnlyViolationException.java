package org.chartroom.core.store;

/** A statement that would change data was sent through the read-only query path. */
public final class ReadOnlyViolationException extends StoreException {

	private static final long serialVersionUID = 1L;

	public ReadOnlyViolationException(String message) {
		super(message);
	}
}
