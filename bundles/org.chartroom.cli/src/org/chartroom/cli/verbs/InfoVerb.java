package org.chartroom.cli.verbs;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.chartroom.cli.Cli;
import org.chartroom.cli.output.TextTable;
import org.chartroom.cli.output.ValueText;
import org.chartroom.core.connector.Connector;
import org.chartroom.core.overview.DatasetOverview;
import org.chartroom.core.overview.DatasetOverviewReader;
import org.chartroom.core.overview.StayCount;
import org.chartroom.core.store.DatasetInfo;
import org.chartroom.core.store.TableInfo;
import org.chartroom.core.store.UnknownDatasetException;
import org.chartroom.core.store.Workspace;
import org.chartroom.model.warehouse.Dataset;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code info [--dataset NAME]}: the workspace and its datasets, or one dataset: its patients, stays
 * and time span (from the model of the connector it came from) and its tables.
 */
@Command(name = "info", mixinStandardHelpOptions = true,
		description = { "Describe the workspace and its datasets, or with --dataset one dataset: its patients, stays and "
				+ "time span, and its tables with their row counts." })
public final class InfoVerb implements Callable<Integer> {

	private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.withZone(ZoneId.systemDefault());

	@ParentCommand
	private Cli cli;

	@Option(names = "--dataset", paramLabel = "NAME", description = "Describe this dataset.")
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
		describeContents(workspace, info, out);
		out.println();
		TextTable table = new TextTable(List.of("TABLE", "COLUMNS", "ROWS"), new boolean[] { false, true, true });
		for (TableInfo t : tables) {
			table.add(t.name(), Integer.toString(t.columnCount()), Long.toString(t.rowCount()));
		}
		table.print(out);
	}

	/**
	 * Patients, stays and time span, through the model of the dataset's connector. Without that
	 * connector the table listing still gives the row counts; a warning says what is missing.
	 */
	private void describeContents(Workspace workspace, DatasetInfo info, PrintWriter out) throws Exception {
		Optional<Connector> connector = cli.connectors().find(info.sourceKind());
		if (connector.isEmpty()) {
			cli.output().err().println("warning: no connector '" + info.sourceKind() + "' is installed (installed: "
					+ cli.connectors().ids() + "): patients, stays and time span of dataset " + info.name()
					+ " are not shown.");
			return;
		}
		Dataset schema = connector.get().schemaOf(info);
		if (connector.get().schemas().size() > 1) {
			line(out, "Model", schema.getName());
		}
		DatasetOverview overview = new DatasetOverviewReader(workspace).read(info.name(), schema, null);
		overview.patients().ifPresent(p -> line(out, p.label(), Long.toString(p.rows())));
		for (StayCount stay : overview.stays()) {
			line(out, stay.label(), Long.toString(stay.rows()));
		}
		if (!overview.stays().isEmpty()) {
			line(out, "Time span", overview.timeSpan()
					.map(span -> ValueText.of(span.start()) + " to " + ValueText.of(span.end())).orElse("none"));
		}
	}

	/** A label and its value, the value in the column where the lines above have theirs. */
	private static void line(PrintWriter out, String label, String value) {
		out.printf("%-10s %s%n", label, value);
	}
}
