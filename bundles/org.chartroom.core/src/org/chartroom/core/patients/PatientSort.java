package org.chartroom.core.patients;

/** What a patient list is sorted by; ties go by patient id. */
public enum PatientSort {
	ID("PATIENT_ID"), SEX("SEX"), AGE("AGE"), FIRST_ADMISSION("FIRST_START"), ADMISSIONS("STAYS"), ICU_STAYS("ICU_STAYS"),
	DEATH("DEATH");

	final String column;

	PatientSort(String column) {
		this.column = column;
	}
}
