package org.chartroom.synthetic.mimic3;

import static org.chartroom.synthetic.mimic3.Timestamps.HOUR;
import static org.chartroom.synthetic.mimic3.Timestamps.MINUTE;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.chartroom.synthetic.mimic3.PatientPlan.Admission;
import org.chartroom.synthetic.mimic3.PatientPlan.CareSystem;
import org.chartroom.synthetic.mimic3.PatientPlan.IcuStay;

/**
 * CHARTEVENTS: what the bedside staff charts through each ICU stay, item by item from
 * {@code data/chart-items.tsv}, on an hourly grid: vital signs every hour, assessments every few
 * hours, ventilator settings while ventilated. Numbers wander around a patient's own baseline;
 * text answers mostly repeat the last one. CareVue and MetaVision rows differ the way they do in
 * MIMIC-III (WARNING and ERROR 0 in MetaVision, STOPPED NotStopd in CareVue).
 */
final class ChartRows implements PatientRows {

	private enum Kind {
		NUM, ALARM, SYS, DIA, MAP, WEIGHT, HEIGHT, CHOICE
	}

	private record Item(String itemid, CareSystem system, int every, String when, Kind kind, String group, String uom,
			double mean, double sd, double min, double max, int decimals, double keep, Weighted<String> choices) {
	}

	/** Random-walk strength: how much of the last deviation from the baseline remains an hour later. */
	private static final double PERSISTENCE = 0.75;

	private final List<Item> items = new ArrayList<>();
	private final List<DItem> dictionary = new ArrayList<>();
	private final TableFile.Rows rows;

	ChartRows(TableFiles files) {
		for (Tsv.Row row : Tsv.read("chart-items.tsv")) {
			CareSystem system = CareSystem.valueOf(row.text("dbsource").toUpperCase(Locale.ROOT));
			String[] kind = row.text("kind").split(":");
			boolean numeric = !"choice".equals(kind[0]);
			items.add(new Item(row.text("itemid"), system, row.integer("every"), row.text("when"),
					Kind.valueOf(kind[0].toUpperCase(Locale.ROOT)), kind.length > 1 ? kind[1] : null, row.textOrNull("uom"),
					numeric ? row.number("mean") : 0, numeric ? row.number("sd") : 0, numeric ? row.number("min") : 0,
					numeric ? row.number("max") : 0, numeric ? row.integer("decimals") : 0,
					numeric ? 0 : row.number("keep"), numeric ? null : Weighted.parse(row.text("choices"))));
			dictionary.add(DItem.of(row, system.dbsource, "chartevents"));
		}
		rows = files.table("CHARTEVENTS").rows("SUBJECT_ID", "HADM_ID", "ICUSTAY_ID", "ITEMID", "CHARTTIME", "STORETIME",
				"CGID", "VALUE", "VALUENUM", "VALUEUOM", "WARNING", "ERROR", "RESULTSTATUS", "STOPPED");
	}

	/** The D_ITEMS rows of the chart items. */
	List<DItem> items() {
		return List.copyOf(dictionary);
	}

	@Override
	public Chance.Part part() {
		return Chance.Part.CHART;
	}

	@Override
	public void write(PatientPlan patient, Chance chance) throws IOException {
		String subject = Text.of(patient.subjectId());
		for (Admission admission : patient.admissions()) {
			for (IcuStay stay : admission.icuStays()) {
				writeStay(patient, subject, Text.of(admission.hadmId()), admission, stay, chance);
			}
		}
	}

