package org.chartroom.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.xml.parsers.DocumentBuilderFactory;

import org.chartroom.cli.tests.ChartroomCommand.Run;
import org.chartroom.core.store.DatasetDraft;
import org.chartroom.core.store.Store;
import org.chartroom.core.store.Workspace;
import org.chartroom.core.workspace.DatasetName;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.w3c.dom.Document;

/**
 * {@code schema --dataset NAME [--format text|xmi|svg] [--out FILE]} against the built product. The
 * schema comes from the model of the dataset's connector, so a published dataset of kind mimic3 with
 * no rows describes all of MIMIC-III.
 */
class SchemaVerbTest {

	/** The 26 tables of MIMIC-III v1.4. */
	private static final List<String> TABLES = List.of("ADMISSIONS", "CALLOUT", "CAREGIVERS", "CHARTEVENTS", "CPTEVENTS",
			"D_CPT", "D_ICD_DIAGNOSES", "D_ICD_PROCEDURES", "D_ITEMS", "D_LABITEMS", "DATETIMEEVENTS", "DIAGNOSES_ICD",
			"DRGCODES", "ICUSTAYS", "INPUTEVENTS_CV", "INPUTEVENTS_MV", "LABEVENTS", "MICROBIOLOGYEVENTS", "NOTEEVENTS",
			"OUTPUTEVENTS", "PATIENTS", "PRESCRIPTIONS", "PROCEDUREEVENTS_MV", "PROCEDURES_ICD", "SERVICES", "TRANSFERS");

	@TempDir
	static Path folder;

	private static Path workspace;
	private static ChartroomCommand chartroom;

	@BeforeAll
	static void createWorkspace() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(SchemaVerbTest.class).getBundleContext();
		ServiceTracker<Store, Store> tracker = new ServiceTracker<>(context, Store.class, null);
		tracker.open();
		Store store = tracker.waitForService(TimeUnit.SECONDS.toMillis(20));
		workspace = folder.resolve("schema-ws");
		try (Workspace open = store.open(workspace)) {
			try (DatasetDraft draft = open.createDataset(DatasetName.of("Mimic"), "mimic3")) {
				draft.publish(false);
			}
			try (DatasetDraft draft = open.createDataset(DatasetName.of("other"), "test")) {
				draft.publish(false);
			}
		}
		tracker.close();
		chartroom = new ChartroomCommand(Map.of("HOME", folder.resolve("home").toString()));
	}

	@Test
	void textListsTablesColumnsAndKeys() throws Exception {
		Run run = chartroom.run("schema", "--dataset", "mimic", "--workspace", workspace.toString());
		assertEquals(0, run.exitCode(), run::toString);
		assertEquals("", run.err());
		String out = run.out();
		assertTrue(out.startsWith("Dataset    Mimic\nSource     mimic3\nTables     26\nKeys       64 foreign keys\n\nADMISSIONS  (stays: Admissions)\n"),
				out.substring(0, 300));
		for (String table : TABLES) {
			assertTrue(out.contains("\n" + table + "  (") || out.contains("\n" + table + "\n"), "no table " + table);
		}
		assertTrue(out.contains("\nCHARTEVENTS  (events: chart)\n"), out);
		assertTrue(out.contains("\n  SUBJECT_ID    INTEGER       FK   no        patient id"), chartevents(out));
		assertTrue(out.contains("\n    ITEMID -> D_ITEMS.ITEMID\n"), chartevents(out));
		assertTrue(out.contains("\n    ICUSTAY_ID -> ICUSTAYS.ICUSTAY_ID\n"), chartevents(out));
		String patients = out.substring(out.indexOf("\nPATIENTS  (patients)\n"), out.indexOf("\nPRESCRIPTIONS  ("));
		assertEquals(19, patients.lines().filter(l -> l.endsWith(".SUBJECT_ID -> SUBJECT_ID")).count(), patients);
		assertTrue(patients.contains("  Referred to by\n    ADMISSIONS.SUBJECT_ID -> SUBJECT_ID\n"), patients);
	}

	@Test
	void xmiIsTheEmfModelOfTheDataset() throws Exception {
		Path file = folder.resolve("mimic.xmi");
		Run run = chartroom.run("schema", "--workspace", workspace.toString(), "--dataset", "MIMIC", "--format", "xmi", "--out",
				file.toString());
		assertEquals(0, run.exitCode(), run::toString);
		assertEquals("", run.out(), "the model goes to the file only");
		Document xmi = parse(Files.readString(file, StandardCharsets.UTF_8));
		assertEquals("warehouse:Dataset", xmi.getDocumentElement().getTagName());
		assertEquals("http://chartroom.org/model/warehouse/1.0", xmi.getDocumentElement().getAttribute("xmlns:warehouse"));
		assertEquals("Mimic", xmi.getDocumentElement().getAttribute("name"));
		assertEquals(26, xmi.getElementsByTagName("tables").getLength());
		assertEquals(64, xmi.getElementsByTagName("foreignKeys").getLength());
	}

	@Test
	void svgIsTheLaidOutDiagram() throws Exception {
		Run run = chartroom.run("schema", "--workspace", workspace.toString(), "--dataset", "Mimic", "--format", "svg");
		assertEquals(0, run.exitCode(), run::toString);
		Document svg = parse(run.out());
		assertEquals("svg", svg.getDocumentElement().getTagName());
		for (String table : TABLES) {
			assertTrue(run.out().contains(">" + table + "</text>"), "no " + table);
		}
		assertEquals(64, svg.getElementsByTagName("polyline").getLength());
		assertFalse(Files.exists(workspace.resolve("diagrams")), "the CLI reads a saved layout but saves none");
	}

	@Test
	void badInputFailsWithAReason() throws Exception {
		Run unknown = chartroom.run("schema", "--workspace", workspace.toString(), "--dataset", "nope");
		assertEquals(1, unknown.exitCode(), unknown::toString);
		assertEquals("chartroom: Unknown dataset 'nope' in workspace " + workspace + ": its datasets are Mimic, other.\n", unknown.err());

		Run connector = chartroom.run("schema", "--workspace", workspace.toString(), "--dataset", "other");
		assertEquals(1, connector.exitCode(), connector::toString);
		assertEquals("chartroom: No connector 'test' is installed (installed: mimic3, omop), so the schema of dataset other is unknown.\n",
				connector.err());

		Path nowhere = folder.resolve("no/such/folder/x.svg");
		Run write = chartroom.run("schema", "--workspace", workspace.toString(), "--dataset", "Mimic", "--format", "svg", "--out",
				nowhere.toString());
		assertEquals(1, write.exitCode(), write::toString);
		assertEquals("chartroom: Cannot write " + nowhere + ": its folder does not exist.\n", write.err());

		Run format = chartroom.run("schema", "--workspace", workspace.toString(), "--dataset", "Mimic", "--format", "png");
		assertEquals(2, format.exitCode(), format::toString);
		assertTrue(format.err().contains("png"), format::toString);

		Run missing = chartroom.run("schema", "--workspace", workspace.toString());
		assertEquals(2, missing.exitCode(), missing::toString);
		assertTrue(missing.err().startsWith("chartroom: Missing required option: '--dataset=NAME'\n"), missing::toString);
	}

	private static String chartevents(String out) {
		int start = out.indexOf("\nCHARTEVENTS  (");
		return out.substring(start, out.indexOf("\nCPTEVENTS  (", start));
	}

	private static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}
}
