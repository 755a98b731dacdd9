package org.chartroom.synthetic.mimic3;

import static org.chartroom.synthetic.mimic3.Timestamps.HOUR;
import static org.chartroom.synthetic.mimic3.Timestamps.MINUTE;

import java.io.IOException;
import java.util.List;

import org.chartroom.synthetic.mimic3.PatientPlan.Admission;
import org.chartroom.synthetic.mimic3.PatientPlan.IcuStay;
import org.chartroom.synthetic.mimic3.PatientPlan.Segment;

/**
 * TRANSFERS, SERVICES and CALLOUT: how each admission moved through wards, ICUs and services,
 * from the plan's segments.
 */
final class MovementRows implements PatientRows {

	private final Demographics demographics = new Demographics();
	private final TableFile.Rows transfers;
	private final TableFile.Rows services;
	private final TableFile.Rows callouts;

	MovementRows(TableFiles files) {
		transfers = files.table("TRANSFERS").rows("SUBJECT_ID", "HADM_ID", "ICUSTAY_ID", "DBSOURCE", "EVENTTYPE",
				"PREV_CAREUNIT", "CURR_CAREUNIT", "PREV_WARDID", "CURR_WARDID", "INTIME", "OUTTIME", "LOS");
		services = files.table("SERVICES").rows("SUBJECT_ID", "HADM_ID", "TRANSFERTIME", "PREV_SERVICE", "CURR_SERVICE");
		callouts = files.table("CALLOUT").rows("SUBJECT_ID", "HADM_ID", "SUBMIT_WARDID", "SUBMIT_CAREUNIT", "CURR_WARDID",
				"CURR_CAREUNIT", "CALLOUT_WARDID", "CALLOUT_SERVICE", "REQUEST_TELE", "REQUEST_RESP", "REQUEST_CDIFF",
				"REQUEST_MRSA", "REQUEST_VRE", "CALLOUT_STATUS", "CALLOUT_OUTCOME", "DISCHARGE_WARDID", "ACKNOWLEDGE_STATUS",
				"CREATETIME", "UPDATETIME", "ACKNOWLEDGETIME", "OUTCOMETIME", "FIRSTRESERVATIONTIME", "CURRENTRESERVATIONTIME");
	}

	@Override
	public Chance.Part part() {
		return Chance.Part.MOVEMENTS;
	}

	@Override
	public void write(PatientPlan patient, Chance chance) throws IOException {
		String subject = Text.of(patient.subjectId());
		for (Admission admission : patient.admissions()) {
			String hadm = Text.of(admission.hadmId());
			writeTransfers(subject, hadm, admission);
			writeServices(subject, hadm, admission, chance);
			List<Segment> segments = admission.segments();
			for (int i = 0; i < segments.size(); i++) {
				Segment segment = segments.get(i);
				if (segment.icuStay().isPresent() && i + 1 < segments.size() && chance.chance(0.6)) {
					writeCallout(subject, hadm, admission, segment.icuStay().get(), segments.get(i + 1), chance);
				}
			}
		}
	}

	private void writeTransfers(String subject, String hadm, Admission admission) throws IOException {
		String dbsource = admission.system().dbsource;
		Segment previous = null;
		for (Segment segment : admission.segments()) {
			transfers.add(subject, hadm, segment.icuStay().map(s -> Text.of(s.icustayId())).orElse(null), dbsource,
					previous == null ? "admit" : "transfer", previous == null ? null : previous.careunit(), segment.careunit(),
					previous == null ? null : Text.of(previous.wardId()), Text.of(segment.wardId()), Text.time(segment.in()),
					Text.time(segment.out()), Text.number((segment.out() - segment.in()) / (double) HOUR, 2));
			previous = segment;
		}
		transfers.add(subject, hadm, null, dbsource, "discharge", previous.careunit(), null, Text.of(previous.wardId()), null,
				Text.time(admission.discharge()), null, null);
	}

	private void writeServices(String subject, String hadm, Admission admission, Chance chance) throws IOException {
		Segment first = admission.segments().get(0);
		services.add(subject, hadm, Text.time(first.in()), null, admission.service());
		List<Segment> segments = admission.segments();
		Segment last = segments.get(segments.size() - 1);
		if (segments.size() > 1 && last.icuStay().isEmpty() && chance.chance(0.3)) {
			String next = demographics.pick("second_service", chance);
			if (!next.equals(admission.service())) {
				services.add(subject, hadm, Text.time(last.in()), admission.service(), next);
			}
		}
	}

	/** A request to move the patient from the ICU to the ward that follows it. */
	private void writeCallout(String subject, String hadm, Admission admission, IcuStay stay, Segment next, Chance chance)
			throws IOException {
		boolean discharged = chance.chance(0.9);
		long create = Math.max(stay.intime(), stay.outtime() - chance.between(2 * 60, 20 * 60) * MINUTE);
		long outcome = discharged ? stay.outtime() : Math.min(stay.outtime(), create + chance.between(60, 600) * MINUTE);
		long update = create + (outcome - create) * chance.between(0, 50) / 100;
		String acknowledge = chance.pick("Acknowledged", "Acknowledged", "Acknowledged", "Revised", "Unacknowledged");
		String acknowledged = "Unacknowledged".equals(acknowledge) ? null
				: Text.time(create + (outcome - create) * chance.between(0, 60) / 100);
		String reserved = chance.chance(0.2) ? Text.time(create + (outcome - create) * chance.between(0, 90) / 100) : null;
		String ward = Text.of(stay.wardId());
		callouts.add(subject, hadm, ward, null, ward, stay.careunit(), Text.of(next.wardId()), admission.service(),
				bit(chance, 0.6), bit(chance, 0.1), bit(chance, 0.05), bit(chance, 0.15), bit(chance, 0.1), "Inactive",
				discharged ? "Discharged" : "Cancelled", discharged ? Text.of(next.wardId()) : null, acknowledge,
				Text.time(create), Text.time(update), acknowledged, Text.time(outcome), reserved, reserved);
	}

	private static String bit(Chance chance, double p) {
		return chance.chance(p) ? "1" : "0";
	}
}
