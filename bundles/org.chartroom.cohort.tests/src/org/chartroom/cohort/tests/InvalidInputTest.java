package org.chartroom.cohort.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.chartroom.cohort.Cohort;
import org.chartroom.cohort.ConceptCriterion;
import org.chartroom.cohort.run.CohortCounts;
import org.chartroom.cohort.sql.CohortCompiler;
import org.chartroom.cohort.sql.InvalidCohortException;
import org.junit.jupiter.api.Test;

/**
 * SQL written into a definition's fields is refused before anything runs, with a message naming the
 * criterion and field; SQL in a label is only text. The demo's tables keep their rows.
 */
class InvalidInputTest {

	private static final String TABLES = "SELECT (SELECT COUNT(*) FROM PATIENTS), (SELECT COUNT(*) FROM ICUSTAYS), "
			+ "(SELECT COUNT(*) FROM CHARTEVENTS) FROM PATIENTS FETCH FIRST 1 ROWS ONLY";

	@Test
	void sqlInAValueFieldIsInvalidInput() throws Exception {
		ConceptCriterion heartRate = Definitions.heartRateAbove("120 OR 1=1");
		assertEquals("Invalid cohort definition: criterion 1 ('Heart rate > 120 OR 1=1 in the first 24 h'), minValue: "
				+ "'120 OR 1=1' is not a number.", refused(Definitions.cohort("icu", heartRate)));
	}

	@Test
	void sqlInANumericCodeIsInvalidInput() throws Exception {
		ConceptCriterion heartRate = Definitions.heartRateAbove("120");
		heartRate.getCodes().set(1, "220045); DROP TABLE PATIENTS; --");
		assertEquals("Invalid cohort definition: criterion 1 ('Heart rate > 120 in the first 24 h'), codes: "
				+ "'220045); DROP TABLE PATIENTS; --' is not a whole number, as ITEMID holds.",
				refused(Definitions.cohort("icu", heartRate)));
	}

	@Test
	void sqlInATextCodeIsInvalidInput() throws Exception {
		ConceptCriterion diagnosis = Definitions.concept("DIAGNOSES_ICD", List.of("4280' OR '1'='1"));
		diagnosis.setSameStay(true);
		assertEquals("Invalid cohort definition: criterion 2 (ConceptCriterion), codes: '4280' OR '1'='1' is longer than "
				+ "ICD9_CODE holds (10 characters), so it is no value of it.",
				refused(Definitions.cohort("admission", Definitions.age(18, null), diagnosis)));
	}

	@Test
	void unknownTableAndLevelAreInvalidInput() throws Exception {
		assertEquals("Invalid cohort definition: criterion 1 (ConceptCriterion), table: 'PATIENTS; DROP TABLE ICUSTAYS' is no "
				+ "event table of the dataset's model (event tables: CALLOUT, CHARTEVENTS, CPTEVENTS, DATETIMEEVENTS, "
				+ "DIAGNOSES_ICD, DRGCODES, INPUTEVENTS_CV, INPUTEVENTS_MV, LABEVENTS, MICROBIOLOGYEVENTS, NOTEEVENTS, "
				+ "OUTPUTEVENTS, PRESCRIPTIONS, PROCEDUREEVENTS_MV, PROCEDURES_ICD, SERVICES, TRANSFERS).",
				refused(Definitions.cohort("icu", Definitions.concept("PATIENTS; DROP TABLE ICUSTAYS", List.of("1")))));
		assertEquals("Invalid cohort definition: entry, entryLevel: 'visit' is no stay level of the dataset's model "
				+ "(stay levels: admission, icu).", refused(Definitions.cohort("visit")));
	}

	@Test
	void sqlInALabelIsOnlyText() throws Exception {
		List<Long> before = Counts.rows(DemoWorkspace.MIMIC, TABLES).stream()
				.flatMap(r -> java.util.Arrays.stream(r).map(v -> ((Number) v).longValue())).toList();
		Cohort cohort = Definitions.tachycardicIcuStays();
		cohort.getCriteria().get(0).setLabel("x'); DROP TABLE PATIENTS; --");
		CohortCounts counts = MimicCohortTest.count(cohort);
		assertEquals(List.of(29L, 25L), List.of(counts.entries(), counts.patients()));
		assertEquals("x'); DROP TABLE PATIENTS; --", counts.attrition().get(1).label());
		List<Long> after = Counts.rows(DemoWorkspace.MIMIC, TABLES).stream()
				.flatMap(r -> java.util.Arrays.stream(r).map(v -> ((Number) v).longValue())).toList();
		assertEquals(List.of(100L, 136L, 758_355L), after);
		assertEquals(before, after);
	}

	private static String refused(Cohort cohort) throws Exception {
		CohortCompiler compiler = new CohortCompiler(DemoWorkspace.schema(DemoWorkspace.MIMIC), DemoWorkspace.get().dialect());
		return assertThrows(InvalidCohortException.class, () -> compiler.compile(cohort)).getMessage();
	}
}
