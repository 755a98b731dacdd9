package org.chartroom.examples.hospital.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.chartroom.cohort.AgeCriterion;
import org.chartroom.cohort.Cohort;
import org.chartroom.cohort.CohortFactory;
import org.chartroom.cohort.ConceptCriterion;
import org.chartroom.cohort.SexCriterion;
import org.chartroom.cohort.run.CohortCounter;
import org.chartroom.cohort.run.CohortCounts;
import org.chartroom.cohort.sql.CohortCompiler;
import org.chartroom.core.patients.Age;
import org.chartroom.core.store.DatasetInfo;
import org.chartroom.core.store.Workspace;
import org.junit.jupiter.api.Test;

/** The cohort builder's compiler and counter on the plugin's dataset, checked against SQL written by hand. */
class CohortTest {

	private static final CohortFactory FACTORY = CohortFactory.eINSTANCE;

	@Test
	void womenOf60OrMoreWithAHeartRateAbove100InTheEncounter() throws Exception {
		Set<Object> encounters = new HashSet<>();
		Set<Object> patients = new HashSet<>();
		for (Object[] row : HospitalWorkspace.rows("SELECT E.ENCOUNTER_ID, E.PATIENT_ID, P.BIRTH_DATE, E.ADMIT_TIME "
				+ "FROM ENCOUNTER E JOIN PATIENT P ON P.PATIENT_ID = E.PATIENT_ID WHERE P.SEX = 'F' AND EXISTS (SELECT 1 "
				+ "FROM VITAL_SIGN V WHERE V.ENCOUNTER_ID = E.ENCOUNTER_ID AND V.CODE = 'HR' AND V.VALUE > 100)")) {
			Age age = Age.between(Optional.of((LocalDateTime) row[2]), Optional.of((LocalDateTime) row[3])).orElseThrow();
			if (age.years() >= 60) {
				encounters.add(row[0]);
				patients.add(row[1]);
			}
		}
		SexCriterion women = FACTORY.createSexCriterion();
		women.getValues().add("F");
		AgeCriterion sixtyOrMore = FACTORY.createAgeCriterion();
		sixtyOrMore.setMinYears(60);
		ConceptCriterion heartRate = concept("VITAL_SIGN", "HR");
		heartRate.setSameStay(true);
		heartRate.setMinValue("100");
		heartRate.setMinExclusive(true);
		CohortCounts counts = count(cohort(women, sixtyOrMore, heartRate));

		assertEquals(List.of((long) encounters.size(), (long) patients.size()), List.of(counts.entries(), counts.patients()));
		assertEquals(List.of(HospitalWorkspace.count("SELECT COUNT(*) FROM ENCOUNTER"), 50L),
				List.of(counts.attrition().get(0).entries(), counts.attrition().get(0).patients()));
		assertEquals(List.of(18L, 9L), List.of(counts.entries(), counts.patients()));
	}

	@Test
	void encountersWithHeartFailureCodedForThem() throws Exception {
		ConceptCriterion heartFailure = concept("DIAGNOSIS", "I50");
		heartFailure.setSameStay(true);
		CohortCounts counts = count(cohort(heartFailure));
		List<Object> byHand = List.of(HospitalWorkspace.rows("SELECT COUNT(*), COUNT(DISTINCT PATIENT_ID) FROM DIAGNOSIS "
				+ "WHERE CODE = 'I50'").get(0));
		assertEquals(byHand.stream().map(n -> ((Number) n).longValue()).toList(), List.of(counts.entries(), counts.patients()));
		assertEquals(List.of(35L, 27L), List.of(counts.entries(), counts.patients()));
	}

	private static ConceptCriterion concept(String table, String code) {
		ConceptCriterion concept = FACTORY.createConceptCriterion();
		concept.setTable(table);
		concept.getCodes().add(code);
		concept.setLabel(table + " " + code);
		return concept;
	}

	private static Cohort cohort(org.chartroom.cohort.Criterion... criteria) {
		Cohort cohort = FACTORY.createCohort();
		cohort.setEntryLevel("admission");
		cohort.getCriteria().addAll(List.of(criteria));
		return cohort;
	}

	private static CohortCounts count(Cohort cohort) throws Exception {
		Workspace workspace = HospitalWorkspace.get();
		DatasetInfo dataset = workspace.findDataset(HospitalWorkspace.DATASET).orElseThrow();
		CohortCompiler compiler = new CohortCompiler(HospitalServices.connector().schemaOf(dataset), workspace.dialect());
		return new CohortCounter(workspace, HospitalWorkspace.DATASET).count(compiler.compile(cohort), null);
	}
}
