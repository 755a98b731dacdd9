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

/**
 * INPUTEVENTS_CV and INPUTEVENTS_MV: fluids, drips and doses given in the ICU
 * ({@code data/input-items.tsv}). CareVue charts an hourly volume or rate per infusion; MetaVision
 * records orders with a start, an end, an amount and a rate that agree with each other.
 */
final class InputRows implements PatientRows {

	private enum Kind {
		FLUID, DRIP, BOLUS
	}

	private record Item(String itemid, CareSystem system, Kind kind, String amountUom, String rateUom, double rateMin,
			double rateMax, double amountMin, double amountMax, double p, String when, int every, String orderCategory,
			String secondaryCategory, String categoryDescription, String route) {
	}

	private final List<Item> items = new ArrayList<>();
	private final List<DItem> dictionary = new ArrayList<>();
	private final TableFile.Rows carevue;
	private final TableFile.Rows metavision;

	InputRows(TableFiles files) {
		for (Tsv.Row row : Tsv.read("input-items.tsv")) {
			CareSystem system = CareSystem.valueOf(row.text("dbsource").toUpperCase(Locale.ROOT));
			items.add(new Item(row.text("itemid"), system, Kind.valueOf(row.text("kind").toUpperCase(Locale.ROOT)),
					row.textOrNull("amountuom"), row.textOrNull("rateuom"), row.number("rate_min"), row.number("rate_max"),
					row.number("amount_min"), row.number("amount_max"), row.number("p"), row.text("when"), row.integer("every"),
					row.textOrNull("ordercategoryname"), row.textOrNull("secondaryordercategoryname"),
					row.textOrNull("ordercategorydescription"), row.textOrNull("route")));
			dictionary.add(DItem.of(row, system.dbsource, system == CareSystem.CAREVUE ? "inputevents_cv" : "inputevents_mv"));
		}
		carevue = files.table("INPUTEVENTS_CV").rows("SUBJECT_ID", "HADM_ID", "ICUSTAY_ID", "CHARTTIME", "ITEMID", "AMOUNT",
				"AMOUNTUOM", "RATE", "RATEUOM", "STORETIME", "CGID", "ORDERID", "LINKORDERID", "STOPPED", "NEWBOTTLE",
				"ORIGINALAMOUNT", "ORIGINALAMOUNTUOM", "ORIGINALROUTE", "ORIGINALRATE", "ORIGINALRATEUOM", "ORIGINALSITE");
		metavision = files.table("INPUTEVENTS_MV").rows("SUBJECT_ID", "HADM_ID", "ICUSTAY_ID", "STARTTIME", "ENDTIME", "ITEMID",
				"AMOUNT", "AMOUNTUOM", "RATE", "RATEUOM", "STORETIME", "CGID", "ORDERID", "LINKORDERID", "ORDERCATEGORYNAME",
				"SECONDARYORDERCATEGORYNAME", "ORDERCOMPONENTTYPEDESCRIPTION", "ORDERCATEGORYDESCRIPTION", "PATIENTWEIGHT",
				"TOTALAMOUNT", "TOTALAMOUNTUOM", "ISOPENBAG", "CONTINUEINNEXTDEPT", "CANCELREASON", "STATUSDESCRIPTION",
				"COMMENTS_EDITEDBY", "COMMENTS_CANCELEDBY", "COMMENTS_DATE", "ORIGINALAMOUNT", "ORIGINALRATE");
	}

	List<DItem> items() {
		return List.copyOf(dictionary);
	}

	@Override
	public Chance.Part part() {
		return Chance.Part.INPUTS;
	}

	@Override
	public void write(PatientPlan patient, Chance chance) throws IOException {
		String subject = Text.of(patient.subjectId());
		for (Admission admission : patient.admissions()) {
			for (IcuStay stay : admission.icuStays()) {
				Stay context = new Stay(patient, subject, Text.of(admission.hadmId()), Text.of(stay.icustayId()), stay);
				for (Item item : items) {
					if (item.system() == stay.system() && When.matches(item.when(), admission, stay) && chance.chance(item.p())) {
						long length = stay.outtime() - stay.intime();
						long start = stay.intime() + length * chance.between(0, 30) / 100;
						long end = start + (stay.outtime() - start) * chance.between(60, 100) / 100;
						if (stay.system() == CareSystem.CAREVUE) {
							writeCarevue(context, item, start, end, chance);
						} else {
							writeMetavision(context, item, start, end, chance);
						}
					}
				}
			}
		}
	}

	private record Stay(PatientPlan patient, String subject, String hadm, String icustay, IcuStay stay) {
	}

