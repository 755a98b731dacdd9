package org.chartroom.synthetic.mimic3;

import static org.chartroom.synthetic.mimic3.Timestamps.DAY;
import static org.chartroom.synthetic.mimic3.Timestamps.HOUR;
import static org.chartroom.synthetic.mimic3.Timestamps.MINUTE;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.chartroom.synthetic.mimic3.PatientPlan.Admission;
import org.chartroom.synthetic.mimic3.PatientPlan.CareSystem;
import org.chartroom.synthetic.mimic3.PatientPlan.IcuStay;

/**
 * DATETIMEEVENTS: dates charted about the stay's lines ({@code data/datetime-items.tsv}): when a line
 * went in, when its dressing or tubing was last changed. The charted value is a date.
 */
final class DateTimeRows implements PatientRows {

	private record Item(String itemid, CareSystem system, String when, int every, int changeDays) {
	}

	private final List<Item> items = new ArrayList<>();
	private final List<DItem> dictionary = new ArrayList<>();
	private final TableFile.Rows rows;

	DateTimeRows(TableFiles files) {
		for (Tsv.Row row : Tsv.read("datetime-items.tsv")) {
			CareSystem system = CareSystem.valueOf(row.text("dbsource").toUpperCase(Locale.ROOT));
			String rule = row.text("rule");
			int changeDays = rule.startsWith("change:") ? Integer.parseInt(rule.substring("change:".length())) : 0;
			items.add(new Item(row.text("itemid"), system, row.text("when"), row.integer("every"), changeDays));
			boolean metavision = system == CareSystem.METAVISION;
			dictionary.add(new DItem(row.integer("itemid"), row.text("label"), row.textOrNull("abbreviation"), system.dbsource,
					"datetimeevents", row.textOrNull("category"), null, metavision ? "Date time" : null));
		}
		rows = files.table("DATETIMEEVENTS").rows("SUBJECT_ID", "HADM_ID", "ICUSTAY_ID", "ITEMID", "CHARTTIME", "STORETIME",
				"CGID", "VALUE", "VALUEUOM", "WARNING", "ERROR", "RESULTSTATUS", "STOPPED");
	}

	List<DItem> items() {
		return List.copyOf(dictionary);
	}

	@Override
	public Chance.Part part() {
		return Chance.Part.DATETIME;
	}

	@Override
	public void write(PatientPlan patient, Chance chance) throws IOException {
		String subject = Text.of(patient.subjectId());
		for (Admission admission : patient.admissions()) {
			for (IcuStay stay : admission.icuStays()) {
				writeStay(subject, admission, stay, chance);
			}
		}
	}

	private void writeStay(String subject, Admission admission, IcuStay stay, Chance chance) throws IOException {
		boolean metavision = stay.system() == CareSystem.METAVISION;
		String warning = metavision ? "0" : null;
		String stopped = metavision ? null : "NotStopd";
		String hadm = Text.of(admission.hadmId());
		String icustay = Text.of(stay.icustayId());
		// a line may have gone in the day before, in the emergency department or the operating room
		long inserted = Timestamps.midnight(Math.max(admission.admit(), stay.intime() - chance.between(0, 1) * DAY));
		for (Item item : items) {
			if (item.system() != stay.system() || !When.matches(item.when(), admission, stay)) {
				continue;
			}
			long first = Timestamps.ceilHour(stay.intime()) + chance.between(0, item.every() - 1) * HOUR;
			for (long time = first; time < stay.outtime(); time += item.every() * HOUR) {
				long day = Timestamps.midnight(time);
				long value = item.changeDays() == 0 ? inserted
						: inserted + (day - inserted) / (item.changeDays() * DAY) * item.changeDays() * DAY;
				rows.add(subject, hadm, icustay, item.itemid(), Text.time(time),
						Text.time(time + chance.between(1, 50) * MINUTE), Text.of(stay.nurseAt(time)), Text.time(value), "Date",
						warning, warning, null, stopped);
			}
		}
	}
}
