package org.chartroom.synthetic.mimic3;

import static org.chartroom.synthetic.mimic3.Timestamps.DAY;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.chartroom.synthetic.mimic3.PatientPlan.Admission;
import org.chartroom.synthetic.mimic3.PatientPlan.IcuStay;

/**
 * PRESCRIPTIONS: the drugs ordered in each admission ({@code data/drugs.tsv}), chosen by what suits
 * the patient (ventilated, on vasopressors, the condition), each ordered one or more times with dates
 * inside the admission. ICUSTAY_ID is set when the order starts during an ICU stay.
 */
final class PrescriptionRows implements PatientRows {

	private record Drug(String type, String drug, String poe, String generic, String formulary, String gsn, String ndc,
			String strength, String dose, String doseUnit, String form, String formUnit, String route, String use,
			double weight) {
	}

	private static final Set<String> INFECTIONS = Set.of("sepsis", "pneumonia");
	private static final Set<String> CARDIAC = Set.of("mi", "chf", "cabg");

	private final List<Drug> drugs = new ArrayList<>();
	private final TableFile.Rows rows;

	PrescriptionRows(TableFiles files) {
		for (Tsv.Row row : Tsv.read("drugs.tsv")) {
			drugs.add(new Drug(row.text("drug_type"), row.text("drug"), row.textOrNull("drug_name_poe"),
					row.textOrNull("drug_name_generic"), row.textOrNull("formulary_drug_cd"), row.textOrNull("gsn"),
					row.textOrNull("ndc"), row.textOrNull("prod_strength"), row.textOrNull("dose_val_rx"),
					row.textOrNull("dose_unit_rx"), row.textOrNull("form_val_disp"), row.textOrNull("form_unit_disp"),
					row.textOrNull("route"), row.text("use"), row.number("weight")));
		}
		rows = files.table("PRESCRIPTIONS").rows("SUBJECT_ID", "HADM_ID", "ICUSTAY_ID", "STARTDATE", "ENDDATE", "DRUG_TYPE",
				"DRUG", "DRUG_NAME_POE", "DRUG_NAME_GENERIC", "FORMULARY_DRUG_CD", "GSN", "NDC", "PROD_STRENGTH", "DOSE_VAL_RX",
				"DOSE_UNIT_RX", "FORM_VAL_DISP", "FORM_UNIT_DISP", "ROUTE");
	}

	@Override
	public Chance.Part part() {
		return Chance.Part.PRESCRIPTIONS;
	}

	@Override
	public void write(PatientPlan patient, Chance chance) throws IOException {
		String subject = Text.of(patient.subjectId());
		for (Admission admission : patient.admissions()) {
			String hadm = Text.of(admission.hadmId());
			long firstDay = Timestamps.midnight(admission.admit());
			long lastDay = Timestamps.midnight(admission.discharge());
			int days = (int) ((lastDay - firstDay) / DAY);
			for (Drug drug : drugs) {
				if (!suits(drug.use(), admission) || !chance.chance(Math.min(0.95, drug.weight() / 5))) {
					continue;
				}
				int orders = chance.between(1, 6);
				for (int o = 0; o < orders; o++) {
					long start = firstDay + chance.between(0, days) * DAY;
					long end = Math.min(lastDay, start + chance.between(0, 4) * DAY);
					String icustay = admission.icuStays().stream()
							.filter(s -> Timestamps.midnight(s.intime()) <= start && start <= s.outtime()).findFirst()
							.map(IcuStay::icustayId).map(Text::of).orElse(null);
					rows.add(subject, hadm, icustay, Text.time(start), Text.time(end), drug.type(), drug.drug(), drug.poe(),
							drug.generic(), drug.formulary(), drug.gsn(), drug.ndc(), drug.strength(), drug.dose(), drug.doseUnit(),
							drug.form(), drug.formUnit(), drug.route());
				}
			}
		}
	}

	private static boolean suits(String use, Admission admission) {
		String condition = admission.condition().name();
		return switch (use) {
		case "all", "icu" -> true;
		case "vent" -> admission.ventilated();
		case "shock" -> admission.icuStays().stream().anyMatch(IcuStay::pressors);
		case "infection" -> INFECTIONS.contains(condition);
		case "cardiac" -> CARDIAC.contains(condition);
		default -> use.equals(condition);
		};
	}
}
