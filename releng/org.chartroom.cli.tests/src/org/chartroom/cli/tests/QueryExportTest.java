package org.chartroom.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.chartroom.core.connector.Connector;
import org.chartroom.core.imports.DatasetImport;
import org.chartroom.core.imports.ImportListener;
import org.chartroom.core.store.Store;
import org.chartroom.core.store.Workspace;
import org.chartroom.core.workspace.DatasetName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The whole of CHARTEVENTS as CSV from {@code ./chartroom query} in a JVM of 64 MiB: the result
 * streams from Derby to stdout and is never held, or the process would run out of memory.
 */
class QueryExportTest {

	private static final long CHARTEVENTS_ROWS = 758_355;

	@TempDir
	static Path folder;

	@Test
	void allOfChartEventsAsCsvInA64MiBHeap() throws Exception {
		Path workspace = importChartEvents();
		Path out = folder.resolve("chartevents.csv");
		Path err = folder.resolve("chartevents.err");
		ChartroomCommand smallHeap = new ChartroomCommand(
				Map.of("HOME", folder.resolve("home").toString(), "CHARTROOM_JAVA_OPTS", "-Xms32m -Xmx64m"));
		int exit = smallHeap.runTo(out, err, "query", "--workspace", workspace.toString(), "--dataset", "mimic3", "--format", "csv",
				"SELECT * FROM CHARTEVENTS");
		String messages = Files.readString(err);
		assertEquals(0, exit, messages);
		assertFalse(messages.contains("OutOfMemoryError"), messages);
		assertEquals("", messages, "nothing but the result");
		try (BufferedReader csv = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
			assertEquals("ROW_ID,SUBJECT_ID,HADM_ID,ICUSTAY_ID,ITEMID,CHARTTIME,STORETIME,CGID,VALUE,VALUENUM,VALUEUOM,WARNING,ERROR,"
					+ "RESULTSTATUS,STOPPED", csv.readLine());
			assertEquals(CHARTEVENTS_ROWS, records(csv), "every row, no implicit limit");
		}
	}

	/** Counts CSV records: line ends outside quotes. */
	private static long records(Reader csv) throws IOException {
		long records = 0;
		boolean quoted = false;
		int c;
		while ((c = csv.read()) >= 0) {
			if (c == '"') {
				quoted = !quoted;
			} else if (c == '\n' && !quoted) {
				records++;
			}
		}
		return records;
	}

	/** The demo's CHARTEVENTS (and the three tables an import requires) imported in-process as dataset mimic3. */
	private static Path importChartEvents() throws Exception {
		String dataDir = System.getProperty("chartroom.data.dir");
		if (dataDir == null) {
			throw new AssertionError("the build sets chartroom.data.dir");
		}
		Path files = Files.createDirectories(folder.resolve("files"));
		for (String table : List.of("PATIENTS", "ADMISSIONS", "ICUSTAYS", "CHARTEVENTS")) {
			Path file = Path.of(dataDir, "mimic-iii-demo", table + ".csv.gz");
			if (!Files.isRegularFile(file)) {
				throw new AssertionError("MIMIC-III demo file not found: " + file);
			}
			Files.createSymbolicLink(files.resolve(file.getFileName()), file.toAbsolutePath());
		}
		Path workspace = folder.resolve("ws");
		try (Workspace opened = service(Store.class).open(workspace)) {
			Connector mimic3 = Arrays.stream(services(Connector.class)).filter(c -> "mimic3".equals(c.id())).findFirst()
					.orElseThrow(() -> new AssertionError("no connector service with id mimic3"));
			new DatasetImport(opened, mimic3).run(DatasetName.of("mimic3"), files, false, new ImportListener() {
			}, null);
		}
		return workspace;
	}

	private static <T> T service(Class<T> type) throws Exception {
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context(), type, null);
		tracker.open();
		T service = tracker.waitForService(TimeUnit.SECONDS.toMillis(20));
		if (service == null) {
			throw new AssertionError("no " + type.getSimpleName() + " service registered");
		}
		return service;
	}

	@SuppressWarnings("unchecked")
	private static <T> T[] services(Class<T> type) throws Exception {
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context(), type, null);
		tracker.open();
		tracker.waitForService(TimeUnit.SECONDS.toMillis(20));
		return tracker.getServices((T[]) java.lang.reflect.Array.newInstance(type, 0));
	}

	private static BundleContext context() {
		return FrameworkUtil.getBundle(QueryExportTest.class).getBundleContext();
	}
}
