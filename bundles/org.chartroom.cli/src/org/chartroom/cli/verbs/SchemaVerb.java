package org.chartroom.cli.verbs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.chartroom.cli.Cli;
import org.chartroom.cli.output.SchemaText;
import org.chartroom.core.store.DatasetInfo;
import org.chartroom.core.store.StoreException;
import org.chartroom.core.store.UnknownDatasetException;
import org.chartroom.core.store.Workspace;
import org.chartroom.diagram.Diagram;
import org.chartroom.diagram.draw.SvgExport;
import org.chartroom.diagram.io.DiagramFiles;
import org.chartroom.diagram.io.SchemaFiles;
import org.chartroom.model.warehouse.Dataset;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code schema --dataset NAME [--format text|xmi|svg] [--out FILE]}: the schema model of a dataset
 * (the one imported into the workspace for it, else its connector's), as text for people, as XMI
 * for EMF tools, or as the laid-out diagram in SVG.
 */
@Command(name = "schema", mixinStandardHelpOptions = true,
		description = { "Describe the schema of a dataset: its tables, columns, keys and clinical roles.",
				"text lists tables, columns and foreign keys; xmi is the EMF model (metamodel: warehouse.ecore, nsURI "
						+ "http://chartroom.org/model/warehouse/1.0); svg is the entity-relationship diagram, laid out as "
						+ "last saved in the workbench." })
public final class SchemaVerb implements Callable<Integer> {

	/** The formats this verb writes. */
	public enum Format {
		text, xmi, svg
	}

	@ParentCommand
	private Cli cli;

	@Option(names = "--dataset", paramLabel = "NAME", required = true, description = "The dataset to describe.")
	private String dataset;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
			description = "text, xmi or svg (default: ${DEFAULT-VALUE}).")
	private Format format;

	@Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of stdout.")
	private Path out;

	@Override
	public Integer call() throws Exception {
		String document;
		try (Workspace workspace = cli.openWorkspace()) {
			DatasetInfo info = workspace.findDataset(dataset).orElse(null);
			if (info == null) {
				workspace.tables(dataset); // throws the error that names the datasets there are
				throw new UnknownDatasetException("Unknown dataset '" + dataset + "'.");
			}
			Dataset schema = schemaOf(workspace, info);
			document = switch (format) {
			case text -> SchemaText.of(info.name(), schema);
			case xmi -> xmi(schema, info.name());
			case svg -> svg(workspace, info.name(), schema);
			};
		}
		if (out == null) {
			cli.output().out().print(document);
		} else {
			write(document);
		}
		return Cli.EXIT_OK;
	}

	private Dataset schemaOf(Workspace workspace, DatasetInfo info) throws StoreException {
		try {
			Optional<Dataset> imported = new SchemaFiles(workspace.directory()).imported(info.name());
			if (imported.isPresent()) {
				return imported.get();
			}
		} catch (IOException e) {
			throw new StoreException("The schema imported for dataset " + info.name() + " cannot be read: " + e.getMessage(), e);
		}
		return cli.connectorOf(info, ", so the schema of dataset " + info.name() + " is unknown.").schemaOf(info);
	}

	private static String xmi(Dataset schema, String name) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		SchemaFiles.export(schema, name, bytes);
		return bytes.toString(StandardCharsets.UTF_8);
	}

	private static String svg(Workspace workspace, String name, Dataset schema) throws StoreException {
		try {
			Diagram diagram = new DiagramFiles(workspace.directory()).openOrBuild(name, schema);
			StringWriter svg = new StringWriter();
			SvgExport.write(diagram, svg);
			return svg.toString();
		} catch (IOException e) {
			throw new StoreException("The saved diagram of dataset " + name + " cannot be read: " + e.getMessage(), e);
		}
	}

	private void write(String document) throws StoreException {
		try {
			Files.writeString(out, document, StandardCharsets.UTF_8);
		} catch (NoSuchFileException e) {
			throw new StoreException("Cannot write " + out + ": its folder does not exist.", e);
		} catch (IOException e) {
			throw new StoreException("Cannot write " + out + ": " + e.getMessage(), e);
		}
	}
}