	/** CareVue: hourly rows of an infusion (volume, or rate with a new bag now and then), or single doses. */
	private void writeCarevue(Stay s, Item item, long start, long end, Chance chance) throws IOException {
		String link = orderId(chance);
		double rate = chance.uniform(item.rateMin(), item.rateMax());
		if (item.kind() == Kind.BOLUS) {
			for (long time = Timestamps.ceilHour(start); time < end; time += item.every() * HOUR) {
				String amount = Text.number(chance.uniform(item.amountMin(), item.amountMax()), 0);
				carevueRow(s, item, time, amount, null, chance, link, null, amount, null);
			}
			return;
		}
		long hours = 0;
		for (long time = Timestamps.ceilHour(start); time < end; time += HOUR, hours++) {
			rate = Math.clamp(rate + chance.gaussian(0, (item.rateMax() - item.rateMin()) * 0.05), item.rateMin(), item.rateMax());
			String rateText = Text.number(rate, decimals(item.rateMax()));
			if (item.kind() == Kind.FLUID) {
				carevueRow(s, item, time, rateText, null, chance, link, null, null, rateText);
			} else {
				// a drip is charted twice an hour's worth: the rate, and the amount that ran in
				double perHour = item.rateUom().endsWith("kgmin") ? rate * s.patient().weightKg() * 60 / 1000 : rate;
				carevueRow(s, item, time, null, rateText, chance, link, null, null, rateText);
				carevueRow(s, item, time, Text.number(perHour, 2), null, chance, link, null, null, rateText);
				if (hours % item.every() == 0) {
					String bag = Text.number(chance.uniform(item.amountMin(), item.amountMax()), 0);
					carevueRow(s, item, time, bag, null, chance, link, "1", bag, rateText);
				}
			}
		}
	}

	private void carevueRow(Stay s, Item item, long time, String amount, String rate, Chance chance, String link,
			String newBottle, String originalAmount, String originalRate) throws IOException {
		carevue.add(s.subject(), s.hadm(), s.icustay(), Text.time(time), item.itemid(), amount,
				amount == null ? null : item.amountUom(), rate, rate == null ? null : item.rateUom(),
				Text.time(time + chance.between(1, 55) * MINUTE), Text.of(s.stay().nurseAt(time)), orderId(chance), link, null,
				newBottle, originalAmount, item.amountUom(), item.route(), originalRate,
				originalRate == null ? null : item.rateUom(), null);
	}

	/** MetaVision: an infusion is a chain of orders, each a few hours long; doses are orders of their own. */
	private void writeMetavision(Stay s, Item item, long start, long end, Chance chance) throws IOException {
		String weight = Text.number(s.patient().weightKg(), 1);
		if (item.kind() == Kind.BOLUS) {
			for (long time = start / MINUTE * MINUTE; time < end; time += item.every() * HOUR) {
				long minutes = item.orderCategory() != null && item.orderCategory().startsWith("08-") ? chance.between(30, 60) : 1;
				long stop = Math.min(time + minutes * MINUTE, s.stay().outtime());
				String amount = Text.number(chance.uniform(item.amountMin(), item.amountMax()), 0);
				String order = orderId(chance);
				metavisionRow(s, item, time, stop, amount, null, chance, order, order, weight, amount, "FinishedRunning");
			}
			return;
		}
		String link = orderId(chance);
		double rate = chance.uniform(item.rateMin(), item.rateMax());
		for (long from = start / MINUTE * MINUTE; from < end; from += item.every() * HOUR) {
			long to = Math.min(from + item.every() * HOUR, end);
			rate = Math.clamp(rate + chance.gaussian(0, (item.rateMax() - item.rateMin()) * 0.1), item.rateMin(), item.rateMax());
			double hours = (to - from) / (double) HOUR;
			double perHour = item.rateUom().endsWith("/kg/min") ? rate * s.patient().weightKg() * 60 / 1000 : rate;
			String status = to < end ? "Changed" : chance.chance(0.8) ? "FinishedRunning" : "Stopped";
			metavisionRow(s, item, from, to, Text.number(perHour * hours, 4), Text.number(rate, 4), chance, orderId(chance), link,
					weight, item.kind() == Kind.FLUID ? "1000" : "250", status);
		}
	}

	private void metavisionRow(Stay s, Item item, long start, long end, String amount, String rate, Chance chance, String order,
			String link, String weight, String total, String status) throws IOException {
		metavision.add(s.subject(), s.hadm(), s.icustay(), Text.time(start), Text.time(end), item.itemid(), amount,
				item.amountUom(), rate, rate == null ? null : item.rateUom(), Text.time(start + chance.between(0, 40) * MINUTE),
				Text.of(s.stay().nurseAt(start)), order, link, item.orderCategory(), item.secondaryCategory(),
				"Main order parameter", item.categoryDescription(), weight, total, "ml", "0", "0", "0", status, null, null, null,
				amount, rate == null ? amount : rate);
	}

	private static int decimals(double max) {
		return max < 1 ? 3 : max < 20 ? 1 : 0;
	}

	private static String orderId(Chance chance) {
		return Text.of(1_000_000 + chance.nextInt(9_000_000));
	}
}
