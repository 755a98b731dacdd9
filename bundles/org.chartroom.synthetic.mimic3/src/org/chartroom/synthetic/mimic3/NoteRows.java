package org.chartroom.synthetic.mimic3;

import static org.chartroom.synthetic.mimic3.Timestamps.DAY;
import static org.chartroom.synthetic.mimic3.Timestamps.HOUR;
import static org.chartroom.synthetic.mimic3.Timestamps.MINUTE;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.chartroom.synthetic.mimic3.PatientPlan.Admission;
import org.chartroom.synthetic.mimic3.PatientPlan.CareSystem;
import org.chartroom.synthetic.mimic3.PatientPlan.IcuStay;

/**
 * NOTEEVENTS: free-text notes written from templates ({@code data/notes}): a discharge summary and
 * ECG reports per admission (dated, no time), nursing notes every shift and chest X-ray reports in
 * the ICU, physician notes daily in MetaVision units. Texts run over many lines and hold commas and
 * quotes, as the real notes do, and use MIMIC-III's {@code [** **]} marks where names and dates
 * were removed.
 */
final class NoteRows implements PatientRows {

	private final NoteTemplate discharge = new NoteTemplate("discharge-summary");
	private final NoteTemplate nursing = new NoteTemplate("nursing-note");
	private final NoteTemplate radiology = new NoteTemplate("radiology-chest");
	private final NoteTemplate ecg = new NoteTemplate("ecg");
	private final NoteTemplate physician = new NoteTemplate("physician-note");
	private final TableFile.Rows rows;

	NoteRows(TableFiles files) {
		rows = files.table("NOTEEVENTS").rows("SUBJECT_ID", "HADM_ID", "CHARTDATE", "CHARTTIME", "STORETIME", "CATEGORY",
				"DESCRIPTION", "CGID", "ISERROR", "TEXT");
	}

	@Override
	public Chance.Part part() {
		return Chance.Part.NOTES;
	}

	@Override
	public void write(PatientPlan patient, Chance chance) throws IOException {
		String subject = Text.of(patient.subjectId());
		for (Admission admission : patient.admissions()) {
			String hadm = Text.of(admission.hadmId());
			Map<String, String> values = values(patient, admission, chance);
			int ecgs = chance.chance(0.5) ? 2 : 1;
			for (int i = 0; i < ecgs; i++) {
				long at = admission.admit() + (admission.discharge() - admission.admit()) * chance.between(0, 100) / 100;
				vitals(values, chance);
				rows.add(subject, hadm, Text.date(at), null, null, "ECG", "Report", null, null, ecg.render(values, chance));
			}
			for (IcuStay stay : admission.icuStays()) {
				writeIcuNotes(subject, hadm, stay, values, chance);
			}
			rows.add(subject, hadm, Text.date(admission.discharge()), null, null, "Discharge summary", "Report", null, null,
					discharge.render(values, chance));
		}
	}

	private void writeIcuNotes(String subject, String hadm, IcuStay stay, Map<String, String> values, Chance chance)
			throws IOException {
		boolean metavision = stay.system() == CareSystem.METAVISION;
		for (long shiftEnd = Timestamps.midnight(stay.intime()) + 6 * HOUR; shiftEnd < stay.outtime(); shiftEnd += 12 * HOUR) {
			long at = shiftEnd + chance.between(0, 59) * MINUTE;
			if (at <= stay.intime() + HOUR || at >= stay.outtime()) {
				continue;
			}
			vitals(values, chance);
			values.put("TITLE", metavision ? "Nursing Progress Note" : chance.pick("NPN 7a-7p", "NPN 7p-7a", "Nursing Note"));
			values.put("RESP", stay.ventilated() && at >= stay.ventStart() && at < stay.ventEnd()
					? "Intubated on " + chance.pick("AC 500x14, PEEP 5, FiO2 40%", "CPAP+PS 5/5, FiO2 40%", "SIMV, FiO2 50%")
							+ ". Suctioned for " + chance.pick("thick", "thin", "moderate") + " secretions."
					: "On " + chance.pick("2L NC", "4L NC", "room air", "face tent") + ", lungs " + chance.pick("clear", "coarse",
							"diminished at bases") + ".");
			values.put("URINE", Text.of(chance.between(20, 150)));
			rows.add(subject, hadm, Text.date(at), Text.time(at), Text.time(at + chance.between(0, 60) * MINUTE),
					metavision ? "Nursing" : "Nursing/other", metavision ? "Nursing Progress Note" : "Report",
					Text.of(stay.nurseAt(at)), null, nursing.render(values, chance));
		}
		int day = 1;
		for (long morning = Timestamps.midnight(stay.intime()) + DAY; morning < stay.outtime(); morning += DAY, day++) {
			long xray = morning + chance.between(4 * 60, 8 * 60) * MINUTE;
			if (xray < stay.outtime() && chance.chance(stay.ventilated() ? 0.9 : 0.5)) {
				values.put("DATE", deidDate(xray));
				values.put("TIME", Text.time(xray).substring(11, 16));
				values.put("CLIP", Text.of(chance.between(10_000, 99_999)));
				values.put("TUBES", stay.ventilated() && xray < stay.ventEnd()
						? "The endotracheal tube ends " + chance.between(3, 6) + " cm above the carina. " : "");
				rows.add(subject, hadm, Text.date(xray), Text.time(xray), null, "Radiology", "CHEST (PORTABLE AP)", null, null,
						radiology.render(values, chance));
			}
			long rounds = morning + chance.between(10 * 60, 13 * 60) * MINUTE;
			if (metavision && rounds < stay.outtime()) {
				vitals(values, chance);
				values.put("DAY", Text.of(day));
				rows.add(subject, hadm, Text.date(rounds), Text.time(rounds), Text.time(rounds + chance.between(10, 120) * MINUTE),
						"Physician ", "Physician Resident Progress Note", Text.of(stay.physician()), null,
						physician.render(values, chance));
			}
		}
	}

