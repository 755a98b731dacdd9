package org.chartroom.connector.omop.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.chartroom.core.connector.Connector;
import org.chartroom.core.store.DatasetInfo;
import org.chartroom.model.warehouse.Column;
import org.chartroom.model.warehouse.ColumnType;
import org.chartroom.model.warehouse.Dataset;
import org.chartroom.model.warehouse.DictionarySemantics;
import org.chartroom.model.warehouse.EventSemantics;
import org.chartroom.model.warehouse.ForeignKey;
import org.chartroom.model.warehouse.Index;
import org.chartroom.model.warehouse.PatientSemantics;
import org.chartroom.model.warehouse.StaySemantics;
import org.chartroom.model.warehouse.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The two models of the connector, and how it names tables after files. */
class OmopSchemaTest {

	private static final List<String> EVENTS = List.of("condition_occurrence", "drug_exposure", "procedure_occurrence",
			"device_exposure", "measurement", "observation", "death", "note", "specimen");

	private static Connector connector;
	private static Dataset v53;
	private static Dataset v54;

	@BeforeAll
	static void models() throws Exception {
		connector = Services.omop();
		v53 = connector.schemas().get(0);
		v54 = connector.schemas().get(1);
	}

	private static Table table(Dataset schema, String name) {
		return schema.getTables().stream().filter(t -> t.getName().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError(schema.getName() + " has no table " + name));
	}

	private static List<String> names(Dataset schema) {
		return schema.getTables().stream().map(Table::getName).toList();
	}

	@Test
	void twoVersionsTheNewestByDefault() {
		assertEquals("omop", connector.id());
		assertEquals(List.of("omop-5.3", "omop-5.4"), connector.schemas().stream().map(Dataset::getName).toList());
		assertSame(v54, connector.schema());
		for (Dataset schema : connector.schemas()) {
			assertEquals("omop", schema.getSourceKind());
			assertEquals(39, schema.getTables().size(), schema.getName());
		}
		assertSame(v53, connector.schemaOf(new DatasetInfo("d", "omop", java.time.Instant.EPOCH, 39, Optional.of("omop-5.3"))));
		assertSame(v54, connector.schemaOf(new DatasetInfo("d", "omop", java.time.Instant.EPOCH, 39)),
				"a dataset recorded without a model reads with the newest");
	}

	@Test
	void whatChangedFrom53To54() {
		assertTrue(names(v54).containsAll(List.of("episode", "episode_event")));
		assertFalse(names(v53).contains("episode"));
		assertTrue(names(v53).containsAll(List.of("cohort_attribute", "attribute_definition")));
		assertFalse(names(v54).contains("cohort_attribute"));
		List<String> visit53 = table(v53, "visit_occurrence").getColumns().stream().map(Column::getName).toList();
		List<String> visit54 = table(v54, "visit_occurrence").getColumns().stream().map(Column::getName).toList();
		assertEquals(List.of("admitting_source_concept_id", "admitting_source_value", "discharge_to_concept_id",
				"discharge_to_source_value"), visit53.subList(12, 16));
		assertEquals(List.of("admitted_from_concept_id", "admitted_from_source_value", "discharged_to_concept_id",
				"discharged_to_source_value"), visit54.subList(12, 16));
		assertTrue(table(v54, "visit_detail").getColumns().stream().anyMatch(c -> c.getName().equals("parent_visit_detail_id")));
		assertTrue(table(v53, "visit_detail").getColumns().stream().anyMatch(c -> c.getName().equals("visit_detail_parent_id")));
	}

	@Test
	void everyIdIsA64BitIntegerAndEveryColumnIsDescribed() {
		for (Dataset schema : connector.schemas()) {
			for (Table table : schema.getTables()) {
				assertFalse(table.getDescription() == null || table.getDescription().isBlank(), table.getName());
				for (Column column : table.getColumns()) {
					assertFalse(column.getDescription() == null || column.getDescription().isBlank(),
							table.getName() + "." + column.getName());
					if (column.getName().contains("_id") && column.getType() != ColumnType.VARCHAR) {
						assertEquals(ColumnType.BIGINT, column.getType(), schema.getName() + " " + table.getName() + "." + column.getName());
					}
				}
			}
		}
	}

