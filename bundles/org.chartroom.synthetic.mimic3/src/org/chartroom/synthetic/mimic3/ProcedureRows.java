package org.chartroom.synthetic.mimic3;

import static org.chartroom.synthetic.mimic3.Timestamps.DAY;
import static org.chartroom.synthetic.mimic3.Timestamps.MINUTE;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.chartroom.synthetic.mimic3.PatientPlan.Admission;
import org.chartroom.synthetic.mimic3.PatientPlan.CareSystem;
import org.chartroom.synthetic.mimic3.PatientPlan.IcuStay;

/**
 * PROCEDUREEVENTS_MV (MetaVision stays only): lines in place, the ventilation with its intubation
 * and extubation, imaging and other tasks ({@code data/procedure-items.tsv}).
 */
final class ProcedureRows implements PatientRows {

	private enum Kind {
		LINE, VENTILATION, INTUBATION, EXTUBATION, DAILY, ONCE
	}

	private record Item(String itemid, Kind kind, String when, double p, String orderCategory, String categoryDescription,
			String locationCategory, Weighted<String> locations) {
	}

	private final List<Item> items = new ArrayList<>();
	private final List<DItem> dictionary = new ArrayList<>();
	private final TableFile.Rows rows;

	ProcedureRows(TableFiles files) {
		for (Tsv.Row row : Tsv.read("procedure-items.tsv")) {
			String locations = row.text("locations");
			items.add(new Item(row.text("itemid"), Kind.valueOf(row.text("kind").toUpperCase(Locale.ROOT)), row.text("when"),
					row.number("p"), row.text("ordercategoryname"), row.text("ordercategorydescription"),
					row.textOrNull("locationcategory"), locations.isEmpty() ? null : Weighted.parse(locations)));
			dictionary.add(new DItem(row.integer("itemid"), row.text("label"), row.text("abbreviation"), "metavision",
					"procedureevents_mv", row.text("category"), "None", "Process"));
		}
		rows = files.table("PROCEDUREEVENTS_MV").rows("SUBJECT_ID", "HADM_ID", "ICUSTAY_ID", "STARTTIME", "ENDTIME", "ITEMID",
				"VALUE", "VALUEUOM", "LOCATION", "LOCATIONCATEGORY", "STORETIME", "CGID", "ORDERID", "LINKORDERID",
				"ORDERCATEGORYNAME", "SECONDARYORDERCATEGORYNAME", "ORDERCATEGORYDESCRIPTION", "ISOPENBAG", "CONTINUEINNEXTDEPT",
				"CANCELREASON", "STATUSDESCRIPTION", "COMMENTS_EDITEDBY", "COMMENTS_CANCELEDBY", "COMMENTS_DATE");
	}

	List<DItem> items() {
		return List.copyOf(dictionary);
	}

	@Override
	public Chance.Part part() {
		return Chance.Part.PROCEDURES;
	}

	@Override
	public void write(PatientPlan patient, Chance chance) throws IOException {
		String subject = Text.of(patient.subjectId());
		for (Admission admission : patient.admissions()) {
			for (IcuStay stay : admission.icuStays()) {
				if (stay.system() != CareSystem.METAVISION) {
					continue;
				}
				for (Item item : items) {
					if (When.matches(item.when(), admission, stay) && (item.kind() == Kind.DAILY || chance.chance(item.p()))) {
						writeItem(subject, admission, stay, item, chance);
					}
				}
			}
		}
	}

	private void writeItem(String subject, Admission admission, IcuStay stay, Item item, Chance chance) throws IOException {
		long in = stay.intime() / MINUTE * MINUTE;
		long out = stay.outtime() / MINUTE * MINUTE;
		long length = out - in;
		switch (item.kind()) {
		case LINE -> {
			long start = Math.max(admission.admit(), in - chance.between(0, 6 * 60) * MINUTE);
			long end = Math.max(start + MINUTE, out - length * chance.between(0, 30) / 100 / MINUTE * MINUTE);
			write(subject, admission, stay, item, start, end, true, chance);
		}
		case VENTILATION -> write(subject, admission, stay, item, minute(stay.ventStart()), minute(stay.ventEnd()), true, chance);
		case INTUBATION -> write(subject, admission, stay, item, minute(stay.ventStart()), minute(stay.ventStart()) + MINUTE, false,
				chance);
		case EXTUBATION -> {
			if (!stay.endsInDeath()) {
				write(subject, admission, stay, item, minute(stay.ventEnd()), minute(stay.ventEnd()) + MINUTE, false, chance);
			}
		}
		case DAILY -> {
			for (long day = in; day < out; day += DAY) {
				if (chance.chance(item.p())) {
					long at = Math.min(day + chance.between(0, 23 * 60) * MINUTE, out - MINUTE);
					write(subject, admission, stay, item, at, at + MINUTE, false, chance);
				}
			}
		}
		case ONCE -> {
			long at = in + length * chance.between(0, 90) / 100 / MINUTE * MINUTE;
			write(subject, admission, stay, item, at, at + MINUTE, false, chance);
		}
		}
	}

	private static long minute(long time) {
		return time / MINUTE * MINUTE;
	}

	private void write(String subject, Admission admission, IcuStay stay, Item item, long start, long end, boolean duration,
			Chance chance) throws IOException {
		String order = Text.of(1_000_000 + chance.nextInt(9_000_000));
		String value = duration ? Text.of((end - start) / MINUTE) : "1";
		String location = item.locations() == null ? null : chance.pick(item.locations());
		rows.add(subject, Text.of(admission.hadmId()), Text.of(stay.icustayId()), Text.time(start),
				Text.time(end), item.itemid(), value, duration ? "min" : "None", location, item.locationCategory(),
				Text.time(end + chance.between(5, 90) * MINUTE), Text.of(stay.nurseAt(start)), order, order,
				item.orderCategory(), null, item.categoryDescription(), duration ? "1" : "0", "0", "0", "FinishedRunning", null,
				null, null);
	}
}