	/** What every note of the admission may mention. */
	private static Map<String, String> values(PatientPlan patient, Admission admission, Chance chance) {
		Map<String, String> values = new HashMap<>();
		boolean male = "M".equals(patient.gender());
		values.put("ADMIT_DATE", deidDate(admission.admit()));
		values.put("DISCHARGE_DATE", deidDate(admission.discharge()));
		values.put("DOB", deidDate(patient.dob()));
		values.put("SEX", patient.gender());
		values.put("GENDER_WORD", male ? "man" : "woman");
		values.put("AGE", patient.over89() ? "[**Age over 90 **]" : Text.of(patient.ageAt(admission.admit())));
		values.put("SERVICE", admission.service());
		values.put("DOCTOR", Text.of(chance.between(100, 9999)));
		values.put("COMPLAINT", admission.diagnosis());
		values.put("COMPLAINT_LOWER", admission.diagnosis().toLowerCase(Locale.ROOT).replace('\\', '/'));
		values.put("DIAGNOSIS", admission.diagnosis().replace('\\', '/'));
		IcuStay first = admission.icuStays().get(0);
		values.put("CAREUNIT", first.careunit());
		StringBuilder procedures = new StringBuilder();
		StringBuilder course = new StringBuilder();
		for (IcuStay stay : admission.icuStays()) {
			if (stay.ventilated()) {
				procedures.append("Endotracheal intubation\n");
			}
			if (stay.centralLine()) {
				procedures.append("Central venous line placement\n");
			}
			if (stay.arterialLine()) {
				procedures.append("Arterial line placement\n");
			}
			course.append("The patient spent ").append(Text.number(stay.losDays(), 1)).append(" days in the ")
					.append(stay.careunit()).append(stay.ventilated() ? ", was intubated for airway protection" : "")
					.append(stay.pressors() ? ", required pressors for hypotension" : "").append(". ");
		}
		course.append(admission.diedHere()
				? "Despite maximal therapy the patient's condition worsened; after a family meeting, care was focused on comfort, and the patient expired."
				: "The patient improved and was transferred to the floor, then discharged.");
		values.put("PROCEDURES", procedures.isEmpty() ? "None" : procedures.toString().strip());
		values.put("COURSE", course.toString());
		values.put("MEDICATIONS", "1. " + chance.pick("Aspirin 81 mg PO daily", "Metoprolol 25 mg PO BID", "Lisinopril 10 mg PO daily")
				+ "\n2. " + chance.pick("Atorvastatin 40 mg PO daily", "Omeprazole 20 mg PO daily", "Furosemide 20 mg PO daily")
				+ "\n3. " + chance.pick("Metformin 500 mg PO BID", "Levothyroxine 50 mcg PO daily", "Docusate 100 mg PO BID"));
		values.put("DISPOSITION", admission.diedHere() ? "Expired" : admission.dischargeLocation());
		values.put("CONDITION", admission.diedHere() ? "Expired" : chance.pick("Stable", "Good", "Fair, stable"));
		return values;
	}

	/** Vital signs and ECG intervals for the next note. */
	private static void vitals(Map<String, String> values, Chance chance) {
		int hr = chance.between(55, 125);
		values.put("HR", Text.of(hr));
		values.put("SBP", Text.of(chance.between(90, 160)));
		values.put("DBP", Text.of(chance.between(45, 90)));
		values.put("RR", Text.of(chance.between(12, 28)));
		values.put("SPO2", Text.of(chance.between(90, 100)));
		values.put("TEMP", Text.number(chance.uniform(97.0, 101.5), 1));
		values.put("PR", Text.of(chance.between(120, 200)));
		values.put("QRS", Text.of(chance.between(80, 120)));
		int qt = chance.between(340, 440);
		values.put("QT", Text.of(qt));
		values.put("QTC", Text.of(qt + chance.between(10, 60)));
		values.put("PAXIS", Text.of(chance.between(20, 70)));
		values.put("QRSAXIS", Text.of(chance.between(-30, 90)));
		values.put("TAXIS", Text.of(chance.between(10, 80)));
	}

	/** A date as MIMIC-III's de-identification writes it inside notes: 2154-2-7. */
	private static String deidDate(long time) {
		LocalDate date = Timestamps.toLocal(time).toLocalDate();
		return date.getYear() + "-" + date.getMonthValue() + "-" + date.getDayOfMonth();
	}
}
