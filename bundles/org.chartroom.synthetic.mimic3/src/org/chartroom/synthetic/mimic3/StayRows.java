package org.chartroom.synthetic.mimic3;

import java.io.IOException;
import java.util.Optional;

import org.chartroom.synthetic.mimic3.PatientPlan.Admission;
import org.chartroom.synthetic.mimic3.PatientPlan.Death;
import org.chartroom.synthetic.mimic3.PatientPlan.IcuStay;

/** PATIENTS, ADMISSIONS and ICUSTAYS: the patient and the two levels of stay, straight from the plan. */
final class StayRows implements PatientRows {

	private final TableFile.Rows patients;
	private final TableFile.Rows admissions;
	private final TableFile.Rows icuStays;

	StayRows(TableFiles files) {
		patients = files.table("PATIENTS").rows("SUBJECT_ID", "GENDER", "DOB", "DOD", "DOD_HOSP", "DOD_SSN", "EXPIRE_FLAG");
		admissions = files.table("ADMISSIONS").rows("SUBJECT_ID", "HADM_ID", "ADMITTIME", "DISCHTIME", "DEATHTIME",
				"ADMISSION_TYPE", "ADMISSION_LOCATION", "DISCHARGE_LOCATION", "INSURANCE", "LANGUAGE", "RELIGION",
				"MARITAL_STATUS", "ETHNICITY", "EDREGTIME", "EDOUTTIME", "DIAGNOSIS", "HOSPITAL_EXPIRE_FLAG",
				"HAS_CHARTEVENTS_DATA");
		icuStays = files.table("ICUSTAYS").rows("SUBJECT_ID", "HADM_ID", "ICUSTAY_ID", "DBSOURCE", "FIRST_CAREUNIT",
				"LAST_CAREUNIT", "FIRST_WARDID", "LAST_WARDID", "INTIME", "OUTTIME", "LOS");
	}

	@Override
	public Chance.Part part() {
		return Chance.Part.STAYS;
	}

	@Override
	public void write(PatientPlan patient, Chance chance) throws IOException {
		String subject = Text.of(patient.subjectId());
		Optional<Death> death = patient.death();
		String dod = death.map(d -> Text.date(d.time())).orElse(null);
		String dodHospital = death.filter(Death::inHospital).map(d -> dod).orElse(null);
		// the social security death index misses some deaths in hospital, and has all the others
		String dodSsn = death.filter(d -> !d.inHospital() || chance.chance(0.7)).map(d -> dod).orElse(null);
		patients.add(subject, patient.gender(), Text.date(patient.dob()), dod, dodHospital, dodSsn, death.isPresent() ? "1" : "0");
		for (Admission admission : patient.admissions()) {
			String hadm = Text.of(admission.hadmId());
			admissions.add(subject, hadm, Text.time(admission.admit()), Text.time(admission.discharge()),
					admission.diedHere() ? Text.time(admission.discharge()) : null, admission.admissionType(),
					admission.admissionLocation(), admission.dischargeLocation(), admission.insurance(), patient.language(),
					patient.religion(), patient.maritalStatus(), patient.ethnicity(),
					admission.edRegistered().isPresent() ? Text.time(admission.edRegistered().getAsLong()) : null,
					admission.edOut().isPresent() ? Text.time(admission.edOut().getAsLong()) : null, admission.diagnosis(),
					admission.diedHere() ? "1" : "0", admission.icuStays().isEmpty() ? "0" : "1");
			for (IcuStay stay : admission.icuStays()) {
				String ward = Text.of(stay.wardId());
				icuStays.add(subject, hadm, Text.of(stay.icustayId()), stay.system().dbsource, stay.careunit(), stay.careunit(),
						ward, ward, Text.time(stay.intime()), Text.time(stay.outtime()), Text.number(stay.losDays(), 4));
			}
		}
	}
}
