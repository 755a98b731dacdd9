package org.chartroom.cli.verbs;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.chartroom.cli.CancelOnInterrupt;
import org.chartroom.cli.Cli;
import org.chartroom.cli.ProgressLines;
import org.chartroom.core.generate.DataGenerator;
import org.chartroom.core.generate.DataGenerator.GeneratedTable;
import org.eclipse.core.runtime.OperationCanceledException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code generate --source KIND --patients N [--seed S] OUT}: synthetic source files, e.g. MIMIC-III-shaped. */
@Command(name = "generate", mixinStandardHelpOptions = true,
		description = { "Write synthetic source files shaped like a connector's input, ready for 'chartroom import'.",
				"Use them for a demo without PhysioNet credentials, or for benchmarks at scale.",
				"The same --patients and --seed always give the same files. Progress goes to stderr; the summary to stdout." })
public final class GenerateVerb implements Callable<Integer> {

	/** ROW_IDs are 32-bit integers; at about 7,600 CHARTEVENTS rows a patient this keeps well below 2^31. */
	static final int MAX_PATIENTS = 200_000;

	@ParentCommand
	private Cli cli;

	@Spec
	private CommandSpec spec;

	@Option(names = "--source", paramLabel = "KIND", required = true,
			description = "The kind of files, e.g. mimic3 (one value per installed generator).")
	private String source;

	@Option(names = "--patients", paramLabel = "N", required = true, description = "How many patients: 1 to 200,000.")
	private int patients;

	@Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "The random seed (default: ${DEFAULT-VALUE}).")
	private long seed;

	@Parameters(paramLabel = "OUT", arity = "1", description = "The folder to write into; it must be new or empty.")
	private Path out;

	@Override
	public Integer call() throws Exception {
		if (patients < 1 || patients > MAX_PATIENTS) {
			throw new ParameterException(spec.commandLine(),
					String.format(Locale.ROOT, "--patients must be between 1 and %,d, not %d.", MAX_PATIENTS, patients));
		}
		DataGenerator generator = cli.generators().find(source.toLowerCase(Locale.ROOT)).orElseThrow(() -> new ParameterException(
				spec.commandLine(), "Unknown source '" + source + "'. Known generators: " + cli.generators().ids() + "."));
		Path folder = out.toAbsolutePath().normalize();
		PrintWriter err = cli.output().err();
		String refusal = refusal(folder);
		if (refusal != null) {
			err.println("chartroom: " + refusal);
			return Cli.EXIT_FAILED;
		}
		ProgressLines progress = new ProgressLines(err,
				percent -> String.format(Locale.ROOT, "%,d of %,d patients", (long) patients * percent / 100, patients));
		List<GeneratedTable> tables;
		try (CancelOnInterrupt interrupt = new CancelOnInterrupt(progress)) {
			tables = generator.generate(patients, seed, folder, progress);
		} catch (OperationCanceledException e) {
			err.println("chartroom: Cancelled; the files written so far were removed.");
			return Cli.EXIT_FAILED;
		} catch (IOException e) {
			err.println("chartroom: Cannot write the files in " + folder + ": " + e.getMessage());
			return Cli.EXIT_FAILED;
		}
		long rows = 0;
		for (GeneratedTable table : tables) {
			err.printf(Locale.ROOT, "%-20s %,12d rows%n", table.table(), table.rows());
			rows += table.rows();
		}
		cli.output().out().printf(Locale.ROOT, "Generated %d files, %,d rows for %,d %s in %s%n", tables.size(), rows, patients,
				patients == 1 ? "patient" : "patients", folder);
		return Cli.EXIT_OK;
	}

	/** Why the generator may not write into {@code folder}, or null when it may: it must be new or an empty folder. */
	private static String refusal(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return null;
		}
		if (!Files.isDirectory(folder)) {
			return folder + " is not a folder. Give a new or empty folder to write the files into.";
		}
		try (Stream<Path> entries = Files.list(folder)) {
			if (entries.findAny().isPresent()) {
				return "The folder " + folder + " is not empty. Give a new or empty folder: generate never overwrites files.";
			}
		}
		return null;
	}
}
