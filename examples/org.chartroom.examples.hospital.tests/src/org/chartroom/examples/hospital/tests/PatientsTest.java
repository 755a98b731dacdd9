package org.chartroom.examples.hospital.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.chartroom.core.patients.PatientFilter;
import org.chartroom.core.patients.PatientListItem;
import org.chartroom.core.patients.PatientPage;
import org.chartroom.core.patients.PatientSummary;
import org.chartroom.core.patients.Patients;
import org.chartroom.core.patients.Timeline;
import org.chartroom.core.store.DatasetInfo;
import org.chartroom.model.warehouse.ConceptSet;
import org.junit.jupiter.api.Test;

/** The patient browser's headless service on the plugin's dataset: list, record and timeline, read through the model only. */
class PatientsTest {

	@Test
	void listsEveryPatientWithTheirEncounters() throws Exception {
		PatientPage page = patients().list(PatientFilter.all(100), null);
		assertEquals(50, page.total());
		assertEquals(HospitalWorkspace.count("SELECT COUNT(*) FROM ENCOUNTER"),
				page.patients().stream().mapToLong(PatientListItem::stays).sum());
		long died = page.patients().stream().filter(PatientListItem::died).count();
		assertEquals(HospitalWorkspace.count("SELECT COUNT(*) FROM PATIENT WHERE DEATH_DATE IS NOT NULL"), died);
		assertEquals(List.of(7L, 0L), List.of(died, page.patients().stream().mapToLong(PatientListItem::icuStays).sum()),
				"deaths; no stay is an ICU stay");
	}

	@Test
	void readsOnePatientsRecordAndTimeline() throws Exception {
		Patients patients = patients();
		PatientSummary patient = patients.summary("1001", null).orElseThrow();
		Object[] row = HospitalWorkspace.rows("SELECT SEX, BIRTH_DATE, DEATH_DATE FROM PATIENT WHERE PATIENT_ID = 1001").get(0);
		assertEquals(Optional.of(row[0]), patient.sex());
		assertEquals(Optional.of((LocalDateTime) row[1]), patient.birth());
		assertEquals(Optional.ofNullable((LocalDateTime) row[2]), patient.death());
		assertEquals(HospitalWorkspace.count("SELECT COUNT(*) FROM ENCOUNTER WHERE PATIENT_ID = 1001"), patient.stays().size());

		Timeline timeline = patients.timeline(patient, Optional.empty(), null);
		long vitals = HospitalWorkspace.count("SELECT COUNT(*) FROM VITAL_SIGN WHERE PATIENT_ID = 1001");
		long labs = HospitalWorkspace.count("SELECT COUNT(*) FROM LAB_RESULT WHERE PATIENT_ID = 1001");
		long diagnoses = HospitalWorkspace.count("SELECT COUNT(*) FROM DIAGNOSIS WHERE PATIENT_ID = 1001");
		assertEquals(List.of(vitals, labs, diagnoses), List.of(timeline.series("VITAL_SIGN").orElseThrow().events().size() + 0L,
				timeline.series("LAB_RESULT").orElseThrow().events().size() + 0L,
				timeline.series("DIAGNOSIS").orElseThrow().events().size() + 0L));
		assertEquals(List.of(2L, 276L, 80L, 6L), List.of((long) patient.stays().size(), vitals, labs, diagnoses));

		ConceptSet heartRate = patients.vitalSigns().get(0);
		assertEquals("Heart rate", heartRate.getName());
		assertEquals(6, patients.vitalSigns().size());
		assertEquals(HospitalWorkspace.count("SELECT COUNT(*) FROM VITAL_SIGN WHERE PATIENT_ID = 1001 AND CODE = 'HR'"),
				timeline.eventsIn(heartRate).size());
	}

	static Patients patients() throws Exception {
		DatasetInfo dataset = HospitalWorkspace.get().findDataset(HospitalWorkspace.DATASET).orElseThrow();
		return new Patients(HospitalWorkspace.get(), dataset.name(), HospitalServices.connector().schemaOf(dataset));
	}
}
