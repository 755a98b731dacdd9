package org.chartroom.cli.verbs;

import java.util.List;
import java.util.concurrent.Callable;

import org.chartroom.cli.Cli;
import org.chartroom.cli.output.ResultFormat;
import org.chartroom.cli.output.ResultWriter;
import org.chartroom.core.store.QuerySummary;
import org.chartroom.core.store.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code query --dataset NAME [--format table|csv|json] "SQL"}: one read-only statement. */
@Command(name = "query", mixinStandardHelpOptions = true,
		description = { "Run one read-only SQL statement inside a dataset; unqualified table names resolve in it.",
				"csv and json print every row; table shows the first 100." })
public final class QueryVerb implements Callable<Integer> {

	@ParentCommand
	private Cli cli;

	@Option(names = "--dataset", paramLabel = "NAME", required = true, description = "The dataset to query.")
	private String dataset;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
			description = "table, csv or json (default: ${DEFAULT-VALUE}).")
	private ResultFormat format;

	@Parameters(paramLabel = "SQL", arity = "1..*", description = "The statement (words are joined with spaces).")
	private List<String> sql;

	@Override
	public Integer call() throws Exception {
		ResultWriter writer = format.writer(cli.output().out());
		try (Workspace workspace = cli.openWorkspace()) {
			QuerySummary summary = workspace.query(dataset, String.join(" ", sql), writer.rowLimit(), writer, null);
			writer.finish(summary);
			writer.footer(summary).ifPresent(cli.output().err()::println);
		}
		return Cli.EXIT_OK;
	}
}
