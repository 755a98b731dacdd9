package org.chartroom.cohort.sql;

import org.chartroom.core.store.StoreException;

/**
 * A cohort definition that cannot run on a dataset: the message names the criterion and field at
 * fault and what is wrong. Thrown before anything is sent to the store.
 */
public final class InvalidCohortException extends StoreException {

	private static final long serialVersionUID = 1L;

	public InvalidCohortException(String message) {
		super(message);
	}

	/** {@code Invalid cohort definition: criterion 2 (Heart rate), maxValue: '1 OR 1=1' is not a number.} */
	static InvalidCohortException at(String where, String field, String problem) {
		return new InvalidCohortException("Invalid cohort definition: " + where + ", " + field + ": " + problem + ".");
	}
}