	@Test
	void keysAndIndexesStayInsideTheirModel() {
		for (Dataset schema : connector.schemas()) {
			Set<String> indexNames = new HashSet<>();
			for (Table table : schema.getTables()) {
				if (table.getPrimaryKey() != null) {
					table.getPrimaryKey().getColumns().forEach(c -> {
						assertSame(table, c.eContainer());
						assertFalse(c.isNullable(), "key column " + table.getName() + "." + c.getName());
					});
				}
				for (ForeignKey key : table.getForeignKeys()) {
					assertSame(schema, key.getTargetTable().eContainer(), key.getName());
					key.getColumns().forEach(c -> assertSame(table, c.eContainer(), key.getName()));
					key.getTargetColumns().forEach(c -> assertSame(key.getTargetTable(), c.eContainer(), key.getName()));
				}
				for (Index index : table.getIndexes()) {
					assertTrue(indexNames.add(index.getName()), "index names are unique: " + index.getName());
				}
			}
			assertTrue(table(schema, "measurement").getIndexes().stream().map(i -> i.getColumns().get(0).getName()).toList()
					.containsAll(List.of("person_id", "visit_occurrence_id", "measurement_concept_id")));
		}
	}

	@Test
	void personVisitsEventsAndTheConceptDictionary() {
		for (Dataset schema : connector.schemas()) {
			Table person = table(schema, "person");
			PatientSemantics patient = assertInstanceOf(PatientSemantics.class, person.getSemantics());
			assertEquals("person_id", patient.getIdColumn().getName());
			assertEquals("gender_source_value", patient.getSexColumn().getName());
			assertEquals(List.of("person"), schema.getTables().stream().filter(Table::isRequired).map(Table::getName).toList());

			StaySemantics visits = assertInstanceOf(StaySemantics.class, table(schema, "visit_occurrence").getSemantics());
			assertEquals(List.of("visit", "Visits", "visit_start_datetime"), List.of(visits.getLevel(), visits.getLabel(),
					visits.getStartColumn().getName()));
			StaySemantics details = assertInstanceOf(StaySemantics.class, table(schema, "visit_detail").getSemantics());
			assertEquals(List.of("Visit details", "visit_occurrence_id"), List.of(details.getLabel(),
					details.getParentStayColumn().getName()));

			Table concept = table(schema, "concept");
			DictionarySemantics dictionary = assertInstanceOf(DictionarySemantics.class, concept.getSemantics());
			assertEquals(List.of("concept_id", "concept_name", "concept_code", "domain_id"), List.of(
					dictionary.getKeyColumn().getName(), dictionary.getLabelColumn().getName(),
					dictionary.getCodeColumn().getName(), dictionary.getCategoryColumn().getName()));

			List<String> events = schema.getTables().stream().filter(t -> t.getSemantics() instanceof EventSemantics)
					.map(Table::getName).sorted().toList();
			assertEquals(EVENTS.stream().sorted().toList(), events);
			for (String name : EVENTS) {
				EventSemantics event = (EventSemantics) table(schema, name).getSemantics();
				assertEquals("person_id", event.getPatientColumn().getName());
				assertTrue(event.getConceptColumn().getName().endsWith("_concept_id"), name);
				assertSame(concept, event.getDictionary().getDictionaryTable(), name);
				assertEquals("concept_id", event.getDictionary().getKeyColumn().getName());
				assertEquals("concept_name", event.getDictionary().getLabelColumn().getName());
				assertTrue(event.getTimeColumn().getName().endsWith("_datetime"), name);
			}
			EventSemantics measurement = (EventSemantics) table(schema, "measurement").getSemantics();
			assertEquals(List.of("measurement_concept_id", "value_as_number", "unit_source_value", "visit_occurrence_id"),
					List.of(measurement.getConceptColumn().getName(), measurement.getNumericValueColumn().getName(),
							measurement.getUnitColumn().getName(), measurement.getStayColumn().getName()));
		}
		assertEquals("procedure_end_datetime",
				((EventSemantics) table(v54, "procedure_occurrence").getSemantics()).getEndTimeColumn().getName());
	}

	@Test
	void tablesAfterFileNames() {
		assertEquals(Optional.of("concept"), connector.tableForFile("2b_concept.csv.gz"));
		assertEquals(Optional.of("concept"), connector.tableForFile("CONCEPT.csv"));
		assertEquals(Optional.of("person"), connector.tableForFile("Person.CSV"));
		assertEquals(Optional.of("visit_detail"), connector.tableForFile("12ab_VISIT_DETAIL.csv.gz"));
		assertEquals(Optional.of("concept_relationship"), connector.tableForFile("2b_concept_relationship.csv"));
		assertEquals(Optional.of("2b_notes"), connector.tableForFile("2b_notes.csv"), "no table: the import skips it");
		assertEquals(Optional.of("b2_concept"), connector.tableForFile("b2_concept.csv"), "a prefix starts with digits");
		assertEquals(Optional.empty(), connector.tableForFile("README.md"));
		assertEquals(Optional.empty(), connector.tableForFile(".csv"));
	}
}
