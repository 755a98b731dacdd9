package org.chartroom.sql.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.chartroom.core.connector.Connector;
import org.chartroom.core.imports.DatasetImport;
import org.chartroom.core.imports.ImportListener;
import org.chartroom.core.store.Store;
import org.chartroom.core.store.Workspace;
import org.chartroom.core.workspace.DatasetName;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * One workspace for all tests of this bundle, holding the MIMIC-III demo's files that SQL tests
 * need (CHARTEVENTS whole, D_ITEMS, and the three tables an import requires), imported once
 * through the real import as dataset {@code mimic3}; the other tables are created empty.
 */
final class DemoWorkspace {

	static final String DATASET = "mimic3";
	private static final List<String> TABLES = List.of("PATIENTS", "ADMISSIONS", "ICUSTAYS", "D_ITEMS", "CHARTEVENTS");

	private static Workspace workspace;
	private static Connector mimic3;

	private DemoWorkspace() {
	}

	static synchronized Workspace get() throws Exception {
		if (workspace != null) {
			return workspace;
		}
		String dataDir = System.getProperty("chartroom.data.dir");
		if (dataDir == null) {
			throw new AssertionError("system property chartroom.data.dir is not set; the build sets it to <repo>/../shared/data");
		}
		Path demo = Path.of(dataDir, "mimic-iii-demo");
		Path root = Files.createTempDirectory("chartroom-sql-tests");
		Path files = Files.createDirectories(root.resolve("files"));
		for (String table : TABLES) {
			Path file = demo.resolve(table + ".csv.gz");
			if (!Files.isRegularFile(file)) {
				throw new AssertionError("MIMIC-III demo file not found: " + file.toAbsolutePath());
			}
			Files.createSymbolicLink(files.resolve(file.getFileName()), file.toAbsolutePath());
		}
		Workspace opened = store().open(root.resolve("ws"));
		new DatasetImport(opened, mimic3()).run(DatasetName.of(DATASET), files, false, new ImportListener() {
		}, null);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				opened.close();
			} catch (Exception e) {
				// the JVM is going anyway
			}
		}));
		workspace = opened;
		return workspace;
	}

	static synchronized Connector mimic3() throws Exception {
		if (mimic3 == null) {
			ServiceTracker<Connector, Connector> tracker = new ServiceTracker<>(context(), Connector.class, null);
			tracker.open();
			tracker.waitForService(TimeUnit.SECONDS.toMillis(20));
			mimic3 = Arrays.stream(tracker.getServices(new Connector[0])).filter(c -> "mimic3".equals(c.id())).findFirst()
					.orElseThrow(() -> new AssertionError("no connector service with id mimic3"));
		}
		return mimic3;
	}

	private static Store store() throws Exception {
		BundleContext context = context();
		ServiceTracker<Store, Store> tracker = new ServiceTracker<>(context,
				context.createFilter("(&(objectClass=" + Store.class.getName() + ")(chartroom.store=derby))"), null);
		tracker.open();
		Store store = tracker.waitForService(TimeUnit.SECONDS.toMillis(20));
		if (store == null) {
			throw new AssertionError("no Derby store service registered");
		}
		return store;
	}

	private static BundleContext context() {
		return FrameworkUtil.getBundle(DemoWorkspace.class).getBundleContext();
	}
}
