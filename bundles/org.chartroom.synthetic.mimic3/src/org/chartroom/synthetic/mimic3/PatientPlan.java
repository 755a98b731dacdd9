package org.chartroom.synthetic.mimic3;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One synthetic patient before any row is written: who they are and the skeleton of their
 * hospital admissions and ICU stays. Every table's rows hang off this plan, so they agree with
 * each other (events inside stays, nothing after death). Times are {@link Timestamps} seconds.
 * Text fields that may be empty in the files are {@code null} here: that is how an empty field is written.
 *
 * @param over89 true when the patient was older than 89 at the first admission: MIMIC-III then moves
 *               the date of birth 300 years back, and so does the plan
 */
record PatientPlan(int subjectId, String gender, long dob, boolean over89, double weightKg, int heightInches,
		String ethnicity, String language, String religion, String maritalStatus, Optional<Death> death,
		List<Admission> admissions) {

	/** Age in whole years at {@code time}, 300 and more for the patients MIMIC-III ages that way. */
	int ageAt(long time) {
		return (int) ((time - dob) / (365.2425 * Timestamps.DAY));
	}

	/**
	 * When and where the patient died.
	 *
	 * @param inHospital died during the last admission (then {@code time} is its discharge time)
	 */
	record Death(long time, boolean inHospital) {
	}

	/** The two ICU information systems of MIMIC-III, with their own item ids and tables. */
	enum CareSystem {
		CAREVUE("carevue"), METAVISION("metavision");

		final String dbsource;

		CareSystem(String dbsource) {
			this.dbsource = dbsource;
		}
	}

	/**
	 * One hospital admission.
	 *
	 * @param diedHere  the patient died in hospital: DEATHTIME is the discharge time
	 * @param segments  where the patient was, in order, from admission to discharge (wards and ICU stays)
	 * @param service   the hospital service at admission, e.g. MED
	 * @param diagnosis the admitting diagnosis as free text
	 */
	record Admission(int hadmId, long admit, long discharge, boolean diedHere, Condition condition, CareSystem system,
			String admissionType, String admissionLocation, String dischargeLocation, String insurance,
			OptionalLong edRegistered, OptionalLong edOut, String diagnosis, String service, List<Segment> segments,
			List<IcuStay> icuStays) {

		/** The ICU stay {@code time} falls in, if any. */
		Optional<IcuStay> icuStayAt(long time) {
			return icuStays.stream().filter(s -> s.intime() <= time && time < s.outtime()).findFirst();
		}

		boolean ventilated() {
			return icuStays.stream().anyMatch(IcuStay::ventilated);
		}
	}

	/**
	 * A stay in one intensive care unit.
	 *
	 * @param ventStart when invasive ventilation began (meaningful when {@code ventilated})
	 * @param ventEnd   when it ended; the ICU discharge time when the patient died ventilated
	 * @param nurses    the nurses who take turns, one per 12-hour shift
	 */
	record IcuStay(int icustayId, String careunit, int wardId, long intime, long outtime, boolean endsInDeath,
			boolean ventilated, long ventStart, long ventEnd, boolean arterialLine, boolean centralLine, boolean pressors,
			CareSystem system, int[] nurses, int physician, int respiratoryTherapist) {

		double losDays() {
			return (outtime - intime) / (double) Timestamps.DAY;
		}

		/** The nurse on the 12-hour shift (07:00 to 19:00 and 19:00 to 07:00) that {@code time} falls in. */
		int nurseAt(long time) {
			long shift = Math.floorDiv(time - 7 * Timestamps.HOUR, 12 * Timestamps.HOUR);
			return nurses[(int) Math.floorMod(shift, (long) nurses.length)];
		}
	}

	/**
	 * A place in the hospital: a ward ({@code careunit} null) or an ICU.
	 *
	 * @param icuStay the ICU stay, for ICU segments
	 */
	record Segment(String careunit, int wardId, long in, long out, Optional<IcuStay> icuStay) {
	}
}
