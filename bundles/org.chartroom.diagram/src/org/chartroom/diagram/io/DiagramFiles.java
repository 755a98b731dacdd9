package org.chartroom.diagram.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.chartroom.diagram.Diagram;
import org.chartroom.diagram.DiagramPackage;
import org.chartroom.diagram.TableNode;
import org.chartroom.diagram.build.DiagramBuilder;
import org.chartroom.diagram.layout.DiagramLayout;
import org.chartroom.model.warehouse.Dataset;
import org.chartroom.model.warehouse.Table;

/**
 * Diagrams saved in the workspace, one per data set: {@code <workspace>/diagrams/<dataset>.diagram}
 * (XMI of {@code diagram.ecore}; the name in lower case, as data set names are case-insensitive).
 */
public final class DiagramFiles {

	private final Path workspace;

	public DiagramFiles(Path workspace) {
		this.workspace = workspace;
	}

	public Path file(String dataset) {
		return workspace.resolve("diagrams").resolve(dataset.toLowerCase(Locale.ROOT) + ".diagram");
	}

	/**
	 * The saved diagram of the data set when it still shows the tables of its schema; else a new
	 * one, laid out, not saved yet.
	 */
	public Diagram openOrBuild(String dataset, Dataset schema) throws IOException {
		Optional<Diagram> saved = XmiFiles.read(file(dataset), DiagramPackage.eINSTANCE, Diagram.class);
		if (saved.isPresent() && sameTables(saved.get(), schema)) {
			return saved.get();
		}
		Diagram diagram = DiagramBuilder.build(dataset, schema);
		DiagramLayout.layout(diagram);
		return diagram;
	}

	/** Saves the diagram as its data set's, replacing the saved one in one step. */
	public void save(Diagram diagram) throws IOException {
		XmiFiles.write(diagram, file(diagram.getDatasetName()));
	}

	/** Forgets the saved diagram, so the next open builds and lays it out anew. */
	public void delete(String dataset) throws IOException {
		java.nio.file.Files.deleteIfExists(file(dataset));
	}

	private static boolean sameTables(Diagram diagram, Dataset schema) {
		List<String> shown = diagram.getTables().stream().map(TableNode::getName).sorted().toList();
		List<String> tables = schema.getTables().stream().map(Table::getName).sorted().toList();
		return shown.equals(tables);
	}
}
