package org.chartroom.report.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.chartroom.core.imports.DatasetImport;
import org.chartroom.core.imports.ImportListener;
import org.chartroom.core.store.Workspace;
import org.chartroom.core.workspace.DatasetName;

/**
 * One workspace with the MIMIC-III demo imported as dataset {@value #DATASET} (and, for the tests
 * that ask, the Synthea OMOP CDM 5.4 set as {@value #SYNTHEA}), shared by every test class of this
 * bundle (an import takes most of a minute) and removed when the test JVM ends.
 */
final class DemoWorkspace {

	static final String DATASET = "demo";
	static final String SYNTHEA = "synthea";

	private static Workspace workspace;

	private DemoWorkspace() {
	}

	static synchronized Workspace get() throws Exception {
		if (workspace == null) {
			Path demo = dataFolder("mimic-iii-demo");
			Path folder = Files.createTempDirectory("chartroom-report-tests");
			Workspace opened = Services.derby().open(folder.resolve("ws"));
			new DatasetImport(opened, Services.mimic3()).run(DatasetName.of(DATASET), demo, false, new ImportListener() {
			}, null);
			workspace = opened;
			Runtime.getRuntime().addShutdownHook(new Thread(() -> closeAndDelete(opened, folder)));
		}
		return workspace;
	}

	/** The same workspace, with the Synthea set imported too. */
	static synchronized Workspace withSynthea() throws Exception {
		Workspace opened = get();
		if (opened.findDataset(SYNTHEA).isEmpty()) {
			new DatasetImport(opened, Services.omop()).run(DatasetName.of(SYNTHEA), dataFolder("synthea27nj-omop-5.4"), false,
					new ImportListener() {
					}, null);
		}
		return opened;
	}

	private static Path dataFolder(String name) {
		String dataDir = System.getProperty("chartroom.data.dir");
		if (dataDir == null || dataDir.isBlank()) {
			throw new AssertionError("system property chartroom.data.dir is not set; the build sets it to <repo>/../shared/data");
		}
		Path folder = Path.of(dataDir, name);
		if (!Files.isDirectory(folder)) {
			throw new AssertionError("Demo data folder not found: " + folder.toAbsolutePath());
		}
		return folder;
	}

	private static void closeAndDelete(Workspace opened, Path folder) {
		try {
			opened.close();
			try (Stream<Path> paths = Files.walk(folder)) {
				paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		} catch (Exception e) {
			// the JVM is ending; a temp folder left behind is harmless
		}
	}
}
