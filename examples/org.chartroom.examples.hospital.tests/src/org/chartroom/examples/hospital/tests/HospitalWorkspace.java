package org.chartroom.examples.hospital.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.chartroom.core.generate.DataGenerator.GeneratedTable;
import org.chartroom.core.imports.DatasetImport;
import org.chartroom.core.imports.ImportListener;
import org.chartroom.core.store.ResultColumn;
import org.chartroom.core.store.RowHandler;
import org.chartroom.core.store.Workspace;
import org.chartroom.core.workspace.DatasetName;

/**
 * One workspace for the tests of this bundle: 50 generated patients (seed 42) imported once as the
 * dataset {@code hospital}, through the same {@code DatasetImport} the CLI and the wizard run.
 */
final class HospitalWorkspace {

	static final String DATASET = "hospital";
	static final int PATIENTS = 50;
	static final long SEED = 42;

	private static Workspace workspace;
	private static List<GeneratedTable> generated;

	private HospitalWorkspace() {
	}

	static synchronized Workspace get() throws Exception {
		if (workspace != null) {
			return workspace;
		}
		Path root = Files.createTempDirectory("chartroom-hospital-tests");
		Path files = root.resolve("export");
		generated = HospitalServices.generator().generate(PATIENTS, SEED, files, null);
		Workspace opened = HospitalServices.derby().open(root.resolve("ws"));
		new DatasetImport(opened, HospitalServices.connector()).run(DatasetName.of(DATASET), files, false, new ImportListener() {
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

	static synchronized List<GeneratedTable> generated() throws Exception {
		get();
		return generated;
	}

	/** Rows of hand-written SQL over the dataset, read whole. */
	static List<Object[]> rows(String sql) throws Exception {
		List<Object[]> rows = new ArrayList<>();
		get().query(DATASET, sql, 0, new RowHandler() {
			@Override
			public void columns(List<ResultColumn> columns) {
				// read by position
			}

			@Override
			public void row(Object[] values) {
				rows.add(values);
			}
		}, null);
		return rows;
	}

	static long count(String sql) throws Exception {
		return ((Number) rows(sql).get(0)[0]).longValue();
	}
}
