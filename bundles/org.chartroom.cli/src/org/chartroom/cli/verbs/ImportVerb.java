package org.chartroom.cli.verbs;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.chartroom.cli.Cli;
import org.chartroom.core.connector.Connector;
import org.chartroom.core.imports.DatasetImport;
import org.chartroom.core.imports.ImportListener;
import org.chartroom.core.imports.ImportResult;
import org.chartroom.core.store.Workspace;
import org.chartroom.core.workspace.DatasetName;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code import --dataset NAME --source KIND [--replace] PATH}: a folder or zip of CSV files becomes a dataset. */
@Command(name = "import", mixinStandardHelpOptions = true,
		description = { "Import CSV files (*.csv or *.csv.gz) from a folder or a .zip file (as PhysioNet distributes them) "
				+ "as a new dataset.",
				"The dataset becomes visible only when the import completes; a failed import leaves the workspace as it was.",
				"Progress and warnings go to stderr; the summary to stdout." })
public final class ImportVerb implements Callable<Integer> {

	@ParentCommand
	private Cli cli;

	@Spec
	private CommandSpec spec;

	@Option(names = "--dataset", paramLabel = "NAME", required = true, description = "The name of the new dataset.")
	private String dataset;

	@Option(names = "--source", paramLabel = "KIND", required = true,
			description = "The kind of files, e.g. mimic3 (one value per installed connector).")
	private String source;

	@Option(names = "--replace", description = "Replace a dataset of that name when the import completes.")
	private boolean replace;

	@Parameters(paramLabel = "PATH", arity = "1", description = "The folder or .zip file holding the CSV files, at its top or in its one folder.")
	private Path path;

	@Override
	public Integer call() throws Exception {
		DatasetName name;
		try {
			name = DatasetName.of(dataset);
		} catch (IllegalArgumentException e) {
			throw new ParameterException(spec.commandLine(), e.getMessage());
		}
		Connector connector = cli.connectors().find(source.toLowerCase(Locale.ROOT)).orElseThrow(() -> new ParameterException(
				spec.commandLine(), "Unknown source '" + source + "'. Known sources: " + cli.connectors().ids() + "."));
		ImportListener listener = new ImportProgressPrinter(cli.output().err());
		try (Workspace workspace = cli.openWorkspace()) {
			ImportResult result = new DatasetImport(workspace, connector).run(name, path.toAbsolutePath(), replace,
					listener, null);
			cli.output().out().printf(Locale.ROOT, "Imported dataset %s: %d tables, %d rows in %.1f s%n",
					result.dataset().name(), result.tables().size(), result.totalRows(),
					result.elapsed().toMillis() / 1000.0);
		}
		return Cli.EXIT_OK;
	}
}
