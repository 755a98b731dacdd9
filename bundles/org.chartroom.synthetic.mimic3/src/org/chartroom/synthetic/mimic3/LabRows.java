package org.chartroom.synthetic.mimic3;

import static org.chartroom.synthetic.mimic3.Timestamps.DAY;
import static org.chartroom.synthetic.mimic3.Timestamps.HOUR;
import static org.chartroom.synthetic.mimic3.Timestamps.MINUTE;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.chartroom.synthetic.mimic3.PatientPlan.Admission;

/**
 * LABEVENTS and D_LABITEMS: blood tests in panels ({@code data/lab-items.tsv}) on admission, every
 * morning in hospital, more often in the ICU, blood gases while ventilated, and a few outpatient
 * tests between admissions (no HADM_ID, as in MIMIC-III). Results outside the reference range are
 * flagged abnormal.
 */
final class LabRows implements PatientRows {

	private record Item(String itemid, String label, String fluid, String category, String loinc, String panel, String uom,
			double mean, double sd, double min, double max, int decimals, double low, double high, Weighted<String> text) {
	}

	private final List<Item> items = new ArrayList<>();
	private final TableFile.Rows rows;

	LabRows(TableFiles files) {
		for (Tsv.Row row : Tsv.read("lab-items.tsv")) {
			String text = row.text("text");
			items.add(new Item(row.text("itemid"), row.text("label"), row.text("fluid"), row.text("category"),
					row.textOrNull("loinc"), row.text("panel"), row.textOrNull("uom"), row.number("mean"), row.number("sd"),
					row.number("min"), row.number("max"), row.integer("decimals"), row.number("low"), row.number("high"),
					text.isEmpty() ? null : Weighted.parse(text)));
		}
		rows = files.table("LABEVENTS").rows("SUBJECT_ID", "HADM_ID", "ITEMID", "CHARTTIME", "VALUE", "VALUENUM", "VALUEUOM",
				"FLAG");
	}

	/** D_LABITEMS. */
	void writeDictionary(TableFile table) throws IOException {
		TableFile.Rows dictionary = table.rows("ITEMID", "LABEL", "FLUID", "CATEGORY", "LOINC_CODE");
		for (Item item : items) {
			dictionary.add(item.itemid(), item.label(), item.fluid(), item.category(), item.loinc());
		}
	}

	@Override
	public Chance.Part part() {
		return Chance.Part.LABS;
	}

	@Override
	public void write(PatientPlan patient, Chance chance) throws IOException {
		Draws draws = new Draws(Text.of(patient.subjectId()), chance);
		long lastEnd = Long.MIN_VALUE;
		for (Admission admission : patient.admissions()) {
			long from = lastEnd == Long.MIN_VALUE ? admission.admit() - 700 * DAY : lastEnd + 7 * DAY;
			outpatient(draws, from, admission.admit() - DAY, chance);
			draws.newStay(null);
			inpatient(draws, admission, chance);
			lastEnd = admission.discharge();
		}
		long until = patient.death().map(d -> d.time()).orElse(lastEnd + 400 * DAY);
		outpatient(draws, lastEnd + 7 * DAY, until, chance);
	}

	private void outpatient(Draws draws, long from, long to, Chance chance) throws IOException {
		int visits = chance.between(0, 2);
		for (int v = 0; v < visits && to > from; v++) {
			long at = from + (to - from) * chance.between(0, 100) / 100 / MINUTE * MINUTE;
			draws.newStay(null);
			draws.panel("chem", at);
			draws.panel("cbc", at);
		}
	}

	private void inpatient(Draws draws, Admission admission, Chance chance) throws IOException {
		draws.newStay(Text.of(admission.hadmId()));
		long end = admission.discharge();
		long first = admission.admit() + chance.between(20, 90) * MINUTE;
		draws.panels(first, end, "chem", "cbc", "coag");
		if (chance.chance(0.6)) {
			draws.panels(first, end, "lft");
		}
		boolean cardiac = "mi".equals(admission.condition().name()) || "chf".equals(admission.condition().name());
		if (cardiac) {
			draws.panels(first, end, "cardiac");
			draws.panels(first + 6 * HOUR, end, "cardiac");
			draws.panels(first + 12 * HOUR, end, "cardiac");
		}
		for (long day = Timestamps.midnight(admission.admit()) + DAY; day < end; day += DAY) {
			long morning = day + chance.between(4 * 60, 6 * 60) * MINUTE;
			boolean inIcu = admission.icuStayAt(morning).isPresent();
			draws.panels(morning, end, "chem", "cbc");
			if (inIcu || chance.chance(0.3)) {
				draws.panels(morning, end, "coag");
			}
			if (chance.chance(0.3)) {
				draws.panels(morning, end, "lft");
			}
			long noon = day + chance.between(12 * 60, 14 * 60) * MINUTE;
			if (inIcu ? chance.chance(0.9) : chance.chance(0.6)) {
				draws.panels(noon, end, "chem", "cbc");
			}
			if (inIcu && chance.chance(0.7)) {
				draws.panels(day + chance.between(20 * 60, 22 * 60) * MINUTE, end, "chem", "cbc");
			}
		}
		for (var stay : admission.icuStays()) {
			if (stay.ventilated()) {
				for (long time = stay.ventStart() + HOUR; time < stay.ventEnd(); time += 4 * HOUR) {
					if (chance.chance(0.85)) {
						draws.panels(time / MINUTE * MINUTE, end, "abg");
					}
				}
			} else {
				for (long time = stay.intime() + 2 * HOUR; time < stay.outtime(); time += DAY) {
					if (chance.chance(0.2)) {
						draws.panels(time / MINUTE * MINUTE, end, "abg");
					}
				}
			}
		}
	}

	/** The results of one patient: each test wanders around the patient's own level through a stay. */
	private final class Draws {

		private final String subject;
		private final Chance chance;
		private final double[] baseline = new double[items.size()];
		private final double[] value = new double[items.size()];
		private String hadm;

		Draws(String subject, Chance chance) {
			this.subject = subject;
			this.chance = chance;
		}

		void newStay(String hadmId) {
			hadm = hadmId;
			for (int i = 0; i < items.size(); i++) {
				Item item = items.get(i);
				baseline[i] = Math.clamp(chance.gaussian(item.mean(), item.sd() * 0.8), item.min(), item.max());
				value[i] = baseline[i];
			}
		}

		/** The panels drawn at {@code time}, unless the admission has ended by then. */
		void panels(long time, long end, String... panels) throws IOException {
			if (time < end) {
				for (String panel : panels) {
					panel(panel, time);
				}
			}
		}

		void panel(String panel, long time) throws IOException {
			String charttime = Text.time(time);
			for (int i = 0; i < items.size(); i++) {
				Item item = items.get(i);
				if (!item.panel().equals(panel)) {
					continue;
				}
				if (item.text() != null) {
					rows.add(subject, hadm, item.itemid(), charttime, chance.pick(item.text()), null, null, null);
					continue;
				}
				value[i] = Math.clamp(baseline[i] + 0.7 * (value[i] - baseline[i]) + chance.gaussian(0, item.sd() * 0.4),
						item.min(), item.max());
				String text = Text.number(value[i], item.decimals());
				double rounded = Double.parseDouble(text);
				String flag = rounded < item.low() || rounded > item.high() ? "abnormal" : null;
				rows.add(subject, hadm, item.itemid(), charttime, text, text, item.uom(), flag);
			}
		}
	}
}
