package org.chartroom.cohort.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;

import org.chartroom.cohort.Cohort;
import org.chartroom.cohort.io.CohortMembersTable;
import org.chartroom.cohort.io.SavedCohorts;
import org.chartroom.cohort.sql.CohortCompiler;
import org.chartroom.cohort.sql.CompiledCohort;
import org.chartroom.core.store.StoreException;
import org.chartroom.core.store.Workspace;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

/** Saving a cohort writes its definition and exactly its entries into the members table; saving again replaces them. */
class SaveTest {

	@Test
	void savedMembersAreTheCohortsEntries() throws Exception {
		Workspace workspace = DemoWorkspace.get();
		SavedCohorts saved = new SavedCohorts(workspace);
		CohortCompiler compiler = new CohortCompiler(DemoWorkspace.schema(DemoWorkspace.MIMIC), workspace.dialect());
		Cohort heartFailure = Definitions.heartFailureAdmissions();
		CompiledCohort compiled = compiler.compile(heartFailure);
		assertEquals(39L, saved.save(DemoWorkspace.MIMIC, "HeartFailure", heartFailure, compiled, null));
		assertEquals(39L, saved.save(DemoWorkspace.MIMIC, "heartfailure", heartFailure, compiled, null));
		assertEquals(29L, saved.save(DemoWorkspace.MIMIC, "Tachycardia", Definitions.tachycardicIcuStays(),
				compiler.compile(Definitions.tachycardicIcuStays()), null));

		assertEquals(List.of("heartfailure", "Tachycardia"), saved.names(DemoWorkspace.MIMIC));
		assertTrue(Files.isRegularFile(workspace.directory().resolve("cohorts/MIMIC3/heartfailure.xmi")));
		Cohort loaded = saved.load(DemoWorkspace.MIMIC, "HEARTFAILURE").orElseThrow();
		assertEquals("heartfailure", loaded.getName());
		loaded.setName(null);
		assertTrue(EcoreUtil.equals(heartFailure, loaded));

		List<Object[]> rows = Counts.rows(DemoWorkspace.MIMIC, "SELECT COHORT_NAME, COUNT(*), COUNT(DISTINCT PATIENT_ID) FROM "
				+ CohortMembersTable.NAME + " GROUP BY COHORT_NAME ORDER BY COHORT_NAME");
		assertEquals(List.of("HEARTFAILURE 39 35", "TACHYCARDIA 29 25"),
				rows.stream().map(r -> r[0] + " " + r[1] + " " + r[2]).toList());
		assertEquals(35, saved.memberPatientIds(DemoWorkspace.MIMIC, "HeartFailure").size());
		assertEquals(Counts.rows(DemoWorkspace.MIMIC, "SELECT DISTINCT SUBJECT_ID FROM ADMISSIONS WHERE HADM_ID IN "
				+ "(SELECT HADM_ID FROM DIAGNOSES_ICD WHERE ICD9_CODE LIKE '4280%') ORDER BY 1").stream()
				.map(r -> ((Number) r[0]).longValue()).toList(), saved.memberPatientIds(DemoWorkspace.MIMIC, "HeartFailure"));
	}

	@Test
	void anUnknownCohortIsNamedWithTheSavedOnes() throws Exception {
		SavedCohorts saved = new SavedCohorts(DemoWorkspace.get());
		StoreException none = assertThrows(StoreException.class, () -> saved.memberPatientIds(DemoWorkspace.SYNTHEA, "Sepsis"));
		assertEquals("No cohort 'Sepsis' is saved for dataset synthea (none is saved yet).", none.getMessage());
	}

	@Test
	void deletingRemovesTheFileAndOnlyThatCohortsMembers() throws Exception {
		Workspace workspace = DemoWorkspace.get();
		SavedCohorts saved = new SavedCohorts(workspace);
		CohortCompiler compiler = new CohortCompiler(DemoWorkspace.schema(DemoWorkspace.MIMIC), workspace.dialect());
		saved.save(DemoWorkspace.MIMIC, "ToDelete", Definitions.adultLongIcuStays(), compiler.compile(Definitions.adultLongIcuStays()), null);
		saved.save(DemoWorkspace.MIMIC, "ToKeep", Definitions.tachycardicIcuStays(), compiler.compile(Definitions.tachycardicIcuStays()), null);
		String count = "SELECT COUNT(*) FROM " + CohortMembersTable.NAME + " WHERE COHORT_NAME = ";

		assertEquals(68L, saved.delete(DemoWorkspace.MIMIC, "todelete"));

		assertFalse(saved.names(DemoWorkspace.MIMIC).contains("ToDelete"));
		assertFalse(Files.exists(workspace.directory().resolve("cohorts/MIMIC3/ToDelete.xmi")));
		assertEquals(0L, ((Number) Counts.rows(DemoWorkspace.MIMIC, count + "'TODELETE'").get(0)[0]).longValue());
		assertEquals(29L, ((Number) Counts.rows(DemoWorkspace.MIMIC, count + "'TOKEEP'").get(0)[0]).longValue());
		StoreException again = assertThrows(StoreException.class, () -> saved.delete(DemoWorkspace.MIMIC, "ToDelete"));
		assertTrue(again.getMessage().startsWith("No cohort 'ToDelete' is saved for dataset mimic3 (saved: "), again.getMessage());
		assertEquals(29L, saved.delete(DemoWorkspace.MIMIC, "ToKeep")); // the other test lists the names
	}
}
