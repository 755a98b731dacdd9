package org.chartroom.examples.hospital;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.chartroom.core.connector.Connector;
import org.chartroom.core.generate.DataGenerator;
import org.chartroom.model.warehouse.Table;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Generated exports of St. Example's Hospital: one {@code TABLE.csv.gz} per table of the connector's
 * model, the same bytes for the same patients and seed ({@code ./chartroom generate --source hospital}).
 */
@Component(service = DataGenerator.class)
public final class HospitalGenerator implements DataGenerator {

	static final int MAX_PATIENTS = 100_000;

	private final Connector connector;

	@Activate
	public HospitalGenerator(@Reference(target = "(chartroom.connector=" + HospitalConnector.ID + ")") Connector connector) {
		this.connector = connector;
	}

	@Override
	public String id() {
		return HospitalConnector.ID;
	}

	@Override
	public String displayName() {
		return "Generated St. Example's Hospital export";
	}

	@Override
	public List<GeneratedTable> generate(int patients, long seed, Path folder, IProgressMonitor monitor) throws IOException {
		if (patients < 1 || patients > MAX_PATIENTS) {
			throw new IllegalArgumentException("The number of patients must be 1 to " + MAX_PATIENTS + ", not " + patients);
		}
		boolean created = prepare(folder);
		SubMonitor progress = SubMonitor.convert(monitor, "Generating " + patients + " hospital patients", patients);
		Map<String, CsvGzFile> files = new LinkedHashMap<>();
		boolean complete = false;
		try {
			for (Table table : connector.schema().getTables()) {
				files.put(table.getName(), new CsvGzFile(table, folder));
			}
			PatientWriter writer = new PatientWriter(files, seed);
			writer.writeCodeList();
			for (int i = 0; i < patients; i++) {
				progress.split(1); // throws OperationCanceledException once cancelled
				writer.writePatient(i);
			}
			List<GeneratedTable> written = new ArrayList<>();
			for (CsvGzFile file : files.values()) {
				file.close();
				written.add(new GeneratedTable(file.table(), file.file(), file.rows()));
			}
			complete = true;
			return written;
		} finally {
			if (!complete) {
				for (CsvGzFile file : files.values()) {
					try (file) {
						// closed before it is deleted
					} catch (IOException e) {
						// the file goes anyway
					}
					Files.deleteIfExists(file.file());
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
