package org.chartroom.connector.omop.tests;

import java.nio.file.Files;
import java.nio.file.Path;

/** The demo data sets in {@code <chartroom.data.dir>}; missing data fails a test, never skips it. */
final class DataFolders {

	static final String DATA_DIR_PROPERTY = "chartroom.data.dir";

	private DataFolders() {
	}

	/** {@code mimic-iv-demo-omop}: the MIMIC-IV demo in OMOP CDM 5.3.1, its CSVs in {@code 1_omop_data_csv/}. */
	static Path omopDemo() {
		return folder("mimic-iv-demo-omop");
	}

	/** The folder of the OMOP demo's CSV files. */
	static Path omopDemoCsv() {
		return folder("mimic-iv-demo-omop/1_omop_data_csv");
	}

	/** {@code synthea27nj-omop-5.4}: 28 synthetic persons in OMOP CDM 5.4, UPPERCASE file names. */
	static Path synthea() {
		return folder("synthea27nj-omop-5.4");
	}

	/** {@code mimic-iii-demo}: not OMOP at all. */
	static Path mimic3() {
		return folder("mimic-iii-demo");
	}

	private static Path folder(String name) {
		String dataDir = System.getProperty(DATA_DIR_PROPERTY);
		if (dataDir == null || dataDir.isBlank()) {
			throw new AssertionError("system property " + DATA_DIR_PROPERTY + " is not set; the build sets it to <repo>/../shared/data");
		}
		Path folder = Path.of(dataDir, name);
		if (!Files.isDirectory(folder)) {
			throw new AssertionError("demo data folder not found: " + folder.toAbsolutePath());
		}
		return folder;
	}
}
