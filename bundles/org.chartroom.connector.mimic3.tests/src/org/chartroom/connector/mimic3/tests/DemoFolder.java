package org.chartroom.connector.mimic3.tests;

import java.nio.file.Files;
import java.nio.file.Path;

/** The MIMIC-III demo files, found through the system property the build sets; missing data fails a test, never skips it. */
final class DemoFolder {

	static final String DATA_DIR_PROPERTY = "chartroom.data.dir";

	private DemoFolder() {
	}

	/** The folder {@code <chartroom.data.dir>/mimic-iii-demo}; throws an {@link AssertionError} when it is not there. */
	static Path mimic3() {
		String dataDir = System.getProperty(DATA_DIR_PROPERTY);
		if (dataDir == null || dataDir.isBlank()) {
			throw new AssertionError("system property " + DATA_DIR_PROPERTY + " is not set; the build sets it to <repo>/../shared/data");
		}
		Path folder = Path.of(dataDir, "mimic-iii-demo");
		if (!Files.isDirectory(folder)) {
			throw new AssertionError("MIMIC-III demo folder not found: " + folder.toAbsolutePath());
		}
		return folder;
	}

	/** The demo file of a table, {@code <TABLE>.csv.gz}; throws an {@link AssertionError} when it is not there. */
	static Path file(String table) {
		Path file = mimic3().resolve(table + ".csv.gz");
		if (!Files.isRegularFile(file)) {
			throw new AssertionError("MIMIC-III demo file not found: " + file.toAbsolutePath());
		}
		return file;
	}
}
