package org.chartroom.connector.mimic3.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.chartroom.core.connector.Connector;
import org.chartroom.core.imports.DatasetImport;
import org.chartroom.core.imports.ImportException;
import org.chartroom.core.imports.ImportListener;
import org.chartroom.core.imports.ImportResult;
import org.chartroom.core.store.DatasetInfo;
import org.chartroom.core.store.TableInfo;
import org.chartroom.core.store.Workspace;
import org.chartroom.core.workspace.DatasetName;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The MIMIC-III demo imported from zips shaped as PhysioNet's, built from the demo files at test
 * time: one with a top folder of {@code .csv} files, one with lower-case {@code .csv.gz} files at its
 * root.
 */
class ZipImportTest {

	@TempDir
	static Path folder;

	private static Workspace workspace;
	private static Connector connector;
	private static Path topFolderZip;
	private static Path rootZip;

	private static ImportResult fromTopFolderZip;
	private static final List<String> warnings = new ArrayList<>();
	private static ImportResult fromRootZip;

	@BeforeAll
	static void importTheZips() throws Exception {
		topFolderZip = DemoZips.withTopFolderAndCsvEntries(folder.resolve(DemoZips.TOP_FOLDER + ".zip"));
		rootZip = DemoZips.withLowerCaseGzipEntriesAtTheRoot(folder.resolve("mimic-iii-clinical-database-1.4.ZIP"));
		connector = Services.mimic3();
		workspace = Services.derby().open(folder.resolve("ws"));
		DatasetImport importer = new DatasetImport(workspace, connector);

		fromTopFolderZip = importer.run(DatasetName.of("demo"), topFolderZip, false, new ImportListener() {
			@Override
			public void warning(String message) {
				warnings.add(message);
			}
		}, null);
		fromRootZip = importer.run(DatasetName.of("demo_gz"), rootZip, false, ImportListener.NONE, null);
	}

	@AfterAll
	static void closeWorkspace() throws Exception {
		if (workspace != null) {
			workspace.close();
		}
	}

	private static Map<String, Long> stored(String dataset) throws Exception {
		Map<String, Long> rows = new TreeMap<>();
		for (TableInfo table : workspace.tables(dataset)) {
			rows.put(table.name(), table.rowCount());
		}
		return rows;
	}

	private static Map<String, Long> loaded(ImportResult result) {
		Map<String, Long> rows = new TreeMap<>();
		result.tables().forEach(t -> rows.put(t.table(), t.rows()));
		return rows;
	}

	@Test
	void aZipWithATopFolderOfCsvFiles() throws Exception {
		assertEquals(List.of(), warnings, "LICENSE.txt, SHA256SUMS.txt and COUNTS.md are no CSV files");
		assertEquals(DemoCounts.RECORDS, loaded(fromTopFolderZip));
		assertEquals(DemoCounts.RECORDS, stored("demo"));
		assertEquals("PATIENTS.csv", fromTopFolderZip.tables().stream().filter(t -> t.table().equals("PATIENTS"))
				.findFirst().orElseThrow().file());
		assertEquals(100, Rows.single(workspace, "demo", "SELECT COUNT(DISTINCT subject_id) FROM patients"));
	}

	@Test
	void aZipWithLowerCaseGzipFilesAtItsRoot() throws Exception {
		assertEquals(DemoCounts.RECORDS, loaded(fromRootZip));
		assertEquals(DemoCounts.RECORDS, stored("demo_gz"));
		assertEquals("chartevents.csv.gz", fromRootZip.tables().stream().filter(t -> t.table().equals("CHARTEVENTS"))
				.findFirst().orElseThrow().file());
	}

	@Test
	void aTruncatedZipIsRefusedWithOneMessageAndChangesNothing() throws Exception {
		List<DatasetInfo> before = workspace.datasets();
		Path truncated = DemoZips.truncated(rootZip, folder.resolve("cut.zip"));
		ImportException e = assertThrows(ImportException.class, () -> new DatasetImport(workspace, connector)
				.run(DatasetName.of("cut"), truncated, false, ImportListener.NONE, null));
		assertEquals("Cannot read the zip file " + truncated + ": it is damaged or truncated (zip END header not found).",
				e.getMessage());
		assertEquals(before, workspace.datasets());
		assertEquals(2, Rows.single(workspace, "demo",
				"SELECT COUNT(*) FROM SYS.SYSSCHEMAS WHERE SCHEMANAME LIKE 'DS\\_%' ESCAPE '\\'"));
	}
}
