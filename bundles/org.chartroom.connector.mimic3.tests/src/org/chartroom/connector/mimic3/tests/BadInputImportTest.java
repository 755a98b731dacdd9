package org.chartroom.connector.mimic3.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import org.chartroom.core.store.DatasetExistsException;
import org.chartroom.core.store.DatasetInfo;
import org.chartroom.core.store.TableInfo;
import org.chartroom.core.store.Workspace;
import org.chartroom.core.workspace.DatasetName;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input stops an import with one message naming file, line, column and value, and leaves the
 * workspace as it was: the dataset it already had is still there, unchanged, and nothing else is.
 */
class BadInputImportTest {

	@TempDir
	static Path folder;

	private static Workspace workspace;
	private static Connector connector;
	private static SmallFiles files;
	private static List<DatasetInfo> before;
	private static int sources;

	@BeforeAll
	static void workspaceWithOneDataset() throws Exception {
		connector = Services.mimic3();
		files = new SmallFiles(connector.schema());
		workspace = Services.derby().open(folder.resolve("ws"));
		importFrom(files.requiredTables(folder.resolve("good")), "keep", false);
		before = workspace.datasets();
		assertEquals(1, before.size());
	}

	@AfterAll
	static void closeWorkspace() throws Exception {
		if (workspace != null) {
			workspace.close();
		}
	}

	private static ImportResult importFrom(Path source, String name, boolean replace, List<String> warnings) throws Exception {
		return new DatasetImport(workspace, connector).run(DatasetName.of(name), source, replace, new ImportListener() {
			@Override
			public void warning(String message) {
				warnings.add(message);
			}
		}, null);
	}

	private static ImportResult importFrom(Path source, String name, boolean replace) throws Exception {
		return importFrom(source, name, replace, new ArrayList<>());
	}

	/** A folder with the three required tables, to spoil one file of. */
	private static Path source() throws Exception {
		return files.requiredTables(folder.resolve("source" + ++sources));
	}

	/** Imports as a new dataset, expects it to fail with exactly {@code message}, and the workspace unchanged. */
	private static ImportException assertFails(Path source, String message) throws Exception {
		ImportException e = assertThrows(ImportException.class, () -> importFrom(source, "bad", false));
		assertEquals(message, e.getMessage());
		assertEquals(before, workspace.datasets(), "the workspace is unchanged");
		assertEquals(1, Rows.single(workspace, "keep", "SELECT COUNT(*) FROM patients"));
		return e;
	}

	@Test
	void aWrongHeaderNamesTheFileAndTheColumn() throws Exception {
		Path source = source();
		SmallFiles.write(source.resolve("PATIENTS.csv"),
				files.header("PATIENTS").replace("gender", "sex") + "\n" + files.row("PATIENTS", 1) + "\n");
		int position = files.table("PATIENTS").getColumns().indexOf(Mimic3Model.table(connector.schema(), "PATIENTS")
				.getColumns().stream().filter(c -> c.getName().equals("GENDER")).findFirst().orElseThrow()) + 1;
		assertFails(source, "PATIENTS.csv line 1: column GENDER is missing from the header (found 'sex' at position "
				+ position + ")");

		SmallFiles.write(source.resolve("PATIENTS.csv"), files.header("PATIENTS") + ",extra\n");
		assertFails(source, "PATIENTS.csv line 1: unknown column 'extra' in the header (the table has "
				+ files.table("PATIENTS").getColumns().size() + " columns)");
	}

	@Test
	void anUnparsableTimestampNamesFileLineColumnAndValue() throws Exception {
		Path source = source();
		String good = files.row("ADMISSIONS", 2);
		String bad = files.row("ADMISSIONS", 3).replaceFirst("2100-01-01 12:00:00", "abc");
		SmallFiles.write(source.resolve("ADMISSIONS.csv"), files.header("ADMISSIONS") + "\n" + good + "\n" + bad + "\n");
		ImportException e = assertFails(source,
				"ADMISSIONS.csv line 3, column ADMITTIME: 'abc' is not a timestamp (expected YYYY-MM-DD HH:MM:SS)");
		assertEquals("ADMISSIONS.csv", e.file().orElseThrow());
		assertEquals(3, e.line());
		assertEquals("ADMITTIME", e.column().orElseThrow());
		assertEquals("abc", e.value().orElseThrow());
	}

	@Test
	void lineNumbersCountTheLinesOfQuotedNewlines() throws Exception {
		Path source = source();
		// DIAGNOSIS is text: give the first record a value across two lines
		String first = files.row("ADMISSIONS", 2).replace(",x,1,", ",\"two\nlines\",1,");
		String bad = files.row("ADMISSIONS", 3).replaceFirst("2100-01-01 12:00:00", "2100-02-30 12:00:00");
		assertTrue(first.contains("\n"), first);
		SmallFiles.write(source.resolve("ADMISSIONS.csv"), files.header("ADMISSIONS") + "\n" + first + "\n" + bad + "\n");
		assertFails(source, "ADMISSIONS.csv line 4, column ADMITTIME: '2100-02-30 12:00:00' is not a valid timestamp "
				+ "(expected YYYY-MM-DD HH:MM:SS)");
	}

	@Test
	void anUnparsableIntegerInAGzipFile() throws Exception {
		Path source = source();
		Files.delete(source.resolve("ICUSTAYS.csv"));
		String bad = files.row("ICUSTAYS", 2).replaceFirst("^2,2,2,", "2,2,12x,");
		SmallFiles.writeGzip(source.resolve("ICUSTAYS.csv.gz"),
				(files.header("ICUSTAYS") + "\n" + bad + "\n").getBytes(StandardCharsets.UTF_8));
		assertFails(source, "ICUSTAYS.csv.gz line 2, column HADM_ID: '12x' is not an integer");
	}

