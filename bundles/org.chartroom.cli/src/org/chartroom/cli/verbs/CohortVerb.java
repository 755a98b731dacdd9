package org.chartroom.cli.verbs;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.chartroom.cli.Cli;
import org.chartroom.cli.output.ResultFormat;
import org.chartroom.cli.output.ResultWriter;
import org.chartroom.cohort.Cohort;
import org.chartroom.cohort.atlas.AtlasImport;
import org.chartroom.cohort.atlas.AtlasImport.Imported;
import org.chartroom.cohort.io.CohortXmi;
import org.chartroom.cohort.io.SavedCohorts;
import org.chartroom.cohort.run.AttritionStep;
import org.chartroom.cohort.run.CohortCounter;
import org.chartroom.cohort.run.CohortCounts;
import org.chartroom.cohort.sql.CohortCompiler;
import org.chartroom.cohort.sql.CompiledCohort;
import org.chartroom.cohort.sql.SqlPart;
import org.chartroom.core.connector.Connector;
import org.chartroom.core.store.DatasetInfo;
import org.chartroom.core.store.QuerySummary;
import org.chartroom.core.store.StoreException;
import org.chartroom.core.store.UnknownDatasetException;
import org.chartroom.core.store.Workspace;
import org.chartroom.model.warehouse.Dataset;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cohort --dataset NAME --definition FILE(.xmi|.json) [--save NAME] [--out members.csv]}: counts a
 * cohort definition (Chartroom XMI or OHDSI ATLAS JSON) on a dataset and prints entries, patients and the
 * attrition; {@code --save} keeps it in the workspace, {@code --out} writes its entries as CSV.
 */
@Command(name = "cohort", mixinStandardHelpOptions = true,
		description = { "Count a cohort on a dataset: entries, distinct patients and how many remain after each criterion.",
				"The definition is a Chartroom cohort (.xmi) or an OHDSI ATLAS cohort (.json); ATLAS features Chartroom "
						+ "does not support are listed on stderr." })
public final class CohortVerb implements Callable<Integer> {

	@ParentCommand
	private Cli cli;

	@Spec
	private CommandSpec spec;

	@Option(names = "--dataset", paramLabel = "NAME", required = true, description = "The dataset to count the cohort on.")
	private String dataset;

	@Option(names = "--definition", paramLabel = "FILE", required = true,
			description = "The cohort definition: a .xmi file (Chartroom) or a .json file (OHDSI ATLAS).")
	private Path definition;

	@Option(names = "--save", paramLabel = "NAME",
			description = "Save the cohort under NAME in the workspace, with its entries in the dataset's table CHARTROOM_COHORT_MEMBERS.")
	private String save;

	@Option(names = "--out", paramLabel = "FILE", description = "Write the cohort's entries to FILE as CSV.")
	private Path out;

	@Override
	public Integer call() throws Exception {
		String extension = extension();
		if (save != null) {
			try {
				SavedCohorts.checkName(save);
			} catch (StoreException e) {
				throw new ParameterException(spec.commandLine(), "--save: " + e.getMessage());
			}
		}
		try (Workspace workspace = cli.openWorkspace()) {
			DatasetInfo info = workspace.findDataset(dataset).orElse(null);
			if (info == null) {
				workspace.tables(dataset); // throws the error that names the datasets there are
				throw new UnknownDatasetException("Unknown dataset '" + dataset + "'.");
			}
			Connector connector = cli.connectorOf(info, ", so cohorts on dataset " + info.name() + " cannot be compiled.");
			Dataset schema = connector.schemaOf(info);
			Cohort cohort = read(extension, schema);
			CompiledCohort compiled = new CohortCompiler(schema, workspace.dialect()).compile(cohort);
			CohortCounts counts = new CohortCounter(workspace, info.name()).count(compiled, null);
			print(info, counts);
			if (save != null) {
				long saved = new SavedCohorts(workspace).save(info.name(), save, cohort, compiled, null);
				cli.output().err().println("Saved cohort " + save + " of dataset " + info.name() + ": " + saved
						+ " entries in CHARTROOM_COHORT_MEMBERS.");
			}
			if (out != null) {
				writeMembers(workspace, info.name(), compiled.entries());
			}
		}
		return Cli.EXIT_OK;
	}

	private String extension() {
		String name = definition.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".xmi")) {
			return "xmi";
		}
		if (name.endsWith(".json")) {
			return "json";
		}
		throw new ParameterException(spec.commandLine(),
				"--definition: " + definition + " is neither a .xmi (Chartroom) nor a .json (ATLAS) cohort definition.");
	}

	private Cohort read(String extension, Dataset schema) throws StoreException {
		try {
			if (extension.equals("xmi")) {
				return CohortXmi.read(definition);
			}
			Imported imported = AtlasImport.read(definition, schema);
			imported.warnings().forEach(w -> cli.output().err().println("warning: " + w));
			return imported.cohort();
		} catch (NoSuchFileException e) {
			throw new StoreException("Cannot read " + definition + ": no such file.", e);
		} catch (IOException e) {
			throw new StoreException(e.getMessage(), e);
		}
	}

	private void print(DatasetInfo info, CohortCounts counts) {
		PrintWriter stdout = cli.output().out();
		stdout.println("Dataset    " + info.name());
		stdout.println("Entries    " + counts.entries() + " " + counts.attrition().get(0).label());
		stdout.println("Patients   " + counts.patients());
		stdout.println();
		int width = Math.max(4, counts.attrition().stream().mapToInt(s -> s.label().length()).max().orElse(4));
		stdout.println(String.format("%-" + width + "s  %8s  %8s", "Attrition", "entries", "patients"));
		for (AttritionStep step : counts.attrition()) {
			stdout.println(String.format("%-" + width + "s  %8d  %8d", step.label(), step.entries(), step.patients()));
		}
	}

	private void writeMembers(Workspace workspace, String name, SqlPart entries) throws StoreException {
		Path target = out.toAbsolutePath();
		Path part = target.resolveSibling(target.getFileName() + ".part");
		try {
			try (Writer file = Files.newBufferedWriter(part, StandardCharsets.UTF_8); PrintWriter csv = new PrintWriter(file)) {
				ResultWriter writer = ResultFormat.csv.writer(csv);
				QuerySummary summary = workspace.query(name, entries.sql(), entries.parameters(), 0, writer, null);
				writer.finish(summary);
				csv.flush();
				if (csv.checkError()) {
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
