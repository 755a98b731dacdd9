package org.chartroom.core.patients;

import org.chartroom.core.store.StoreException;

/** The dataset's model or data does not allow the patient view asked for, e.g. it names no patient table. */
public final class PatientDataException extends StoreException {

	private static final long serialVersionUID = 1L;

	public PatientDataException(String message) {
		super(message);
	}
}
