package org.chartroom.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.chartroom.diagram.ColumnDisplay;
import org.chartroom.diagram.ColumnEntry;
import org.chartroom.diagram.Diagram;
import org.chartroom.diagram.ForeignKeyEdge;
import org.chartroom.diagram.TableNode;
import org.chartroom.diagram.TableRole;
import org.chartroom.diagram.build.DiagramBuilder;
import org.chartroom.diagram.draw.ColumnSelection;
import org.chartroom.diagram.layout.Neighbourhood;
import org.chartroom.model.warehouse.Column;
import org.chartroom.model.warehouse.Dataset;
import org.chartroom.model.warehouse.ForeignKey;
import org.chartroom.model.warehouse.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The diagram built from the MIMIC-III schema model: every table, every foreign key, the roles. */
class Mimic3DiagramTest {

	private static Dataset schema;
	private static Diagram diagram;

	@BeforeAll
	static void build() throws Exception {
		schema = Mimic3Schema.load();
		diagram = DiagramBuilder.build("demo", schema);
	}

	@Test
	void hasOneBoxPerTable() {
		assertEquals(Mimic3Schema.TABLES, diagram.getTables().size());
		assertEquals(schema.getTables().stream().map(Table::getName).toList(),
				diagram.getTables().stream().map(TableNode::getName).toList());
		assertEquals("demo", diagram.getDatasetName());
		assertEquals("mimic3", diagram.getSourceKind());
		assertTrue(diagram.getTables().stream().allMatch(TableNode::isVisible));
	}

	@Test
	void hasEveryForeignKeyAsALine() {
		List<String> keys = new ArrayList<>();
		for (Table table : schema.getTables()) {
			for (ForeignKey key : table.getForeignKeys()) {
				keys.add(table.getName() + "." + names(key.getColumns()) + "->" + key.getTargetTable().getName() + "."
						+ names(key.getTargetColumns()));
			}
		}
		List<String> lines = diagram.getEdges().stream().map(e -> e.getSource().getName() + "." + String.join(",", e.getSourceColumns())
				+ "->" + e.getTarget().getName() + "." + String.join(",", e.getTargetColumns())).toList();
		assertEquals(Mimic3Schema.FOREIGN_KEYS, keys.size());
		assertEquals(keys, lines);
		assertTrue(lines.contains("CHARTEVENTS.ITEMID->D_ITEMS.ITEMID"), lines::toString);
		assertTrue(lines.contains("ICUSTAYS.HADM_ID->ADMISSIONS.HADM_ID"), lines::toString);
	}

	@Test
	void colourRolesComeFromTheSemantics() {
		Map<TableRole, Long> roles = diagram.getTables().stream()
				.collect(Collectors.groupingBy(TableNode::getRole, TreeMap::new, Collectors.counting()));
		assertEquals(Map.of(TableRole.PATIENT, 1L, TableRole.STAY, 2L, TableRole.EVENT, 17L, TableRole.DICTIONARY, 6L), roles);
		assertEquals(TableRole.PATIENT, node("PATIENTS").getRole());
		assertEquals(TableRole.STAY, node("ICUSTAYS").getRole());
		assertEquals(TableRole.DICTIONARY, node("D_ITEMS").getRole());
	}

	@Test
	void boxesListTheirKeyColumnsWithTheRoleTheyLeadTo() {
		TableNode chartevents = node("CHARTEVENTS");
		assertEquals(ColumnDisplay.KEYS, chartevents.getColumnDisplay());
		assertEquals(List.of("ROW_ID", "SUBJECT_ID", "HADM_ID", "ICUSTAY_ID", "ITEMID", "CGID"),
				ColumnSelection.listed(chartevents).stream().map(ColumnEntry::getName).toList());
		assertEquals(15, chartevents.getColumns().size());
		ColumnEntry subject = column(chartevents, "SUBJECT_ID");
		assertTrue(subject.isForeignKey());
		assertEquals(TableRole.PATIENT, subject.getRole());
		assertEquals(TableRole.STAY, column(chartevents, "ICUSTAY_ID").getRole());
		assertEquals(TableRole.DICTIONARY, column(chartevents, "ITEMID").getRole());
		assertEquals("INTEGER", subject.getType());
		assertEquals("VARCHAR(255)", column(chartevents, "VALUE").getType());
		assertTrue(column(chartevents, "ROW_ID").isPrimaryKey());
		ColumnEntry patientId = column(node("PATIENTS"), "SUBJECT_ID");
		assertTrue(patientId.isReferenced());
		assertEquals(TableRole.PATIENT, patientId.getRole());
	}

	@Test
	void chartEventsJoinsToFiveTables() {
		assertEquals(List.of("ADMISSIONS", "CAREGIVERS", "CHARTEVENTS", "D_ITEMS", "ICUSTAYS", "PATIENTS"),
				List.copyOf(Neighbourhood.of(diagram, "chartevents", 1).orElseThrow()));
		assertEquals(List.of("D_ITEMS", "DATETIMEEVENTS", "INPUTEVENTS_CV", "INPUTEVENTS_MV", "MICROBIOLOGYEVENTS", "OUTPUTEVENTS",
				"PROCEDUREEVENTS_MV", "CHARTEVENTS").stream().sorted().toList(),
				List.copyOf(Neighbourhood.of(diagram, "D_ITEMS", 1).orElseThrow()));
		assertEquals(List.of("CHARTEVENTS"), List.copyOf(Neighbourhood.of(diagram, "CHARTEVENTS", 0).orElseThrow()));
		// Two hops reach every table with a patient, but not the dictionaries only other events use, nor D_CPT (no key leads to it).
		Set<String> twoHops = Neighbourhood.of(diagram, "CHARTEVENTS", 2).orElseThrow();
		assertEquals(22, twoHops.size());
		assertTrue(Collections.disjoint(twoHops, Set.of("D_LABITEMS", "D_ICD_DIAGNOSES", "D_ICD_PROCEDURES", "D_CPT")), twoHops::toString);
		assertTrue(Neighbourhood.of(diagram, "NO_SUCH_TABLE", 1).isEmpty());
	}

	static TableNode node(String name) {
		return Neighbourhood.find(diagram, name).orElseThrow(() -> new AssertionError("no box " + name));
	}

	static ColumnEntry column(TableNode node, String name) {
		return node.getColumns().stream().filter(c -> c.getName().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError("no column " + name + " in " + node.getName()));
	}

	private static String names(List<Column> columns) {
		return columns.stream().map(Column::getName).collect(Collectors.joining(","));
	}

	static List<ForeignKeyEdge> edges() {
		return diagram.getEdges();
	}
}
