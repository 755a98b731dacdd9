package org.chartroom.core.patients;

import java.util.List;

/**
 * One page of a filtered, sorted patient list.
 *
 * @param patients the rows of the page
 * @param offset   how many rows of the whole list come before the page
 * @param total    how many patients the filter lets through in all
 */
public record PatientPage(List<PatientListItem> patients, int offset, long total) {

	public PatientPage {
		patients = List.copyOf(patients);
	}

	public boolean hasNext() {
		return offset + patients.size() < total;
	}
}
