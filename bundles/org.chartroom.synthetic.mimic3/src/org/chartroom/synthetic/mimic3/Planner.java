package org.chartroom.synthetic.mimic3;

import static org.chartroom.synthetic.mimic3.Timestamps.DAY;
import static org.chartroom.synthetic.mimic3.Timestamps.HOUR;
import static org.chartroom.synthetic.mimic3.Timestamps.MINUTE;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.chartroom.synthetic.mimic3.Caregivers.Role;
import org.chartroom.synthetic.mimic3.PatientPlan.Admission;
import org.chartroom.synthetic.mimic3.PatientPlan.CareSystem;
import org.chartroom.synthetic.mimic3.PatientPlan.Death;
import org.chartroom.synthetic.mimic3.PatientPlan.IcuStay;
import org.chartroom.synthetic.mimic3.PatientPlan.Segment;

/**
 * Draws each patient's {@link PatientPlan}: demographics, 1 to 3 admissions with their ICU stays,
 * and death. Dates are shifted the way MIMIC-III shifts them: first admissions fall between 2100 and
 * 2200. Subject ids start at 10,001; admission and ICU stay ids count up from 100,001 and 200,001
 * in the order patients are planned, so the first N patients are the same whatever the total.
 */
final class Planner {

	static final int FIRST_SUBJECT_ID = 10_001;
	private static final long FIRST_DAY = Timestamps.of(2100, 1, 1);
	private static final long LAST_DAY = Timestamps.of(2200, 1, 1);
	private static final double CAREVUE_SHARE = 0.55;

	private final long seed;
	private final Weighted<Condition> conditions;
	private final Demographics demographics = new Demographics();
	private final Caregivers caregivers;
	private int nextHadmId = 100_001;
	private int nextIcustayId = 200_001;

	Planner(long seed, Weighted<Condition> conditions, Caregivers caregivers) {
		this.seed = seed;
		this.conditions = conditions;
		this.caregivers = caregivers;
	}

	/** The plan of the {@code index}-th patient (0-based); call in order. */
	PatientPlan plan(int index) {
		int subjectId = FIRST_SUBJECT_ID + index;
		Chance chance = Chance.of(seed, subjectId, Chance.Part.PLAN);
		String gender = demographics.pick("gender", chance);
		boolean over89 = chance.chance(0.03);
		long firstAdmit = FIRST_DAY + chance.between(0L, (LAST_DAY - FIRST_DAY) / MINUTE) * MINUTE;
		int age = over89 ? 300 : (int) Math.round(Math.clamp(chance.gaussian(64, 16), 18, 89));
		long dob = Timestamps.midnight(Timestamps.minusYears(firstAdmit, age) - chance.between(1, 364) * DAY);
		boolean male = "M".equals(gender);
		double weight = Decimals.round(Math.clamp(chance.gaussian(male ? 84 : 71, 17), 40, 180), 1);
		int height = (int) Math.round(Math.clamp(chance.gaussian(male ? 69 : 64, 3), 56, 80));
		String ethnicity = demographics.pick("ethnicity", chance);
		String language = demographics.pick("language", chance);
		String religion = demographics.pick("religion", chance);
		String marital = demographics.pick("marital_status", chance);
		int count = chance.chance(0.75) ? 1 : chance.chance(0.72) ? 2 : 3;
		CareSystem system = chance.chance(CAREVUE_SHARE) ? CareSystem.CAREVUE : CareSystem.METAVISION;

		List<Admission> admissions = new ArrayList<>();
		long admit = firstAdmit;
		for (int k = 0; k < count; k++) {
			if (k > 0) {
				admit = Timestamps.midnight(admissions.get(k - 1).discharge())
						+ Math.round(chance.logNormal(180, 1.0, 3, 1500)) * DAY + chance.between(0, 1439) * MINUTE;
				if (system == CareSystem.CAREVUE && chance.chance(0.3)) {
					system = CareSystem.METAVISION;
				}
			}
			int ageNow = over89 ? 90 : age + (int) ((admit - firstAdmit) / (365 * DAY));
			boolean last = k == count - 1;
			admissions.add(admission(chance, admit, ageNow, last, system));
		}
		Admission lastAdmission = admissions.get(count - 1);
		Optional<Death> death;
		if (lastAdmission.diedHere()) {
			death = Optional.of(new Death(lastAdmission.discharge(), true));
		} else if (chance.chance(age >= 75 ? 0.35 : 0.2)) {
			long after = Math.round(chance.logNormal(400, 1.2, 1, 4000) * DAY);
			death = Optional.of(new Death(lastAdmission.discharge() + after, false));
		} else {
			death = Optional.empty();
		}
		return new PatientPlan(subjectId, gender, dob, over89, weight, height, ethnicity, language, religion, marital,
				death, List.copyOf(admissions));
	}