	@Test
	void aBadValueInAZipNamesTheZipAndTheEntry() throws Exception {
		Path source = source();
		String bad = files.row("PATIENTS", 2).replaceFirst("2100-01-01 12:00:00", "2100-13-01 00:00:00");
		SmallFiles.write(source.resolve("PATIENTS.csv"), files.header("PATIENTS") + "\n" + files.row("PATIENTS", 1)
				+ "\n" + bad + "\n");
		Path zip = SmallFiles.zip(source, folder.resolve("patients-" + sources + ".Zip"), "demo-1.4");
		assertFails(zip, "patients-" + sources + ".Zip!/demo-1.4/PATIENTS.csv line 3, column DOB: '2100-13-01 00:00:00' "
				+ "is not a valid timestamp (expected YYYY-MM-DD HH:MM:SS)");
	}

	@Test
	void aMissingRequiredFileInAZip() throws Exception {
		Path source = source();
		Files.delete(source.resolve("ADMISSIONS.csv"));
		Path zip = SmallFiles.zip(source, folder.resolve("no-admissions-" + sources + ".zip"), "");
		assertFails(zip, "Missing required file in " + zip + ": ADMISSIONS.csv.gz (or ADMISSIONS.csv).");
	}

	@Test
	void aRecordWithTooFewFields() throws Exception {
		Path source = source();
		String row = files.row("PATIENTS", 2);
		SmallFiles.write(source.resolve("PATIENTS.csv"),
				files.header("PATIENTS") + "\n" + row.substring(0, row.lastIndexOf(',')) + "\n");
		int columns = files.table("PATIENTS").getColumns().size();
		assertFails(source, "PATIENTS.csv line 2: the record has " + (columns - 1) + " fields, expected " + columns
				+ " (the columns of PATIENTS)");
	}

	@Test
	void aMissingRequiredFile() throws Exception {
		Path source = source();
		Files.delete(source.resolve("ICUSTAYS.csv"));
		assertFails(source, "Missing required file in " + source + ": ICUSTAYS.csv.gz (or ICUSTAYS.csv).");
	}

	@Test
	void aTruncatedGzipFile() throws Exception {
		Path source = source();
		Files.delete(source.resolve("PATIENTS.csv"));
		StringBuilder text = new StringBuilder(files.header("PATIENTS")).append('\n');
		for (int i = 1; i <= 20_000; i++) {
			text.append(files.row("PATIENTS", i)).append('\n');
		}
		Path gz = source.resolve("PATIENTS.csv.gz");
		SmallFiles.writeGzip(gz, text.toString().getBytes(StandardCharsets.UTF_8));
		byte[] whole = Files.readAllBytes(gz);
		Files.write(gz, java.util.Arrays.copyOf(whole, whole.length / 2));
		ImportException e = assertThrows(ImportException.class, () -> importFrom(source, "bad", false));
		assertTrue(e.getMessage().startsWith("PATIENTS.csv.gz: the file ends unexpectedly: it is truncated "
				+ "(Unexpected end of ZLIB input stream) (found reading on from line "), e.getMessage());
		assertEquals(before, workspace.datasets());
	}

	@Test
	void bytesThatAreNotUtf8() throws Exception {
		Path source = source();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes((files.header("PATIENTS") + "\n").getBytes(StandardCharsets.UTF_8));
		bytes.writeBytes(files.row("PATIENTS", 2).replace(",x,", ",\u00ff,").getBytes(StandardCharsets.ISO_8859_1));
		Files.write(source.resolve("PATIENTS.csv"), bytes.toByteArray());
		ImportException e = assertThrows(ImportException.class, () -> importFrom(source, "bad", false));
		assertTrue(e.getMessage().startsWith("PATIENTS.csv: the file is not valid UTF-8 text"), e.getMessage());
		assertEquals(before, workspace.datasets());
	}

	@Test
	void anExistingNameFailsBeforeLoadingUnlessReplaced() throws Exception {
		DatasetExistsException e = assertThrows(DatasetExistsException.class,
				() -> importFrom(folder.resolve("no-such-folder"), "KEEP", false));
		assertEquals("A dataset named 'keep' already exists in workspace " + workspace.directory()
				+ ". Use --replace to replace it.", e.getMessage());
		assertEquals(before, workspace.datasets());
	}

	@Test
	void absentOptionalFilesGiveEmptyTablesAndWarnings() throws Exception {
		Path source = source();
		SmallFiles.write(source.resolve("notes.CSV"), "a,b\n1,2\n");
		List<String> warnings = new ArrayList<>();
		try (Workspace other = Services.derby().open(folder.resolve("ws-optional"))) {
			ImportResult result = new DatasetImport(other, connector).run(DatasetName.of("small"), source, false,
					new ImportListener() {
						@Override
						public void warning(String message) {
							warnings.add(message);
						}
					}, null);
			assertEquals(26, result.dataset().tableCount());
			assertEquals(3, result.totalRows());
			assertEquals(24, warnings.size(), () -> String.join("\n", warnings));
			assertEquals("notes.CSV matches no table of MIMIC-III v1.4: skipped.", warnings.get(0));
			assertTrue(warnings.contains("No file for table CHARTEVENTS in " + source + ": created empty."), warnings::toString);
			assertEquals(warnings, result.warnings());
			Map<String, Long> rows = new TreeMap<>();
			for (TableInfo table : other.tables("small")) {
				rows.put(table.name(), table.rowCount());
			}
			assertEquals(26, rows.size());
			assertEquals(0L, rows.get("CHARTEVENTS"));
			assertEquals(1L, rows.get("PATIENTS"));
		}
	}
}
