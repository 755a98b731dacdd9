package org.chartroom.synthetic.mimic3;

import static org.chartroom.synthetic.mimic3.Timestamps.DAY;
import static org.chartroom.synthetic.mimic3.Timestamps.HOUR;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chartroom.synthetic.mimic3.PatientPlan.Admission;
import org.chartroom.synthetic.mimic3.PatientPlan.IcuStay;

/**
 * DIAGNOSES_ICD, PROCEDURES_ICD, DRGCODES and CPTEVENTS: what each admission was coded and billed
 * as, from its condition and what happened in its ICU stays. The codes come from the dictionaries
 * this class also writes ({@link CodeBook}), so every code used is in D_ICD_* (and every CPT code
 * falls in a D_CPT range).
 */
final class BillingRows implements PatientRows {

	private record Cpt(String code, String costcenter, String description, String rule) {
	}

	private final CodeBook codes;
	private final Weighted<String> comorbidities;
	private final Map<String, List<Cpt>> cptsByRule = new HashMap<>();
	private final TableFile.Rows diagnoses;
	private final TableFile.Rows procedures;
	private final TableFile.Rows drgs;
	private final TableFile.Rows cpts;

	BillingRows(TableFiles files, CodeBook codes, Weighted<Condition> conditions) {
		this.codes = codes;
		this.comorbidities = Weighted.parse(Tsv.read("comorbidities.tsv").get(0).text("codes"));
		for (Tsv.Row row : Tsv.read("cpt-codes.tsv")) {
			Cpt cpt = new Cpt(row.text("code"), row.text("costcenter"), row.textOrNull("description"), row.text("rule"));
			codes.section(cpt.code()); // fails for a code outside every D_CPT range
			cptsByRule.computeIfAbsent(cpt.rule(), r -> new ArrayList<>()).add(cpt);
		}
		comorbidities.values().forEach(codes::diagnosis);
		for (Condition condition : conditions.values()) {
			condition.primary().values().forEach(codes::diagnosis);
			condition.related().forEach(codes::diagnosis);
			condition.procedures().forEach(codes::procedure);
			condition.drgs().forEach(codes::drg);
		}
		diagnoses = files.table("DIAGNOSES_ICD").rows("SUBJECT_ID", "HADM_ID", "SEQ_NUM", "ICD9_CODE");
		procedures = files.table("PROCEDURES_ICD").rows("SUBJECT_ID", "HADM_ID", "SEQ_NUM", "ICD9_CODE");
		drgs = files.table("DRGCODES").rows("SUBJECT_ID", "HADM_ID", "DRG_TYPE", "DRG_CODE", "DESCRIPTION", "DRG_SEVERITY",
				"DRG_MORTALITY");
		cpts = files.table("CPTEVENTS").rows("SUBJECT_ID", "HADM_ID", "COSTCENTER", "CHARTDATE", "CPT_CD", "CPT_NUMBER",
				"CPT_SUFFIX", "TICKET_ID_SEQ", "SECTIONHEADER", "SUBSECTIONHEADER", "DESCRIPTION");
	}

	@Override
	public Chance.Part part() {
		return Chance.Part.BILLING;
	}

	@Override
	public void write(PatientPlan patient, Chance chance) throws IOException {
		String subject = Text.of(patient.subjectId());
		for (Admission admission : patient.admissions()) {
			String hadm = Text.of(admission.hadmId());
			writeDiagnoses(subject, hadm, admission, patient.ageAt(admission.admit()), chance);
			writeProcedures(subject, hadm, admission, chance);
			writeDrgs(subject, hadm, admission, chance);
			new CptTickets(subject, hadm).write(admission, chance);
		}
	}

	private void writeDiagnoses(String subject, String hadm, Admission admission, int age, Chance chance) throws IOException {
		Condition condition = admission.condition();
		Set<String> coded = new LinkedHashSet<>();
		coded.add(chance.pick(condition.primary()));
		for (String related : condition.related()) {
			if (chance.chance(0.6)) {
				coded.add(related);
			}
		}
		int extra = chance.between(5, 7 + Math.min(age, 90) / 10);
		for (int i = 0; i < extra * 3 && extra > 0; i++) {
			if (coded.add(chance.pick(comorbidities))) {
				extra--;
			}
		}
		int seq = 1;
		for (String code : coded) {
			diagnoses.add(subject, hadm, Text.of(seq++), code);
		}
	}

