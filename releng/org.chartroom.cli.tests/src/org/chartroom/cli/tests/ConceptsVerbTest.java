package org.chartroom.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.chartroom.cli.tests.ChartroomCommand.Run;
import org.chartroom.core.connector.Connector;
import org.chartroom.core.imports.DatasetImport;
import org.chartroom.core.imports.ImportListener;
import org.chartroom.core.store.Store;
import org.chartroom.core.store.Workspace;
import org.chartroom.core.workspace.DatasetName;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * {@code chartroom concepts} on the real MIMIC-III demo, imported once beforehand. The
 * figures are those of direct SQL, e.g. {@code SELECT COUNT(DISTINCT SUBJECT_ID), COUNT(*) FROM CHARTEVENTS
 * WHERE ITEMID = 220045} gives 50, 8094; for ITEMID 211, 48, 7396.
 */
class ConceptsVerbTest {

	private static final String HEADER = "KEY,CODE,LABEL,DICTIONARY,DOMAIN,VOCABULARY,PATIENTS,ROWS\r\n";

	@TempDir
	static Path folder;

	private static Path workspace;
	private static ChartroomCommand chartroom;

	/** Imported in-process (the same DatasetImport as the import verb's), so a busy machine's slow import cannot time out. */
	@BeforeAll
	static void importTheDemo() throws Exception {
		String dataDir = System.getProperty("chartroom.data.dir");
		assertTrue(dataDir != null, "the build sets chartroom.data.dir");
		Path mimic = Path.of(dataDir, "mimic-iii-demo");
		assertTrue(Files.isDirectory(mimic), "MIMIC-III demo folder not found: " + mimic);
		workspace = folder.resolve("ws");
		BundleContext context = FrameworkUtil.getBundle(ConceptsVerbTest.class).getBundleContext();
		try (Workspace opened = service(context, Store.class, "(chartroom.store=derby)").open(workspace)) {
			new DatasetImport(opened, service(context, Connector.class, "(chartroom.connector=mimic3)"))
					.run(DatasetName.of("mimic3"), mimic, false, ImportListener.NONE, null);
		}
		chartroom = new ChartroomCommand(Map.of("HOME", folder.resolve("home").toString()));
	}

	private static <T> T service(BundleContext context, Class<T> type, String filter) throws Exception {
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context,
				context.createFilter("(&(objectClass=" + type.getName() + ")" + filter + ")"), null);
		tracker.open();
		T service = tracker.waitForService(TimeUnit.SECONDS.toMillis(20));
		if (service == null) {
			throw new AssertionError("no service " + type.getName() + filter);
		}
		return service;
	}

	private static Run concepts(String... args) throws Exception {
		String[] all = new String[args.length + 3];
		all[0] = "concepts";
		all[1] = "--workspace";
		all[2] = workspace.toString();
		System.arraycopy(args, 0, all, 3, args.length);
		return chartroom.run(all);
	}

	@Test
	void heartRateListsBothItemsFirstWithTheirPatientsAndRows() throws Exception {
		Run csv = concepts("--dataset", "MIMIC3", "--search", "heart rate", "--format", "csv");
		assertEquals(0, csv.exitCode(), csv::toString);
		assertEquals("", csv.err());
		assertTrue(csv.out().startsWith(HEADER
				+ "220045,220045,Heart Rate,D_ITEMS,Routine Vital Signs,metavision,50,8094\r\n"
				+ "211,211,Heart Rate,D_ITEMS,,carevue,48,7396\r\n"), csv::toString);

		Run table = concepts("--dataset", "mimic3", "--search", "heart rate");
		assertEquals(0, table.exitCode(), table::toString);
		assertTrue(table.out().startsWith("KEY     CODE    LABEL"), table::toString);
		assertTrue(table.out().lines().skip(2).findFirst().orElseThrow().matches(
				"220045  220045  Heart Rate +D_ITEMS +Routine Vital Signs +metavision +50 +8094"), table::toString);
		assertEquals(csv.out().lines().count() - 1 + " concepts\n", table.err());
	}

	@Test
	void anIcd9CodeWithFilters() throws Exception {
		Run json = concepts("--dataset", "mimic3", "--search", "4280", "--table", "d_icd_diagnoses", "--format", "json");
		assertEquals(0, json.exitCode(), json::toString);
		assertEquals("{\"columns\":[{\"name\":\"KEY\",\"type\":\"VARCHAR\"},{\"name\":\"CODE\",\"type\":\"VARCHAR\"},"
				+ "{\"name\":\"LABEL\",\"type\":\"VARCHAR\"},{\"name\":\"DICTIONARY\",\"type\":\"VARCHAR\"},"
				+ "{\"name\":\"DOMAIN\",\"type\":\"VARCHAR\"},{\"name\":\"VOCABULARY\",\"type\":\"VARCHAR\"},"
				+ "{\"name\":\"PATIENTS\",\"type\":\"BIGINT\"},{\"name\":\"ROWS\",\"type\":\"BIGINT\"}],"
				+ "\"rows\":[[\"4280\",\"4280\",\"Congestive heart failure, unspecified\",\"D_ICD_DIAGNOSES\",null,null,35,39]],"
				+ "\"rowCount\":1}\n", json.out());

		Run vital = concepts("--dataset", "mimic3", "--domain", "Routine Vital Signs", "--vocabulary", "metavision",
				"--search", "heart", "--format", "csv");
		assertEquals(0, vital.exitCode(), vital::toString);
		assertTrue(vital.out().startsWith(HEADER
				+ "220045,220045,Heart Rate,D_ITEMS,Routine Vital Signs,metavision,50,8094\r\n"), vital::toString);
		assertTrue(vital.out().lines().skip(1).allMatch(line -> line.contains(",D_ITEMS,Routine Vital Signs,metavision,")),
				vital::toString);
	}

	@Test
	void badInput() throws Exception {
		Run unknown = concepts("--dataset", "nothing");
		assertEquals(1, unknown.exitCode(), unknown::toString);
		assertEquals("chartroom: Unknown dataset 'nothing' in workspace " + workspace + ": its datasets are mimic3.\n",
				unknown.err());
		assertEquals("", unknown.out());

		Run missing = concepts("--search", "heart");
		assertEquals(2, missing.exitCode(), missing::toString);
		assertTrue(missing.err().startsWith("chartroom: Missing required option: '--dataset=NAME'\n"), missing::toString);

		Run help = chartroom.run("concepts", "--help");
		assertEquals(0, help.exitCode(), help::toString);
		assertTrue(help.out().contains("--search=TEXT"), help::toString);

		Run none = concepts("--dataset", "mimic3", "--search", "no such concept at all", "--format", "csv");
		assertEquals(0, none.exitCode(), none::toString);
		assertEquals(HEADER, none.out());
	}
}
