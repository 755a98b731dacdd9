package org.chartroom.population.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.chartroom.population.Table1;
import org.junit.jupiter.api.Test;

/** The Table 1 of Synthea27Nj (OMOP CDM 5.4): visits as entries, death from the death table, heart rate LOINC 8867-4. */
class SyntheaPopulationTest {

	@Test
	void wholeDatasetWithHeartRate() throws Exception {
		Table1 table = Tables.table(DemoWorkspace.SYNTHEA, null, "CONCEPT:3027018");
		String entries = "SELECT v.visit_occurrence_id, v.person_id, v.visit_start_datetime, v.visit_end_datetime, p.birth_datetime, "
				+ "(SELECT MIN(d.death_datetime) FROM DEATH d WHERE d.person_id = p.person_id), p.gender_source_value "
				+ "FROM VISIT_OCCURRENCE v JOIN PERSON p ON p.person_id = v.person_id";
		String heartRate = "SELECT person_id, measurement_datetime, value_as_number FROM MEASUREMENT WHERE measurement_concept_id = 3027018 "
				+ "AND value_as_number IS NOT NULL AND measurement_datetime IS NOT NULL";
		assertEquals(HandTable1.values(DemoWorkspace.SYNTHEA, entries, heartRate), Tables.values(table));
		System.getLogger(SyntheaPopulationTest.class.getName()).log(System.Logger.Level.INFO, String.join("\n", Tables.lines(table)));
		assertEquals("Died at any time recorded (patients), n (%) = 3 (10.7%) [28]",
				Tables.lines(table).stream().filter(l -> l.startsWith("Died at any")).findFirst().orElseThrow());
	}
}
