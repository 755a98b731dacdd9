package org.chartroom.cli.verbs;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.JDBCType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.chartroom.cli.Cli;
import org.chartroom.cli.output.ResultFormat;
import org.chartroom.cli.output.ResultWriter;
import org.chartroom.cohort.sql.SqlPart;
import org.chartroom.core.store.DatasetInfo;
import org.chartroom.core.store.QuerySummary;
import org.chartroom.core.store.ResultColumn;
import org.chartroom.core.store.StoreException;
import org.chartroom.core.store.UnknownDatasetException;
import org.chartroom.core.store.Workspace;
import org.chartroom.model.warehouse.Dataset;
import org.chartroom.population.ConceptRef;
import org.chartroom.population.InstalledStatistics;
import org.chartroom.population.MeasurementStatistic;
import org.chartroom.population.Population;
import org.chartroom.population.PopulationContext;
import org.chartroom.population.PopulationException;
import org.chartroom.population.PopulationStatistic;
import org.chartroom.population.Populations;
import org.chartroom.population.Table1;
import org.chartroom.population.Table1Calculator;
import org.chartroom.population.Table1Row;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code population --dataset NAME [--cohort NAME] [--concept DICT:CODE]... [--members] [--format table|csv|json] [--out FILE]}:
 * the Table 1 of a dataset's top-level stays or of a saved cohort's entries; {@code --members} lists the entries instead.
 */
@Command(name = "population", mixinStandardHelpOptions = true,
		description = { "Describe a population in a Table 1: patients, entries, age at entry, sex, length of stay, mortality "
				+ "and the first value in each entry of chosen measurements (median and IQR, type 7 quantiles).",
				"The population is every top-level stay of the dataset (admissions, visits) or the entries of a saved cohort "
						+ "(see 'cohort --save'). With --members, the entries are listed instead." })
public final class PopulationVerb implements Callable<Integer> {

	private static final List<ResultColumn> TABLE1_COLUMNS = List.of(new ResultColumn("characteristic", JDBCType.VARCHAR, "VARCHAR"),
			new ResultColumn("value", JDBCType.VARCHAR, "VARCHAR"), new ResultColumn("n", JDBCType.BIGINT, "BIGINT"));

	@ParentCommand
	private Cli cli;

	@Spec
	private CommandSpec spec;

	@Option(names = "--dataset", paramLabel = "NAME", required = true, description = "The dataset.")
	private String dataset;

	@Option(names = "--cohort", paramLabel = "NAME", description = "A saved cohort of the dataset (default: the whole dataset).")
	private String cohort;

	@Option(names = "--concept", paramLabel = "DICT:CODE",
			description = "A measured concept by dictionary table and key, e.g. D_ITEMS:220045 (MIMIC-III heart rate) or "
					+ "CONCEPT:3027018 (OMOP); repeatable.")
	private List<String> concepts = new ArrayList<>();

	@Option(names = "--members", description = "List the population's entries (PATIENT_ID, ENTRY_ID, ENTRY_START, ENTRY_END) instead of the Table 1.")
	private boolean members;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
	private ResultFormat format;

	@Option(names = "--out", paramLabel = "FILE", description = "Write the result to FILE instead of stdout.")
	private Path out;

	@Override
	public Integer call() throws Exception {
		List<MeasurementStatistic> measurements = new ArrayList<>();
		for (String concept : concepts) {
			try {
				measurements.add(new MeasurementStatistic(ConceptRef.parse(concept)));
			} catch (IllegalArgumentException e) {
				throw new ParameterException(spec.commandLine(), "--concept: " + e.getMessage() + ".");
			}
		}
		try (Workspace workspace = cli.openWorkspace()) {
			DatasetInfo info = workspace.findDataset(dataset).orElse(null);
			if (info == null) {
				workspace.tables(dataset); // throws the error that names the datasets there are
				throw new UnknownDatasetException("Unknown dataset '" + dataset + "'.");
			}
			Dataset schema = cli.connectorOf(info, ", so the population of dataset " + info.name() + " cannot be read.").schemaOf(info);
			Populations populations = new Populations(workspace);
			Population population = cohort == null ? populations.wholeDataset(info, schema) : populations.savedCohort(info, schema, cohort);
			PopulationContext context = new PopulationContext(workspace, info, schema, population);
			for (MeasurementStatistic measurement : measurements) {
				try {
					measurement.resolve(context, null);
				} catch (PopulationException e) {
					throw new ParameterException(spec.commandLine(), "--concept " + measurement.concept() + ": " + e.getMessage());
				}
			}
			if (out == null) {
				write(context, measurements, cli.output().out());
			} else {
				writeFile(context, measurements);
			}
		}
		return Cli.EXIT_OK;
	}

	private void write(PopulationContext context, List<MeasurementStatistic> measurements, PrintWriter target)
			throws StoreException, IOException {
		ResultWriter writer = format.writer(target);
		long start = System.nanoTime();
		if (members) {
			SqlPart entries = context.population().entries();
			QuerySummary summary = context.workspace().query(context.dataset().name(), "SELECT m.PATIENT_ID, m.ENTRY_ID, m.ENTRY_START, "
					+ "m.ENTRY_END FROM (" + entries.sql() + ") m ORDER BY m.PATIENT_ID, m.ENTRY_START, m.ENTRY_ID", entries.parameters(),
					writer.rowLimit(), writer, null);
			writer.finish(summary);
			writer.footer(summary).ifPresent(cli.output().err()::println);
			return;
		}
		List<PopulationStatistic> statistics = new ArrayList<>(InstalledStatistics.list());
		statistics.addAll(measurements);
		Table1 table = Table1Calculator.compute(context, statistics, null);
		writer.columns(TABLE1_COLUMNS);
		for (Table1Row row : table.rows()) {
			writer.row(new Object[] { row.characteristic(), row.value(), row.n() });
		}
		writer.finish(new QuerySummary(table.rows().size(), false, Duration.ofNanos(System.nanoTime() - start)));
		cli.output().err().println("Table 1 of " + context.population().title() + " (entries: " + context.population().entryLabel()
				+ "; " + statistics.size() + " statistics)");
	}

	private void writeFile(PopulationContext context, List<MeasurementStatistic> measurements) throws StoreException {
		Path target = out.toAbsolutePath();
		Path part = target.resolveSibling(target.getFileName() + ".part");
		try {
			try (Writer file = Files.newBufferedWriter(part, StandardCharsets.UTF_8); PrintWriter printer = new PrintWriter(file)) {
				write(context, measurements, printer);
				printer.flush();
				if (printer.checkError()) {
					throw new IOException("the write failed");
				}
			}
			Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (NoSuchFileException e) {
			throw new StoreException("Cannot write " + out + ": its folder does not exist.", e);
		} catch (IOException e) {
			throw new StoreException("Cannot write " + out + ": " + e.getMessage(), e);
		} finally {
			try {
				Files.deleteIfExists(part);
			} catch (IOException e) {
				// nothing more to do
			}
		}
	}
}