	private void writeStay(PatientPlan patient, String subject, String hadm, Admission admission, IcuStay stay, Chance chance)
			throws IOException {
		List<Item> charted = new ArrayList<>();
		for (Item item : items) {
			if (item.system() == stay.system() && When.matches(item.when(), admission, stay)) {
				charted.add(item);
			}
		}
		int n = charted.size();
		int[] phase = new int[n];
		double[] baseline = new double[n];
		double[] value = new double[n];
		String[] answer = new String[n];
		Map<String, double[]> pressures = new HashMap<>();
		for (int i = 0; i < n; i++) {
			Item item = charted.get(i);
			phase[i] = item.every() > 1 ? chance.between(0, item.every() - 1) : 0;
			baseline[i] = Math.clamp(chance.gaussian(item.mean(), item.sd() * 0.7), item.min(), Math.max(item.min(), item.max()));
			value[i] = baseline[i];
		}
		boolean metavision = stay.system() == CareSystem.METAVISION;
		String warning = metavision ? "0" : null;
		String stopped = metavision ? null : "NotStopd";
		String icustay = Text.of(stay.icustayId());
		long first = Timestamps.ceilHour(stay.intime());
		for (long hour = first; hour < stay.outtime(); hour += HOUR) {
			long h = (hour - first) / HOUR;
			String charttime = Text.time(hour);
			String nurse = Text.of(stay.nurseAt(hour));
			String nurseStored = Text.time(hour + chance.between(2, 55) * MINUTE);
			String therapist = Text.of(stay.respiratoryTherapist());
			String therapistStored = Text.time(hour + chance.between(2, 55) * MINUTE);
			for (int i = 0; i < n; i++) {
				Item item = charted.get(i);
				if (item.every() == 0 ? h != 0 : (h + phase[i]) % item.every() != 0) {
					continue;
				}
				String text = next(item, i, patient, baseline, value, answer, pressures, chance);
				String numeric = item.kind() == Kind.CHOICE ? numericOrNull(text) : text;
				boolean byTherapist = "vent".equals(item.when());
				rows.add(subject, hadm, icustay, item.itemid(), charttime, byTherapist ? therapistStored : nurseStored,
						byTherapist ? therapist : nurse, text, numeric, item.kind() == Kind.CHOICE ? null : item.uom(), warning,
						warning, null, stopped);
			}
		}
	}

	/** The next value of item {@code i}, as text. */
	private static String next(Item item, int i, PatientPlan patient, double[] baseline, double[] value, String[] answer,
			Map<String, double[]> pressures, Chance chance) {
		switch (item.kind()) {
		case CHOICE -> {
			if (answer[i] == null || !chance.chance(item.keep())) {
				answer[i] = chance.pick(item.choices());
			}
			return answer[i];
		}
		case WEIGHT -> {
			return Decimals.format(patient.weightKg(), item.decimals());
		}
		case HEIGHT -> {
			return Integer.toString(patient.heightInches());
		}
		case ALARM -> {
			if (answer[i] == null || !chance.chance(0.97)) {
				double step = Math.max(1, Math.round(item.mean() * 0.1));
				answer[i] = Decimals.format(item.mean() + step * chance.between(-1, 1), item.decimals());
			}
			return answer[i];
		}
		case SYS -> {
			walk(item, i, baseline, value, chance);
			pressures.put(item.group(), new double[] { value[i], value[i] * 0.55 });
			return Decimals.format(value[i], 0);
		}
		case DIA -> {
			walk(item, i, baseline, value, chance);
			double[] pressure = pressures.get(item.group());
			value[i] = Math.min(value[i], pressure[0] - 15);
			pressure[1] = value[i];
			return Decimals.format(value[i], 0);
		}
		case MAP -> {
			double[] pressure = pressures.get(item.group());
			return Decimals.format(pressure[1] + (pressure[0] - pressure[1]) / 3, 0);
		}
		default -> {
			walk(item, i, baseline, value, chance);
			return Decimals.format(value[i], item.decimals());
		}
		}
	}

	private static void walk(Item item, int i, double[] baseline, double[] value, Chance chance) {
		double noise = chance.gaussian(0, item.sd() * Math.sqrt(1 - PERSISTENCE * PERSISTENCE) * 0.6);
		value[i] = Math.clamp(baseline[i] + PERSISTENCE * (value[i] - baseline[i]) + noise, item.min(), item.max());
	}

	/** Checkbox answers such as {@code 1} are numbers too; text answers have no VALUENUM. */
	private static String numericOrNull(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c < '0' || c > '9') && c != '.') {
				return null;
			}
		}
		return text.isEmpty() ? null : text;
	}
}
