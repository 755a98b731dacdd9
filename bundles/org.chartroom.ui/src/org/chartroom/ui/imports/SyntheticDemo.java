package org.chartroom.ui.imports;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.chartroom.core.connector.Connector;
import org.chartroom.core.generate.DataGenerator;
import org.chartroom.core.imports.DatasetImport;
import org.chartroom.core.imports.ImportListener;
import org.chartroom.core.imports.ImportResult;
import org.chartroom.core.store.DatasetInfo;
import org.chartroom.core.store.StoreException;
import org.chartroom.core.store.Workspace;
import org.chartroom.core.workspace.DatasetName;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * The synthetic demo of the welcome screen: a generator writes the files of made-up patients
 * into {@code <workspace>/synthetic/<source>-<patients>-<seed>}, and they are imported as the
 * dataset {@code synthetic} (or the next free name), in one job.
 */
public final class SyntheticDemo implements ImportWork {

	public static final String FOLDER = "synthetic";
	public static final String DATASET = "synthetic";

	private final Workspace workspace;
	private final DataGenerator generator;
	private final Connector connector;
	private final int patients;
	private final long seed;

	public SyntheticDemo(Workspace workspace, DataGenerator generator, Connector connector, int patients, long seed) {
		this.workspace = workspace;
		this.generator = generator;
		this.connector = connector;
		this.patients = patients;
		this.seed = seed;
	}

	/** Where the files go; the same inputs always give the same files. */
	public static Path folder(Path workspace, String source, int patients, long seed) {
		return workspace.resolve(FOLDER).resolve(source + "-" + patients + "-" + seed);
	}

	@Override
	public ImportResult run(ImportListener listener, IProgressMonitor monitor) throws StoreException, IOException {
		SubMonitor progress = SubMonitor.convert(monitor, 100);
		Path folder = folder(workspace.directory(), generator.id(), patients, seed);
		removeEarlierFiles(folder);
		progress.setTaskName(String.format(Locale.getDefault(Locale.Category.FORMAT), "Generating %,d patients", patients));
		generator.generate(patients, seed, folder, progress.split(40));
		DatasetName name = DatasetName.of(SuggestedName.free(DATASET,
				workspace.datasets().stream().map(DatasetInfo::name).toList()));
		progress.setTaskName("Importing " + name); // the import's own task name stays under this monitor's
		return new DatasetImport(workspace, connector).run(name, folder, false, listener, progress.split(60));
	}

	/**
	 * A generator writes into an empty folder only. The files of an earlier run with the same
	 * inputs would be the same bytes; they are written again rather than trusted, in case that
	 * run was cut off.
	 */
	private static void removeEarlierFiles(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return;
		}
		try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.{csv,csv.gz}")) {
			for (Path file : files) {
				Files.delete(file);
			}
		}
	}
}