	private void writeProcedures(String subject, String hadm, Admission admission, Chance chance) throws IOException {
		Set<String> coded = new LinkedHashSet<>();
		for (String code : admission.condition().procedures()) {
			if (chance.chance(0.5)) {
				coded.add(code);
			}
		}
		for (IcuStay stay : admission.icuStays()) {
			if (stay.ventilated()) {
				if (chance.chance(0.7)) {
					coded.add("9604");
				}
				coded.add(stay.ventEnd() - stay.ventStart() < 96 * HOUR ? "9671" : "9672");
			}
			if (stay.centralLine()) {
				coded.add("3893");
			}
			if (stay.arterialLine() && chance.chance(0.5)) {
				coded.add("3891");
			}
			if (stay.pressors() && chance.chance(0.3)) {
				coded.add("0017");
			}
		}
		int seq = 1;
		for (String code : coded) {
			codes.procedure(code);
			procedures.add(subject, hadm, Text.of(seq++), code);
		}
	}

	private void writeDrgs(String subject, String hadm, Admission admission, Chance chance) throws IOException {
		String type = chance.chance(0.3) ? "HCFA" : "MS";
		for (String key : admission.condition().drgs()) {
			CodeBook.Drg drg = codes.drg(key);
			if (drg.type().equals(type)) {
				drgs.add(subject, hadm, drg.type(), drg.code(), drg.description(), null, null);
			} else if (drg.type().startsWith("APR")) {
				String severity = admission.diedHere() ? "4" : Text.of(chance.between(1, 4));
				String mortality = admission.diedHere() ? "4" : Text.of(chance.between(1, 3));
				drgs.add(subject, hadm, drg.type(), drg.code(), drg.description(), severity, mortality);
			}
		}
	}

	/** The CPT rows of one admission, numbered by TICKET_ID_SEQ. */
	private final class CptTickets {

		private final String subject;
		private final String hadm;
		private int ticket;

		CptTickets(String subject, String hadm) {
			this.subject = subject;
			this.hadm = hadm;
		}

		void write(Admission admission, Chance chance) throws IOException {
			if (chance.chance(0.5)) {
				bill("admission", admission.admit(), chance);
			}
			for (IcuStay stay : admission.icuStays()) {
				bill("icu-first-day", stay.intime(), chance);
				if (chance.chance(0.3)) {
					bill("icu-extra", stay.intime(), chance);
				}
				for (long day = stay.intime() + DAY; day < stay.outtime(); day += DAY) {
					bill("icu-day", day, chance);
				}
				if (chance.chance(0.3)) {
					bill("consult", stay.intime(), chance);
				}
				if (stay.ventilated()) {
					bill("vent-first-day", stay.ventStart(), chance);
					for (long day = Timestamps.midnight(stay.ventStart()) + DAY; day < stay.ventEnd(); day += DAY) {
						bill("vent-day", day, chance);
					}
					if (chance.chance(0.5)) {
						bill("intubation", stay.ventStart(), chance);
					}
				}
				billIf(stay.centralLine() && chance.chance(0.6), "cvl", stay.intime(), chance);
				billIf(stay.arterialLine() && chance.chance(0.5), "art", stay.intime(), chance);
				billIf(chance.chance(0.4), "ekg", stay.intime(), chance);
				billIf(chance.chance(0.3), "xray", stay.intime(), chance);
			}
			String condition = admission.condition().name();
			billIf("renal".equals(condition) && chance.chance(0.5), "dialysis", admission.admit(), chance);
			billIf("gibleed".equals(condition) && chance.chance(0.6), "gibleed", admission.admit(), chance);
			billIf(!admission.diedHere() && chance.chance(0.7), "discharge", admission.discharge(), chance);
		}

		private void billIf(boolean when, String rule, long time, Chance chance) throws IOException {
			if (when) {
				bill(rule, time, chance);
			}
		}

		/** A code of {@code rule}; respiratory care rows carry their date and a description, ICU rows neither. */
		private void bill(String rule, long time, Chance chance) throws IOException {
			List<Cpt> candidates = cptsByRule.get(rule);
			if (candidates == null) {
				throw new IllegalStateException("data/cpt-codes.tsv has no code for " + rule);
			}
			Cpt cpt = chance.pick(candidates);
			CodeBook.Section section = codes.section(cpt.code());
			boolean resp = "Resp".equals(cpt.costcenter());
			cpts.add(subject, hadm, cpt.costcenter(), resp ? Text.date(time) : null, cpt.code(), cpt.code(), null,
					Text.of(++ticket), section.header(), section.subsectionHeader(), resp ? cpt.description() : null);
		}
	}
}
