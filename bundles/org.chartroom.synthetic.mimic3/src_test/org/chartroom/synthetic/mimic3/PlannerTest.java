package org.chartroom.synthetic.mimic3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.chartroom.synthetic.mimic3.PatientPlan.Admission;
import org.chartroom.synthetic.mimic3.PatientPlan.IcuStay;
import org.chartroom.synthetic.mimic3.PatientPlan.Segment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The skeletons every table hangs off: consistent in time, shifted like MIMIC-III, the same for the same seed. */
class PlannerTest {

	private static final int PATIENTS = 500;
	private static final long SEED = 3;
	private static List<PatientPlan> plans;

	@BeforeAll
	static void plan() {
		plans = plans(SEED, PATIENTS);
	}

	private static List<PatientPlan> plans(long seed, int count) {
		Planner planner = new Planner(seed, Condition.load(), new Caregivers(seed));
		List<PatientPlan> list = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			list.add(planner.plan(i));
		}
		return list;
	}

	@Test
	void idsCountUpFromMimicLikeStarts() {
		assertEquals(10_001, plans.get(0).subjectId());
		assertEquals(100_001, plans.get(0).admissions().get(0).hadmId());
		assertEquals(200_001, plans.get(0).admissions().get(0).icuStays().get(0).icustayId());
		int hadm = 100_001;
		for (PatientPlan patient : plans) {
			for (Admission admission : patient.admissions()) {
				assertEquals(hadm++, admission.hadmId());
			}
		}
	}

	@Test
	void everyStayLiesInsideItsAdmissionAndTheSegmentsJoinUp() {
		for (PatientPlan patient : plans) {
			long previousDischarge = Long.MIN_VALUE;
			for (Admission admission : patient.admissions()) {
				assertTrue(admission.admit() > previousDischarge, "admissions do not overlap");
				assertTrue(admission.discharge() > admission.admit());
				assertTrue(!admission.icuStays().isEmpty(), "every admission has an ICU stay");
				for (IcuStay stay : admission.icuStays()) {
					assertTrue(admission.admit() <= stay.intime() && stay.intime() < stay.outtime()
							&& stay.outtime() <= admission.discharge(), () -> "ICU stay " + stay.icustayId());
					if (stay.ventilated()) {
						assertTrue(stay.intime() <= stay.ventStart() && stay.ventStart() < stay.ventEnd()
								&& stay.ventEnd() <= stay.outtime(), () -> "ventilation of " + stay.icustayId());
					}
				}
				List<Segment> segments = admission.segments();
				assertTrue(segments.get(0).in() >= admission.admit());
				assertEquals(admission.discharge(), segments.get(segments.size() - 1).out());
				for (int i = 1; i < segments.size(); i++) {
					assertEquals(segments.get(i - 1).out(), segments.get(i).in(), "no gaps between places");
				}
				previousDischarge = admission.discharge();
			}
		}
	}

	@Test
	void deathComesLastAndMatchesTheAdmission() {
		int inHospital = 0;
		for (PatientPlan patient : plans) {
			List<Admission> admissions = patient.admissions();
			Admission last = admissions.get(admissions.size() - 1);
			for (Admission admission : admissions.subList(0, admissions.size() - 1)) {
				assertTrue(!admission.diedHere(), "only the last admission can end in death");
			}
			if (last.diedHere()) {
				inHospital++;
				assertEquals(last.discharge(), patient.death().orElseThrow().time());
				assertEquals("DEAD/EXPIRED", last.dischargeLocation());
			}
			patient.death().ifPresent(death -> assertTrue(death.time() >= last.discharge()));
		}
		assertTrue(inHospital > PATIENTS / 20 && inHospital < PATIENTS / 4, "in-hospital deaths: " + inHospital);
	}

	@Test
	void patientsOverEightyNineAreAgedAboutThreeHundredAsInMimic() {
		int over89 = 0;
		for (PatientPlan patient : plans) {
			int age = patient.ageAt(patient.admissions().get(0).admit());
			if (patient.over89()) {
				over89++;
				assertTrue(age >= 300 && age < 302, "age " + age);
			} else {
				assertTrue(age >= 17 && age <= 89, "age " + age);
			}
			int admitYear = Timestamps.toLocal(patient.admissions().get(0).admit()).getYear();
			assertTrue(admitYear >= 2100 && admitYear < 2200, "first admission shifted into 2100-2199: " + admitYear);
		}
		assertTrue(over89 > 0 && over89 < PATIENTS / 10, "a few: " + over89);
	}

	@Test
	void theSameSeedGivesTheSamePatientsWhateverTheirNumber() {
		List<PatientPlan> fewer = plans(SEED, 50);
		for (int i = 0; i < fewer.size(); i++) {
			assertEquals(fingerprint(plans.get(i)), fingerprint(fewer.get(i)));
		}
		List<PatientPlan> other = plans(SEED + 1, 50);
		assertTrue(!fingerprint(plans.get(0)).equals(fingerprint(other.get(0))));
	}

	/** The plan as text (records print arrays by identity, so the ICU stays are spelt out). */
	private static String fingerprint(PatientPlan patient) {
		StringBuilder text = new StringBuilder();
		text.append(patient.subjectId()).append(' ').append(patient.gender()).append(' ').append(patient.dob()).append(' ')
				.append(patient.death()).append(' ').append(patient.weightKg()).append(' ').append(patient.ethnicity());
		for (Admission admission : patient.admissions()) {
			text.append(" | ").append(admission.hadmId()).append(' ').append(admission.admit()).append(' ')
					.append(admission.discharge()).append(' ').append(admission.condition().name()).append(' ')
					.append(admission.segments().size());
			for (IcuStay stay : admission.icuStays()) {
				text.append(" [").append(stay.icustayId()).append(' ').append(stay.intime()).append(' ').append(stay.outtime())
						.append(' ').append(java.util.Arrays.toString(stay.nurses())).append(']');
			}
		}
		return text.toString();
	}
}