	private Admission admission(Chance chance, long admit, int age, boolean last, CareSystem system) {
		Condition condition = chance.pick(conditions);
		int hadmId = nextHadmId++;
		String type = chance.pick(condition.admissionTypes());
		boolean elective = "ELECTIVE".equals(type);
		String location = demographics.pick(elective ? "admission_location_elective" : "admission_location_emergency", chance);
		OptionalLong edIn = OptionalLong.empty();
		OptionalLong edOut = OptionalLong.empty();
		if ("EMERGENCY ROOM ADMIT".equals(location)) {
			edIn = OptionalLong.of(admit - chance.between(60, 480) * MINUTE);
			edOut = OptionalLong.of(admit + chance.between(10, 120) * MINUTE);
		}
		double mortality = Math.min(0.9, condition.mortality() * (age >= 75 ? 1.6 : 1.0));
		boolean diesHere = last && chance.chance(mortality);
		String careunit = chance.pick(condition.careunits());
		int icuWard = demographics.ward(careunit, chance);

		List<long[]> icuTimes = new ArrayList<>();
		// straight from the emergency department (after leaving it) for most, via a ward for some
		long arrival = edOut.orElse(admit);
		long intime = arrival + (elective ? chance.between(4 * 60, 10 * 60) * MINUTE
				: chance.chance(0.75) ? chance.between(1, 180) * MINUTE : chance.between(4 * 60, 48 * 60) * MINUTE);
		intime += chance.between(0, 59);
		int stays = chance.chance(0.07) ? 2 : 1;
		for (int s = 0; s < stays; s++) {
			long outtime = intime + Math.round(chance.logNormal(2.9, 0.95, 0.3, 35) * DAY);
			icuTimes.add(new long[] { intime, outtime });
			intime = outtime + Math.round(chance.uniform(1, 5) * DAY);
		}
		long lastOut = icuTimes.get(stays - 1)[1];
		long discharge;
		boolean diesInIcu = diesHere && chance.chance(0.75);
		if (diesInIcu) {
			discharge = lastOut;
		} else {
			double wardDays = diesHere ? chance.logNormal(2, 0.8, 0.2, 20) : chance.logNormal(3, 0.7, 0.2, 40);
			discharge = lastOut + Math.round(wardDays * DAY);
		}
		discharge = discharge / MINUTE * MINUTE;
		if (diesInIcu) {
			icuTimes.get(stays - 1)[1] = discharge;
		}

		List<IcuStay> icuStays = new ArrayList<>();
		for (int s = 0; s < stays; s++) {
			long in = icuTimes.get(s)[0];
			long out = icuTimes.get(s)[1];
			icuStays.add(icuStay(chance, condition, careunit, icuWard, in, out, diesInIcu && s == stays - 1, system));
		}
		List<Segment> segments = segments(chance, admit, discharge, icuStays);
		String service = chance.pick(condition.services());
		String insurance = demographics.pick(age >= 65 ? "insurance_65" : "insurance_under_65", chance);
		String dischargeLocation = diesHere ? "DEAD/EXPIRED" : demographics.pick("discharge_location", chance);
		return new Admission(hadmId, admit, discharge, diesHere, condition, system, type, location, dischargeLocation,
				insurance, edIn, edOut, chance.pick(condition.admitText()), service, List.copyOf(segments), List.copyOf(icuStays));
	}

	private IcuStay icuStay(Chance chance, Condition condition, String careunit, int ward, long in, long out,
			boolean endsInDeath, CareSystem system) {
		boolean vent = chance.chance(condition.vent());
		long length = out - in;
		long ventStart = in + Math.min(6 * HOUR, length / 4) * chance.between(0, 100) / 100;
		long ventEnd;
		if ("cabg".equals(condition.name())) {
			ventEnd = Math.min(out - HOUR / 2, ventStart + chance.between(4, 16) * HOUR);
		} else {
			ventEnd = endsInDeath ? out : out - length / 4 * chance.between(0, 100) / 100;
		}
		vent = vent && ventEnd > ventStart + HOUR;
		boolean art = chance.chance(Math.max(condition.art(), vent ? 0.7 : 0));
		boolean cvl = chance.chance(condition.cvl());
		boolean pressors = chance.chance(condition.shock());
		int[] nurses = new int[chance.between(4, 7)];
		for (int i = 0; i < nurses.length; i++) {
			nurses[i] = caregivers.pick(Role.NURSE, chance);
		}
		return new IcuStay(nextIcustayId++, careunit, ward, in, out, endsInDeath, vent, ventStart, ventEnd, art, cvl, pressors,
				system, nurses, caregivers.pick(Role.PHYSICIAN, chance), caregivers.pick(Role.RESPIRATORY, chance));
	}

	/** Wards and ICUs from admission to discharge; a short wait before the first ICU counts as the ICU. */
	private List<Segment> segments(Chance chance, long admit, long discharge, List<IcuStay> icuStays) {
		List<Segment> segments = new ArrayList<>();
		long at = icuStays.get(0).intime() - admit > 3 * HOUR ? admit : icuStays.get(0).intime();
		for (IcuStay stay : icuStays) {
			if (stay.intime() > at) {
				segments.add(new Segment(null, demographics.ward(null, chance), at, stay.intime(), Optional.empty()));
			}
			segments.add(new Segment(stay.careunit(), stay.wardId(), stay.intime(), stay.outtime(), Optional.of(stay)));
			at = stay.outtime();
		}
		if (discharge > at) {
			segments.add(new Segment(null, demographics.ward(null, chance), at, discharge, Optional.empty()));
		}
		return segments;
	}
}
