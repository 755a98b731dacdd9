package org.chartroom.cli.verbs;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

import org.chartroom.cli.Cli;
import org.chartroom.cli.output.TextTable;
import org.chartroom.core.store.DatasetInfo;
import org.chartroom.core.store.TableInfo;
import org.chartroom.core.store.UnknownDatasetException;
import org.chartroom.core.store.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code info [--dataset NAME]}: the workspace and its datasets, or one dataset's tables. */
@Command(name = "info", mixinStandardHelpOptions = true,
		description = "Describe the workspace and its datasets, or with --dataset the tables of one dataset.")
public final class InfoVerb implements Callable<Integer> {

	private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.withZone(ZoneId.systemDefault());

	@ParentCommand
	private Cli cli;

	@Option(names = "--dataset", paramLabel = "NAME", description = "Show the tables of this dataset.")
	private String dataset;

	@Override
	public Integer call() throws Exception {
		PrintWriter out = cli.output().out();
		try (Workspace workspace = cli.openWorkspace()) {
			if (dataset == null) {
				describeWorkspace(workspace, out);
			} else {
				describeDataset(workspace, out);
			}
		}
		return Cli.EXIT_OK;
	}

	private void describeWorkspace(Workspace workspace, PrintWriter out) throws Exception {
		List<DatasetInfo> datasets = workspace.datasets();
		out.println("Workspace  " + workspace.directory());
		out.println("Store      " + workspace.store().description());
		out.println("Datasets   " + (datasets.isEmpty() ? "none" : datasets.size()));
		if (!datasets.isEmpty()) {
			out.println();
			TextTable table = new TextTable(List.of("NAME", "SOURCE", "TABLES", "CREATED"),
					new boolean[] { false, false, true, false });
			for (DatasetInfo info : datasets) {
				table.add(info.name(), info.sourceKind(), Integer.toString(info.tableCount()), CREATED.format(info.createdAt()));
			}
			table.print(out);
		}
	}

	private void describeDataset(Workspace workspace, PrintWriter out) throws Exception {
		DatasetInfo info = workspace.findDataset(dataset).orElse(null);
		if (info == null) {
			workspace.tables(dataset); // throws the error that names the datasets there are
			throw new UnknownDatasetException("Unknown dataset '" + dataset + "'.");
		}
		List<TableInfo> tables = workspace.tables(dataset);
		out.println("Dataset    " + info.name());
		out.println("Source     " + info.sourceKind());
		out.println("Created    " + CREATED.format(info.createdAt()));
		out.println("Tables     " + tables.size());
		out.println();
		TextTable table = new TextTable(List.of("TABLE", "COLUMNS", "ROWS"), new boolean[] { false, true, true });
		for (TableInfo t : tables) {
			table.add(t.name(), Integer.toString(t.columnCount()), Long.toString(t.rowCount()));
		}
		table.print(out);
	}
}
