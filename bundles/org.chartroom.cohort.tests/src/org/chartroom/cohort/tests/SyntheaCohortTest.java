package org.chartroom.cohort.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.chartroom.cohort.Cohort;
import org.chartroom.cohort.CohortFactory;
import org.chartroom.cohort.DeathCriterion;
import org.chartroom.cohort.run.CohortCounter;
import org.chartroom.cohort.run.CohortCounts;
import org.chartroom.cohort.sql.CohortCompiler;
import org.chartroom.core.patients.Age;
import org.chartroom.core.store.Workspace;
import org.junit.jupiter.api.Test;

/** The same kind of definition on OMOP CDM 5.4 (Synthea27Nj): demographics and a measured concept with a value range. */
class SyntheaCohortTest {

	@Test
	void womenWithAHeartRateOf60To80InTheVisit() throws Exception {
		Set<Object> visits = new HashSet<>();
		Set<Object> persons = new HashSet<>();
		for (Object[] row : Counts.rows(DemoWorkspace.SYNTHEA, "SELECT v.visit_occurrence_id, v.person_id, p.birth_datetime, "
				+ "v.visit_start_datetime FROM visit_occurrence v JOIN person p ON p.person_id = v.person_id "
				+ "WHERE p.gender_source_value = 'F' AND EXISTS (SELECT 1 FROM measurement m WHERE "
				+ "m.visit_occurrence_id = v.visit_occurrence_id AND m.measurement_concept_id = 3027018 "
				+ "AND m.value_as_number BETWEEN 60 AND 80)")) {
			Age age = Age.between(Optional.of((LocalDateTime) row[2]), Optional.of((LocalDateTime) row[3])).orElseThrow();
			if (age.years() >= 18) {
				visits.add(row[0]);
				persons.add(row[1]);
			}
		}
		Workspace workspace = DemoWorkspace.get();
		CohortCompiler compiler = new CohortCompiler(DemoWorkspace.schema(DemoWorkspace.SYNTHEA), workspace.dialect());
		CohortCounts counts = new CohortCounter(workspace, DemoWorkspace.SYNTHEA)
				.count(compiler.compile(Definitions.syntheaWomenWithHeartRate()), null);
		assertEquals(List.of((long) visits.size(), (long) persons.size()), List.of(counts.entries(), counts.patients()));
		assertEquals(List.of(1791L, 28L), List.of(counts.attrition().get(0).entries(), counts.attrition().get(0).patients()));
		assertEquals(List.of(77L, 11L), List.of(counts.entries(), counts.patients()));
	}

	@Test
	void deathIsReadFromTheDeathTableWhereThePersonTableHasNone() throws Exception {
		DeathCriterion death = CohortFactory.eINSTANCE.createDeathCriterion();
		death.setLabel("Died");
		CohortCounts anyTime = count(Definitions.cohort("visit", death));
		List<Long> byHand = Counts.pair(DemoWorkspace.SYNTHEA, "SELECT COUNT(*), COUNT(DISTINCT person_id) FROM visit_occurrence "
				+ "WHERE person_id IN (SELECT person_id FROM death)");
		assertEquals(byHand, List.of(anyTime.entries(), anyTime.patients()));
		assertEquals(List.of(430L, 3L), byHand);

		death.setWindowStartDays(0);
		death.setWindowEndDays(365);
		CohortCounts withinAYear = count(Definitions.cohort("visit", death));
		List<Long> withinByHand = Counts.pair(DemoWorkspace.SYNTHEA, "SELECT COUNT(*), COUNT(DISTINCT v.person_id) "
				+ "FROM visit_occurrence v JOIN death d ON d.person_id = v.person_id WHERE d.death_datetime >= "
				+ "v.visit_start_datetime AND d.death_datetime <= {fn TIMESTAMPADD(SQL_TSI_DAY, 365, v.visit_start_datetime)}");
		assertEquals(withinByHand, List.of(withinAYear.entries(), withinAYear.patients()));
		assertEquals(List.of(27L, 3L), withinByHand);
	}

	private static CohortCounts count(Cohort cohort) throws Exception {
		Workspace workspace = DemoWorkspace.get();
		CohortCompiler compiler = new CohortCompiler(DemoWorkspace.schema(DemoWorkspace.SYNTHEA), workspace.dialect());
		return new CohortCounter(workspace, DemoWorkspace.SYNTHEA).count(compiler.compile(cohort), null);
	}
}
