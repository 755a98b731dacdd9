package org.chartroom.connector.mimic3.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.chartroom.core.connector.Connector;
import org.chartroom.core.imports.DatasetImport;
import org.chartroom.core.imports.ImportException;
import org.chartroom.core.imports.ImportListener;
import org.chartroom.core.store.DatasetInfo;
import org.chartroom.core.store.Workspace;
import org.chartroom.core.workspace.DatasetName;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notes as the full MIMIC-III has them (the demo's NOTEEVENTS is empty): text across many lines, with
 * commas, doubled quotes and blanks, in small files made here. The text reads back exactly, and a bad
 * value after such records is reported at the physical line where its record starts.
 */
class MultiLineTextImportTest {

	/** The TEXT values, as the database must give them back; null is an empty unquoted field. */
	private static final List<String> TEXTS = Arrays.asList(
			"Admission note:\nPatient is a 64 yo man, alert.\n\nPlan: \"watch\" and wait.\n",
			"Windows line end\r\nthen a comma, and a trailing blank ",
			"",
			null,
			"one line, \"quoted\" twice: \"\"",
			" leading blank and\n\n\n three empty lines\n");

	@TempDir
	static Path folder;

	private static Workspace workspace;
	private static Connector connector;
	private static SmallFiles files;
	private static int sources;

	@BeforeAll
	static void openWorkspace() throws Exception {
		connector = Services.mimic3();
		files = new SmallFiles(connector.schema());
		workspace = Services.derby().open(folder.resolve("ws"));
	}

	@AfterAll
	static void closeWorkspace() throws Exception {
		if (workspace != null) {
			workspace.close();
		}
	}

	private static String textField(String text) {
		return text == null ? "" : SmallFiles.quoted(text);
	}

	/** The required tables and a NOTEEVENTS.csv of {@code records} after its header. */
	private static Path source(List<String> records) throws Exception {
		Path source = files.requiredTables(folder.resolve("source" + ++sources));
		SmallFiles.write(source.resolve("NOTEEVENTS.csv"), files.header("NOTEEVENTS") + "\n" + String.join("\n", records) + "\n");
		return source;
	}

	private static void importFrom(Path source, String name) throws Exception {
		new DatasetImport(workspace, connector).run(DatasetName.of(name), source, false, ImportListener.NONE, null);
	}

	@Test
	void textWithNewlinesCommasQuotesAndBlanksReadsBackExactly() throws Exception {
		List<String> records = new ArrayList<>();
		for (int i = 0; i < TEXTS.size(); i++) {
			records.add(files.row("NOTEEVENTS", i + 1, "TEXT", textField(TEXTS.get(i))));
		}
		records.add(files.row("NOTEEVENTS", 7, "TEXT", "unquoted text with a trailing blank "));
		importFrom(source(records), "notes");

		List<List<Object>> rows = Rows.of(workspace, "notes", "SELECT row_id, text FROM noteevents ORDER BY row_id");
		assertEquals(7, rows.size());
		for (int i = 0; i < TEXTS.size(); i++) {
			assertEquals(Arrays.asList(i + 1, TEXTS.get(i)), rows.get(i));
		}
		assertEquals(List.of(7, "unquoted text with a trailing blank "), rows.get(6));
	}

	@Test
	void aBadValueAfterMultiLineRecordsIsReportedAtItsPhysicalLine() throws Exception {
		List<DatasetInfo> before = workspace.datasets();
		List<String> records = List.of(
				files.row("NOTEEVENTS", 1, "TEXT", textField(TEXTS.get(0))), // lines 2 to 6
				files.row("NOTEEVENTS", 2, "TEXT", textField(TEXTS.get(1))), // lines 7 and 8: \r\n is one line end
				files.row("NOTEEVENTS", 3, "TEXT", textField(TEXTS.get(5))), // lines 9 to 13
				files.row("NOTEEVENTS", 4, "TEXT", textField("first\nsecond")) // line 14: CHARTDATE is the first timestamp
						.replaceFirst("2100-01-01 12:00:00", "yesterday"));
		ImportException e = assertThrows(ImportException.class, () -> importFrom(source(records), "bad"));
		assertEquals("NOTEEVENTS.csv line 14, column CHARTDATE: 'yesterday' is not a timestamp "
				+ "(expected YYYY-MM-DD HH:MM:SS)", e.getMessage());
		assertEquals(before, workspace.datasets(), "the workspace is unchanged");
	}
}
