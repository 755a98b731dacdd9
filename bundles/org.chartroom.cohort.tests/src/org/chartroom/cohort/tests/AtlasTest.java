package org.chartroom.cohort.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import org.chartroom.cohort.Cohort;
import org.chartroom.cohort.atlas.AtlasExport;
import org.chartroom.cohort.atlas.AtlasImport;
import org.chartroom.cohort.atlas.AtlasImport.Imported;
import org.chartroom.cohort.run.CohortCounter;
import org.chartroom.cohort.run.CohortCounts;
import org.chartroom.cohort.sql.CohortCompiler;
import org.chartroom.core.store.Workspace;
import org.chartroom.model.warehouse.Dataset;
import org.junit.jupiter.api.Test;

/** OHDSI ATLAS cohort JSON: export and import give the same counts; features Chartroom lacks are named by path. */
class AtlasTest {

	@Test
	void exportedAndReimportedCohortCountsTheSame() throws Exception {
		Dataset schema = DemoWorkspace.schema(DemoWorkspace.SYNTHEA);
		Cohort cohort = Definitions.syntheaWomenWithHeartRate();
		cohort.getCriteria().add(Definitions.lengthOfStay("0"));
		StringWriter json = new StringWriter();
		AtlasExport.write(cohort, schema, json);
		Imported imported = AtlasImport.read(new StringReader(json.toString()), "exported.json", schema);
		assertEquals(List.of(), imported.warnings());
		CohortCounts original = count(cohort, schema);
		CohortCounts again = count(imported.cohort(), schema);
		assertEquals(List.of(original.entries(), original.patients()), List.of(again.entries(), again.patients()));
		assertEquals(List.of(77L, 11L), List.of(again.entries(), again.patients()));
		assertTrue(json.toString().contains("\"Measurement\""), json.toString());
	}

	@Test
	void unsupportedAtlasFeaturesAreWarningsWithTheirPath() throws Exception {
		String json = """
				{"ConceptSets": [{"id": 0, "name": "Heart rate", "expression": {"items": [
				  {"concept": {"CONCEPT_ID": 3027018}, "isExcluded": false, "includeDescendants": true, "includeMapped": false}]}}],
				 "PrimaryCriteria": {"CriteriaList": [{"VisitOccurrence": {"CodesetId": 4}}],
				   "ObservationWindow": {"PriorDays": 365, "PostDays": 0}, "PrimaryCriteriaLimit": {"Type": "First"}},
				 "QualifiedLimit": {"Type": "First"}, "ExpressionLimit": {"Type": "All"},
				 "InclusionRules": [{"name": "HR", "expression": {"Type": "ALL", "CriteriaList": [
				   {"Criteria": {"Measurement": {"CodesetId": 0, "ValueAsNumber": {"Value": 60, "Op": "gte"}, "Abnormal": true}},
				    "StartWindow": {"Start": {"Coeff": -1}, "End": {"Coeff": 1}}, "EndWindow": {"Start": {"Coeff": -1}},
				    "Occurrence": {"Type": 2, "Count": 2}, "RestrictVisit": true}],
				   "DemographicCriteriaList": [{"Age": {"Value": 18, "Op": "gte"}, "Race": [{"CONCEPT_ID": 8527}]}], "Groups": []}}],
				 "CensoringCriteria": [{"Death": {}}], "CollapseSettings": {"CollapseType": "ERA", "EraPad": 30}}
				""";
		Imported imported = AtlasImport.read(new StringReader(json), "atlas.json", DemoWorkspace.schema(DemoWorkspace.SYNTHEA));
		assertEquals(List.of("ConceptSets[0].expression.items[0].includeDescendants: not supported; the concept alone is used",
				"PrimaryCriteria.CriteriaList[0].VisitOccurrence.CodesetId: not supported",
				"PrimaryCriteria.ObservationWindow: observation periods are not supported",
				"PrimaryCriteria.PrimaryCriteriaLimit.Type: only All entries are supported",
				"QualifiedLimit.Type: only All entries are supported", "CensoringCriteria: not supported",
				"CollapseSettings.EraPad: collapsing entries into eras is not supported",
				"InclusionRules[0].expression.CriteriaList[0].EndWindow: not supported",
				"InclusionRules[0].expression.CriteriaList[0].Criteria.Measurement.Abnormal: not supported",
				"InclusionRules[0].expression.CriteriaList[0].Occurrence: only 'at least 1' and 'exactly 0' occurrences are "
						+ "supported; read as at least 1",
				"InclusionRules[0].expression.DemographicCriteriaList[0].Race: not supported"), imported.warnings());
		assertEquals("visit", imported.cohort().getEntryLevel());
		assertEquals(1, imported.cohort().getCriteria().size());
		assertEquals("HR", imported.cohort().getCriteria().get(0).getLabel());
	}

	@Test
	void whatAtlasCannotSayIsRefusedOnExport() throws Exception {
		IOException refused = assertThrows(IOException.class, () -> AtlasExport.write(Definitions.heartFailureAdmissions(),
				DemoWorkspace.schema(DemoWorkspace.MIMIC), new StringWriter()));
		assertEquals("criterion 1, codePrefix: ATLAS concept sets hold concepts, not code prefixes", refused.getMessage());
	}

	private static CohortCounts count(Cohort cohort, Dataset schema) throws Exception {
		Workspace workspace = DemoWorkspace.get();
		return new CohortCounter(workspace, DemoWorkspace.SYNTHEA).count(new CohortCompiler(schema, workspace.dialect())
				.compile(cohort), null);
	}
}
