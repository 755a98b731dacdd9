package org.chartroom.cohort.tests;

import java.util.List;

import org.chartroom.cohort.AgeCriterion;
import org.chartroom.cohort.Cohort;
import org.chartroom.cohort.CohortFactory;
import org.chartroom.cohort.ConceptCriterion;
import org.chartroom.cohort.Criterion;
import org.chartroom.cohort.LengthOfStayCriterion;
import org.chartroom.cohort.SexCriterion;

/** The cohort definitions the tests run, built as the cohort builder would. */
final class Definitions {

	private static final CohortFactory FACTORY = CohortFactory.eINSTANCE;

	private Definitions() {
	}

	/** ICU stays of patients aged 18 to 89 inclusive at ICU admission with a length of stay of 2 days or more. */
	static Cohort adultLongIcuStays() {
		return cohort("icu", age(18, 89), lengthOfStay("2"));
	}

	/** Admissions with a diagnosis whose ICD9 code starts 4280 (heart failure). */
	static Cohort heartFailureAdmissions() {
		ConceptCriterion diagnosis = concept("DIAGNOSES_ICD", List.of("4280"));
		diagnosis.setCodePrefix(true);
		diagnosis.setSameStay(true);
		diagnosis.setLabel("Heart failure (ICD9 4280*)");
		return cohort("admission", diagnosis);
	}

	/** ICU stays with a heart rate (ITEMID 211 or 220045) above 120 in the first 24 hours after ICU admission. */
	static Cohort tachycardicIcuStays() {
		return cohort("icu", heartRateAbove("120"));
	}

	static ConceptCriterion heartRateAbove(String value) {
		ConceptCriterion heartRate = concept("CHARTEVENTS", List.of("211", "220045"));
		heartRate.setSameStay(true);
		heartRate.setWindowStartHours(0);
		heartRate.setWindowEndHours(24);
		heartRate.setMinValue(value);
		heartRate.setMinExclusive(true);
		heartRate.setLabel("Heart rate > " + value + " in the first 24 h");
		return heartRate;
	}

	/** Synthea: visits of women aged 18 or more at the visit with a heart rate (LOINC 8867-4) of 60 to 80 in the visit. */
	static Cohort syntheaWomenWithHeartRate() {
		SexCriterion sex = FACTORY.createSexCriterion();
		sex.getValues().add("F");
		ConceptCriterion heartRate = concept("measurement", List.of("3027018"));
		heartRate.setSameStay(true);
		heartRate.setMinValue("60");
		heartRate.setMaxValue("80");
		return cohort("visit", sex, age(18, null), heartRate);
	}

	static Cohort cohort(String entryLevel, Criterion... criteria) {
		Cohort cohort = FACTORY.createCohort();
		cohort.setEntryLevel(entryLevel);
		cohort.getCriteria().addAll(List.of(criteria));
		return cohort;
	}

	static AgeCriterion age(Integer min, Integer max) {
		AgeCriterion age = FACTORY.createAgeCriterion();
		age.setMinYears(min);
		age.setMaxYears(max);
		return age;
	}

	static LengthOfStayCriterion lengthOfStay(String minDays) {
		LengthOfStayCriterion los = FACTORY.createLengthOfStayCriterion();
		los.setMinDays(minDays);
		return los;
	}

	static ConceptCriterion concept(String table, List<String> codes) {
		ConceptCriterion concept = FACTORY.createConceptCriterion();
		concept.setTable(table);
		concept.getCodes().addAll(codes);
		return concept;
	}
}
