package org.chartroom.synthetic.mimic3;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.chartroom.core.connector.Connector;
import org.chartroom.core.generate.DataGenerator;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Synthetic MIMIC-III v1.4: all 26 tables as {@code TABLE.csv.gz}, plausible and consistent, the same
 * bytes for the same patients and seed. The tables, their columns and their order come from the
 * MIMIC-III connector's schema, the very model the importer reads them with.
 */
@Component(service = DataGenerator.class)
public final class Mimic3Generator implements DataGenerator {

	/** About 7,600 CHARTEVENTS rows a patient: this many keep the largest table's ROW_IDs below 2^31. */
	static final int MAX_PATIENTS = 200_000;

	private final Connector connector;

	@Activate
	public Mimic3Generator(@Reference(target = "(chartroom.connector=mimic3)") Connector connector) {
		this.connector = connector;
	}

	@Override
	public String id() {
		return "mimic3";
	}

	@Override
	public String displayName() {
		return "Synthetic MIMIC-III";
	}

	@Override
	public List<GeneratedTable> generate(int patients, long seed, Path folder, IProgressMonitor monitor) throws IOException {
		if (patients < 1) {
			throw new IllegalArgumentException("The number of patients must be at least 1, not " + patients);
		}
		if (patients > MAX_PATIENTS) {
			throw new IllegalArgumentException("At most " + MAX_PATIENTS + " patients: ROW_IDs are 32-bit integers");
		}
		boolean created = prepare(folder);
		SubMonitor progress = SubMonitor.convert(monitor, "Generating " + patients + " synthetic MIMIC-III patients", patients);
		TableFiles files = null;
		boolean complete = false;
		try {
			files = new TableFiles(connector.schema(), folder);
			Generation generation = new Generation(files, seed);
			generation.writeDictionaries();
			for (int i = 0; i < patients; i++) {
				progress.split(1); // throws OperationCanceledException once cancelled
				generation.writePatient(i);
			}
			List<GeneratedTable> written = files.finish();
			complete = true;
			progress.done();
			return written;
		} finally {
			if (!complete) {
				if (files != null) {
					files.abandon();
				}
				if (created) {
					Files.deleteIfExists(folder);
				}
			}
		}
	}

	/** Creates the folder, or checks that it is empty; true when it was created here. */
	private static boolean prepare(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			Files.createDirectories(folder);
			return true;
		}
		if (!Files.isDirectory(folder)) {
			throw new NotDirectoryException(folder.toString());
		}
		try (Stream<Path> entries = Files.list(folder)) {
			if (entries.findAny().isPresent()) {
				throw new DirectoryNotEmptyException(folder.toString());
			}
		}
		return false;
	}
}
