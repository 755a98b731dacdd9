package org.chartroom.synthetic.mimic3;

import static org.chartroom.synthetic.mimic3.Timestamps.HOUR;
import static org.chartroom.synthetic.mimic3.Timestamps.MINUTE;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.chartroom.synthetic.mimic3.PatientPlan.Admission;
import org.chartroom.synthetic.mimic3.PatientPlan.CareSystem;
import org.chartroom.synthetic.mimic3.PatientPlan.IcuStay;

/** OUTPUTEVENTS: urine, stool, drains and other volumes measured in the ICU ({@code data/output-items.tsv}). */
final class OutputRows implements PatientRows {

	private record Item(String itemid, CareSystem system, int every, double p, String when, double mean, double sd, double min,
			double max, String uom) {
	}

	private final List<Item> items = new ArrayList<>();
	private final List<DItem> dictionary = new ArrayList<>();
	private final TableFile.Rows rows;

	OutputRows(TableFiles files) {
		for (Tsv.Row row : Tsv.read("output-items.tsv")) {
			CareSystem system = CareSystem.valueOf(row.text("dbsource").toUpperCase(Locale.ROOT));
			items.add(new Item(row.text("itemid"), system, row.integer("every"), row.number("p"), row.text("when"),
					row.number("mean"), row.number("sd"), row.number("min"), row.number("max"), row.text("uom")));
			dictionary.add(DItem.of(row, system.dbsource, "outputevents"));
		}
		rows = files.table("OUTPUTEVENTS").rows("SUBJECT_ID", "HADM_ID", "ICUSTAY_ID", "CHARTTIME", "ITEMID", "VALUE",
				"VALUEUOM", "STORETIME", "CGID", "STOPPED", "NEWBOTTLE", "ISERROR");
	}

	List<DItem> items() {
		return List.copyOf(dictionary);
	}

	@Override
	public Chance.Part part() {
		return Chance.Part.OUTPUTS;
	}

	@Override
	public void write(PatientPlan patient, Chance chance) throws IOException {
		String subject = Text.of(patient.subjectId());
		for (Admission admission : patient.admissions()) {
			String hadm = Text.of(admission.hadmId());
			for (IcuStay stay : admission.icuStays()) {
				String icustay = Text.of(stay.icustayId());
				for (Item item : items) {
					if (item.system() != stay.system() || !When.matches(item.when(), admission, stay)) {
						continue;
					}
					long first = Timestamps.ceilHour(stay.intime()) + chance.between(0, item.every() - 1) * HOUR;
					for (long time = first; time < stay.outtime(); time += item.every() * HOUR) {
						if (!chance.chance(item.p())) {
							continue;
						}
						// less urine in the last hours of a patient who dies
						double scale = stay.endsInDeath() && stay.outtime() - time < 12 * HOUR ? 0.3 : 1;
						double value = Math.clamp(chance.gaussian(item.mean(), item.sd()) * scale, item.min(), item.max());
						rows.add(subject, hadm, icustay, Text.time(time), item.itemid(), Text.number(value, 0), item.uom(),
								Text.time(time + chance.between(1, 50) * MINUTE), Text.of(stay.nurseAt(time)), null, null, null);
					}
				}
			}
		}
	}
}
