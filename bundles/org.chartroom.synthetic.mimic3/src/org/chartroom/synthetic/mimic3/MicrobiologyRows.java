package org.chartroom.synthetic.mimic3;

import static org.chartroom.synthetic.mimic3.Timestamps.DAY;
import static org.chartroom.synthetic.mimic3.Timestamps.HOUR;
import static org.chartroom.synthetic.mimic3.Timestamps.MINUTE;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chartroom.synthetic.mimic3.PatientPlan.Admission;
import org.chartroom.synthetic.mimic3.PatientPlan.IcuStay;

/**
 * MICROBIOLOGYEVENTS: cultures taken on admission and in the ICU ({@code data/microbiology.tsv}).
 * A culture that grows nothing is one row without an organism; one that grows an organism has a row
 * per antibiotic tested, with the dilution and whether the organism is sensitive (S), intermediate
 * (I) or resistant (R). Some rows have a date only, as in MIMIC-III.
 */
final class MicrobiologyRows implements PatientRows {

	private record Microbe(String itemid, String name, double number) {
	}

	private static final String[] SENSITIVE = { "<=0.25", "<=0.5", "<=1", "<=1", "<=2", "<=4", "2", "4" };
	private static final String[] RESISTANT = { "=>4", "=>8", "=>16", "=>32", "=>64" };

	private final Map<String, Microbe> specimens = new HashMap<>();
	private final Weighted<Microbe> organisms = new Weighted<>();
	private final List<Microbe> antibiotics = new ArrayList<>();
	private final List<DItem> dictionary = new ArrayList<>();
	private final TableFile.Rows rows;

	MicrobiologyRows(TableFiles files) {
		for (Tsv.Row row : Tsv.read("microbiology.tsv")) {
			Microbe microbe = new Microbe(row.text("itemid"), row.text("name"), row.number("number"));
			String kind = row.text("kind");
			String category = switch (kind) {
			case "specimen" -> {
				specimens.put(microbe.name(), microbe);
				yield "SPECIMEN";
			}
			case "organism" -> {
				organisms.add(microbe, microbe.number());
				yield "ORGANISM";
			}
			case "antibiotic" -> {
				antibiotics.add(microbe);
				yield "ANTIBACTERIUM";
			}
			default -> throw new IllegalStateException(row.where() + ": unknown kind " + kind);
			};
			dictionary.add(new DItem(row.integer("itemid"), microbe.name(), null, "hospital", "microbiologyevents", category, null,
					null));
		}
		rows = files.table("MICROBIOLOGYEVENTS").rows("SUBJECT_ID", "HADM_ID", "CHARTDATE", "CHARTTIME", "SPEC_ITEMID",
				"SPEC_TYPE_DESC", "ORG_ITEMID", "ORG_NAME", "ISOLATE_NUM", "AB_ITEMID", "AB_NAME", "DILUTION_TEXT",
				"DILUTION_COMPARISON", "DILUTION_VALUE", "INTERPRETATION");
	}

	List<DItem> items() {
		return List.copyOf(dictionary);
	}

	@Override
	public Chance.Part part() {
		return Chance.Part.MICROBIOLOGY;
	}

	@Override
	public void write(PatientPlan patient, Chance chance) throws IOException {
		String subject = Text.of(patient.subjectId());
		for (Admission admission : patient.admissions()) {
			String hadm = Text.of(admission.hadmId());
			long end = admission.discharge();
			long early = admission.admit() + chance.between(30, 12 * 60) * MINUTE;
			if (chance.chance(0.6)) {
				culture(subject, hadm, end, "BLOOD CULTURE", early, chance);
				culture(subject, hadm, end, "BLOOD CULTURE", early + chance.between(5, 30) * MINUTE, chance);
			}
			if (chance.chance(0.5)) {
				culture(subject, hadm, end, "URINE", early + chance.between(0, 120) * MINUTE, chance);
			}
			for (IcuStay stay : admission.icuStays()) {
				long length = stay.outtime() - stay.intime();
				if (chance.chance(0.6)) {
					culture(subject, hadm, end, "MRSA SCREEN", stay.intime() + chance.between(30, 240) * MINUTE, chance);
				}
				if (stay.ventilated() && chance.chance(0.6)) {
					culture(subject, hadm, end, "SPUTUM", stay.ventStart() + (stay.ventEnd() - stay.ventStart()) / 3, chance);
				}
				for (long fever = stay.intime() + DAY; fever < stay.outtime() - HOUR; fever += 2 * DAY) {
					if (!chance.chance(0.45)) {
						continue;
					}
					culture(subject, hadm, end, "BLOOD CULTURE", fever, chance);
					culture(subject, hadm, end, "BLOOD CULTURE", fever + chance.between(5, 30) * MINUTE, chance);
					if (chance.chance(0.5)) {
						culture(subject, hadm, end, "URINE", fever + HOUR, chance);
					}
				}
				if (chance.chance(0.15)) {
					culture(subject, hadm, end, "STOOL", stay.intime() + length * chance.between(10, 90) / 100, chance);
				}
				if (chance.chance(0.1)) {
					culture(subject, hadm, end, "SWAB", stay.intime() + length * chance.between(10, 90) / 100, chance);
				}
			}
		}
	}

	/** A culture taken at {@code time}, if that is before {@code end} (the discharge). */
	private void culture(String subject, String hadm, long end, String specimenName, long time, Chance chance)
			throws IOException {
		if (time >= end) {
			return;
		}
		Microbe specimen = specimens.get(specimenName);
		if (specimen == null) {
			throw new IllegalStateException("data/microbiology.tsv has no specimen " + specimenName);
		}
		long at = time / MINUTE * MINUTE;
		String date = Text.date(at);
		String charttime = chance.chance(0.05) ? null : Text.time(at);
		if (!chance.chance(specimen.number())) {
			rows.add(subject, hadm, date, charttime, specimen.itemid(), specimen.name(), null, null, null, null, null, null, null,
					null, null);
			return;
		}
		Microbe organism = "MRSA SCREEN".equals(specimen.name()) ? organisms.values().stream()
				.filter(o -> o.name().startsWith("STAPH AUREUS")).findFirst().orElseThrow() : chance.pick(organisms);
		boolean tested = !"MRSA SCREEN".equals(specimen.name()) && !organism.name().equals("YEAST")
				&& !organism.name().startsWith("STAPHYLOCOCCUS, COAGULASE");
		if (!tested) {
			rows.add(subject, hadm, date, charttime, specimen.itemid(), specimen.name(), organism.itemid(), organism.name(), "1",
					null, null, null, null, null, null);
			return;
		}
		for (Microbe antibiotic : antibiotics) {
			if (!chance.chance(0.85)) {
				continue;
			}
			boolean resistant = chance.chance(antibiotic.number());
			String dilution = resistant ? chance.pick(RESISTANT) : chance.pick(SENSITIVE);
			String comparison = dilution.startsWith("<=") ? "<=" : dilution.startsWith("=>") ? "=>" : "=";
			String value = dilution.substring(comparison.equals("=") ? 0 : 2);
			String interpretation = resistant ? "R" : chance.chance(0.05) ? "I" : "S";
			rows.add(subject, hadm, date, charttime, specimen.itemid(), specimen.name(), organism.itemid(), organism.name(), "1",
					antibiotic.itemid(), antibiotic.name(), dilution, comparison, value, interpretation);
		}
	}
}
