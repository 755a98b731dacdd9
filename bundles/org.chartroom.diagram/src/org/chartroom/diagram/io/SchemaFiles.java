package org.chartroom.diagram.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.chartroom.model.warehouse.Dataset;
import org.chartroom.model.warehouse.WarehousePackage;

/**
 * A data set's schema model as an XMI file of the warehouse metamodel ({@code warehouse.ecore},
 * nsURI {@code http://chartroom.org/model/warehouse/1.0}), for EMF tools. A schema imported into
 * the workspace ({@code <workspace>/schemas/<dataset>.xmi}) describes that data set instead of its
 * connector's model, e.g. with the descriptions an institution added.
 */
public final class SchemaFiles {

	private final Path workspace;

	public SchemaFiles(Path workspace) {
		this.workspace = workspace;
	}

	/** Writes the schema as XMI, named as the data set it describes. */
	public static void export(Dataset schema, String datasetName, OutputStream out) throws IOException {
		XmiFiles.write(named(schema, datasetName), out);
	}

	/** Writes the schema as an XMI file, replacing the file in one step. */
	public static void export(Dataset schema, String datasetName, Path file) throws IOException {
		XmiFiles.write(named(schema, datasetName), file);
	}

	/** Reads a schema from an XMI file; the message of a failure names the file and, where known, the line. */
	public static Dataset read(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return read(in, file.toString());
		}
	}

	public static Dataset read(InputStream in, String name) throws IOException {
		Dataset dataset = XmiFiles.read(in, name, WarehousePackage.eINSTANCE, Dataset.class);
		if (dataset.getTables().isEmpty()) {
			throw new IOException(name + " describes no table");
		}
		return dataset;
	}

	/** The file an imported schema of the data set is kept in. */
	public Path file(String dataset) {
		return workspace.resolve("schemas").resolve(dataset.toLowerCase(Locale.ROOT) + ".xmi");
	}

	/** The schema imported for the data set, if any. */
	public Optional<Dataset> imported(String dataset) throws IOException {
		Path file = file(dataset);
		return Files.exists(file) ? Optional.of(read(file)) : Optional.empty();
	}

	/**
	 * Makes the file's schema the data set's own. The file is read first: one that is not a
	 * warehouse model changes nothing.
	 */
	public Dataset importFor(String dataset, Path source) throws IOException {
		Dataset schema = read(source);
		XmiFiles.write(named(schema, dataset), file(dataset));
		return schema;
	}

	/** Forgets the imported schema: the connector's model describes the data set again. */
	public boolean forget(String dataset) throws IOException {
		return Files.deleteIfExists(file(dataset));
	}

	private static Dataset named(Dataset schema, String datasetName) {
		Dataset copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(schema);
		copy.setName(datasetName);
		return copy;
	}
}
