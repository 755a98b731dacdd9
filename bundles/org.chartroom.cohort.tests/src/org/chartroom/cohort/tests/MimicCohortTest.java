package org.chartroom.cohort.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.chartroom.cohort.Cohort;
import org.chartroom.cohort.run.CohortCounter;
import org.chartroom.cohort.run.CohortCounts;
import org.chartroom.cohort.sql.CohortCompiler;
import org.chartroom.core.patients.Age;
import org.chartroom.core.store.Workspace;
import org.junit.jupiter.api.Test;

/**
 * The three cohorts of issue 9 on the MIMIC-III demo: counted by the compiler and by SQL written by
 * hand (and, for ages, by {@link Age} over the rows), which must agree, and with the exact figures.
 */
class MimicCohortTest {

	@Test
	void adultIcuStaysOfTwoDaysOrMore() throws Exception {
		// By hand: every ICU stay with its patient's birth, ages and lengths computed in Java.
		Set<Object> stays = new HashSet<>();
		Set<Object> patients = new HashSet<>();
		int afterAge = 0;
		for (Object[] row : Counts.rows(DemoWorkspace.MIMIC,
				"SELECT i.ICUSTAY_ID, i.SUBJECT_ID, p.DOB, i.INTIME, i.OUTTIME FROM ICUSTAYS i JOIN PATIENTS p ON p.SUBJECT_ID = i.SUBJECT_ID")) {
			LocalDateTime in = (LocalDateTime) row[3];
			Age age = Age.between(Optional.of((LocalDateTime) row[2]), Optional.of(in)).orElseThrow();
			if (age.years() < 18 || age.years() > 89) {
				continue;
			}
			afterAge++;
			if (row[4] != null && Duration.between(in, (LocalDateTime) row[4]).getSeconds() >= 2 * 86_400) {
				stays.add(row[0]);
				patients.add(row[1]);
			}
		}
		CohortCounts counts = count(Definitions.adultLongIcuStays());
		assertEquals(List.of((long) stays.size(), (long) patients.size()), List.of(counts.entries(), counts.patients()));
		assertEquals(afterAge, counts.attrition().get(1).entries());
		assertEquals(List.of(136L, 100L, 126L, 68L, 53L), List.of(counts.attrition().get(0).entries(),
				counts.attrition().get(0).patients(), counts.attrition().get(1).entries(), counts.entries(), counts.patients()));
	}

	@Test
	void heartFailureAdmissions() throws Exception {
		List<Long> hand = Counts.pair(DemoWorkspace.MIMIC, "SELECT COUNT(*), COUNT(DISTINCT a.SUBJECT_ID) FROM ADMISSIONS a "
				+ "WHERE a.HADM_ID IN (SELECT d.HADM_ID FROM DIAGNOSES_ICD d WHERE d.ICD9_CODE LIKE '4280%')");
		CohortCounts counts = count(Definitions.heartFailureAdmissions());
		assertEquals(hand, List.of(counts.entries(), counts.patients()));
		assertEquals(List.of(129L, 39L, 35L), List.of(counts.attrition().get(0).entries(), counts.entries(), counts.patients()));
	}

	@Test
	void icuStaysWithHeartRateAbove120InTheFirstDay() throws Exception {
		List<Long> hand = Counts.pair(DemoWorkspace.MIMIC, "SELECT COUNT(*), COUNT(DISTINCT i.SUBJECT_ID) FROM ICUSTAYS i "
				+ "WHERE EXISTS (SELECT 1 FROM CHARTEVENTS c WHERE c.ICUSTAY_ID = i.ICUSTAY_ID AND c.ITEMID IN (211, 220045) "
				+ "AND c.VALUENUM > 120 AND c.CHARTTIME >= i.INTIME AND c.CHARTTIME <= {fn TIMESTAMPADD(SQL_TSI_HOUR, 24, i.INTIME)})");
		CohortCounts counts = count(Definitions.tachycardicIcuStays());
		assertEquals(hand, List.of(counts.entries(), counts.patients()));
		assertEquals(List.of(29L, 25L), List.of(counts.entries(), counts.patients()));
	}

	static CohortCounts count(Cohort cohort) throws Exception {
		Workspace workspace = DemoWorkspace.get();
		CohortCompiler compiler = new CohortCompiler(DemoWorkspace.schema(DemoWorkspace.MIMIC), workspace.dialect());
		return new CohortCounter(workspace, DemoWorkspace.MIMIC).count(compiler.compile(cohort), null);
	}
}
