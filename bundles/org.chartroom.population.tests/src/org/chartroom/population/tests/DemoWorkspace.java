package org.chartroom.population.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.chartroom.core.connector.Connector;
import org.chartroom.core.imports.DatasetImport;
import org.chartroom.core.imports.ImportListener;
import org.chartroom.core.store.DatasetInfo;
import org.chartroom.core.store.Store;
import org.chartroom.core.store.Workspace;
import org.chartroom.core.workspace.DatasetName;
import org.chartroom.model.warehouse.Dataset;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * One workspace for all tests of this bundle, with the files cohorts need imported once through the
 * real import: the MIMIC-III demo as dataset {@code mimic3} and Synthea27Nj (OMOP CDM 5.4) as
 * {@code synthea}; the other tables of each model are created empty.
 */
final class DemoWorkspace {

	static final String MIMIC = "mimic3";
	static final String SYNTHEA = "synthea";

	private static final List<String> MIMIC_TABLES = List.of("PATIENTS", "ADMISSIONS", "ICUSTAYS", "D_ITEMS", "CHARTEVENTS",
			"DIAGNOSES_ICD", "D_ICD_DIAGNOSES");
	private static final List<String> SYNTHEA_TABLES = List.of("CDM_SOURCE", "PERSON", "VISIT_OCCURRENCE", "MEASUREMENT",
			"DEATH", "CONCEPT");

	private static Workspace workspace;

	private DemoWorkspace() {
	}

	static synchronized Workspace get() throws Exception {
		if (workspace != null) {
			return workspace;
		}
		Path root = Files.createTempDirectory("chartroom-population-tests");
		Workspace opened = store().open(root.resolve("ws"));
		importFiles(opened, MIMIC, connector("mimic3"), data("mimic-iii-demo"), MIMIC_TABLES, root.resolve("mimic3"));
		importFiles(opened, SYNTHEA, connector("omop"), data("synthea27nj-omop-5.4"), SYNTHEA_TABLES, root.resolve("synthea"));
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

	/** The model a dataset of the workspace was imported with. */
	static Dataset schema(String dataset) throws Exception {
		DatasetInfo info = get().findDataset(dataset).orElseThrow();
		return connector(info.sourceKind()).schemaOf(info);
	}

	private static void importFiles(Workspace into, String dataset, Connector connector, Path source, List<String> tables,
			Path folder) throws Exception {
		Path files = Files.createDirectories(folder);
		for (String table : tables) {
			Path file = source.resolve(table + ".csv.gz");
			if (!Files.isRegularFile(file)) {
				throw new AssertionError("demo file not found: " + file.toAbsolutePath());
			}
			Files.createSymbolicLink(files.resolve(file.getFileName()), file.toAbsolutePath());
		}
		new DatasetImport(into, connector).run(DatasetName.of(dataset), files, false, new ImportListener() {
		}, null);
	}

	private static Path data(String folder) {
		String dataDir = System.getProperty("chartroom.data.dir");
		if (dataDir == null) {
			throw new AssertionError("system property chartroom.data.dir is not set; the build sets it to <repo>/../shared/data");
		}
		return Path.of(dataDir, folder);
	}

	static synchronized Connector connector(String id) throws Exception {
		ServiceTracker<Connector, Connector> tracker = new ServiceTracker<>(context(), Connector.class, null);
		tracker.open();
		tracker.waitForService(TimeUnit.SECONDS.toMillis(20));
		for (int attempt = 0; attempt < 100; attempt++) {
			Connector[] services = tracker.getServices(new Connector[0]);
			if (services != null) {
				var found = Arrays.stream(services).filter(c -> id.equals(c.id())).findFirst();
				if (found.isPresent()) {
					return found.get();
				}
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no connector service with id " + id);
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
