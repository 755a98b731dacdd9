package org.chartroom.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.chartroom.diagram.ColumnDisplay;
import org.chartroom.diagram.Diagram;
import org.chartroom.diagram.TableNode;
import org.chartroom.diagram.io.DiagramFiles;
import org.chartroom.diagram.io.SchemaFiles;
import org.chartroom.diagram.layout.Neighbourhood;
import org.chartroom.model.warehouse.Dataset;
import org.chartroom.model.warehouse.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Diagrams saved in the workspace, and schema models exported and imported as XMI. */
class WorkspaceFilesTest {

	@TempDir
	Path workspace;

	@Test
	void aSavedDiagramKeepsWhatTheUserChanged() throws Exception {
		Dataset schema = Mimic3Schema.load();
		DiagramFiles files = new DiagramFiles(workspace);
		Diagram diagram = files.openOrBuild("Demo", schema);
		TableNode patients = Neighbourhood.find(diagram, "PATIENTS").orElseThrow();
		patients.setX(1234.5);
		patients.setY(67);
		patients.setColumnDisplay(ColumnDisplay.ALL);
		Neighbourhood.find(diagram, "NOTEEVENTS").orElseThrow().setVisible(false);
		files.save(diagram);
		assertTrue(Files.exists(workspace.resolve("diagrams/demo.diagram")));

		Diagram reopened = new DiagramFiles(workspace).openOrBuild("DEMO", schema);
		TableNode again = Neighbourhood.find(reopened, "PATIENTS").orElseThrow();
		assertEquals(1234.5, again.getX());
		assertEquals(67, again.getY());
		assertEquals(ColumnDisplay.ALL, again.getColumnDisplay());
		assertFalse(Neighbourhood.find(reopened, "NOTEEVENTS").orElseThrow().isVisible());
		assertEquals(64, reopened.getEdges().size());
		assertEquals("PATIENTS", reopened.getEdges().get(0).getTarget().getName());
	}

	@Test
	void aDiagramOfOtherTablesIsBuiltAnew() throws Exception {
		Dataset schema = Mimic3Schema.load();
		DiagramFiles files = new DiagramFiles(workspace);
		Diagram diagram = files.openOrBuild("demo", schema);
		diagram.getTables().get(0).setName("GONE");
		files.save(diagram);
		Diagram rebuilt = files.openOrBuild("demo", schema);
		assertTrue(Neighbourhood.find(rebuilt, "GONE").isEmpty());
		assertEquals(26, rebuilt.getTables().size());
	}

	@Test
	void aSchemaRoundTripsThroughXmi() throws Exception {
		Dataset schema = Mimic3Schema.load();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		SchemaFiles.export(schema, "demo", out);
		String xmi = out.toString(StandardCharsets.UTF_8);
		assertTrue(xmi.contains("xmlns:warehouse=\"http://chartroom.org/model/warehouse/1.0\""), xmi.substring(0, 300));
		assertTrue(xmi.contains("name=\"demo\""));
		assertEquals("mimic3", schema.getName(), "the connector's model is not changed");

		Path file = workspace.resolve("demo.xmi");
		Files.write(file, out.toByteArray());
		Dataset read = SchemaFiles.read(file);
		assertEquals(26, read.getTables().size());
		assertEquals(64, read.getTables().stream().mapToInt(t -> t.getForeignKeys().size()).sum());
		Table chartevents = read.getTables().stream().filter(t -> t.getName().equals("CHARTEVENTS")).findFirst().orElseThrow();
		assertEquals("D_ITEMS", chartevents.getForeignKeys().get(3).getTargetTable().getName());
	}

	@Test
	void anImportedSchemaDescribesTheDatasetUntilForgotten() throws Exception {
		Dataset schema = Mimic3Schema.load();
		Path file = workspace.resolve("edited.xmi");
		SchemaFiles.export(schema, "other", file);
		Files.writeString(file, Files.readString(file).replace("name=\"PATIENTS\" description=\"", "name=\"PATIENTS\" description=\"Edited. "));
		SchemaFiles schemas = new SchemaFiles(workspace);
		assertTrue(schemas.imported("demo").isEmpty());
		schemas.importFor("Demo", file);
		Dataset imported = schemas.imported("demo").orElseThrow();
		assertEquals("Demo", imported.getName());
		assertTrue(imported.getTables().stream().filter(t -> t.getName().equals("PATIENTS")).findFirst().orElseThrow()
				.getDescription().startsWith("Edited. "));
		assertTrue(schemas.forget("demo"));
		assertTrue(schemas.imported("demo").isEmpty());
	}

	@Test
	void aFileThatIsNoSchemaIsRefusedAndChangesNothing() throws Exception {
		Path bad = workspace.resolve("bad.xmi");
		Files.writeString(bad, "<not a model");
		SchemaFiles schemas = new SchemaFiles(workspace);
		IOException e = assertThrows(IOException.class, () -> schemas.importFor("demo", bad));
		assertTrue(e.getMessage().startsWith(bad.toString()), e.getMessage());
		assertTrue(schemas.imported("demo").isEmpty());

		Path diagram = workspace.resolve("x.xmi");
		new DiagramFiles(workspace).save(new DiagramFiles(workspace).openOrBuild("x", Mimic3Schema.load()));
		Files.copy(workspace.resolve("diagrams/x.diagram"), diagram);
		IOException wrongKind = assertThrows(IOException.class, () -> SchemaFiles.read(diagram));
		assertTrue(wrongKind.getMessage().contains(diagram.toString()), wrongKind.getMessage());
	}
}
