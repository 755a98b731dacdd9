package org.chartroom.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.chartroom.diagram.Diagram;
import org.chartroom.diagram.build.DiagramBuilder;
import org.chartroom.diagram.layout.DiagramLayout;
import org.chartroom.model.warehouse.Dataset;
import org.junit.jupiter.api.Test;

/**
 * The OMOP CDM 5.3 and 5.4 diagrams (39 tables, 145 and 176 foreign keys): every table and foreign key,
 * laid out without overlaps.
 */
class OmopLayoutTest {

	@Test
	void bothCdmVersionsAreLaidOutWithEveryTableAndForeignKeyAndNoOverlap() throws Exception {
		List<Dataset> schemas = Mimic3Schema.connector("omop").schemas();
		assertEquals(List.of("omop-5.3", "omop-5.4"), schemas.stream().map(Dataset::getName).toList());
		for (Dataset schema : schemas) {
			Diagram diagram = DiagramBuilder.build("omop", schema);
			DiagramLayout.layout(diagram);
			assertEquals(39, diagram.getTables().size(), schema.getName());
			long foreignKeys = schema.getTables().stream().mapToLong(table -> table.getForeignKeys().size()).sum();
			assertEquals(schema.getName().equals("omop-5.3") ? 145 : 176, foreignKeys, schema.getName());
			assertEquals(foreignKeys, diagram.getEdges().size(), schema.getName());
			LayoutTest.assertNoOverlap(diagram.getTables());
		}
	}
}
