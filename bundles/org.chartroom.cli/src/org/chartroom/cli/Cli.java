package org.chartroom.cli;

import java.util.Optional;

import org.chartroom.cli.verbs.CohortVerb;
import org.chartroom.cli.verbs.ConceptsVerb;
import org.chartroom.cli.verbs.GenerateVerb;
import org.chartroom.cli.verbs.ImportVerb;
import org.chartroom.cli.verbs.InfoVerb;
import org.chartroom.cli.verbs.PatientVerb;
import org.chartroom.cli.verbs.PluginsVerb;
import org.chartroom.cli.verbs.PopulationVerb;
import org.chartroom.cli.verbs.QueryVerb;
import org.chartroom.cli.verbs.ReportVerb;
import org.chartroom.cli.verbs.SchemaVerb;
import org.chartroom.core.connector.Connector;
import org.chartroom.core.contrib.Contributions;
import org.chartroom.core.generate.DataGenerator;
import org.chartroom.core.store.DatasetInfo;
import org.chartroom.core.store.Store;
import org.chartroom.core.store.StoreException;
import org.chartroom.core.store.Workspace;
import org.chartroom.core.workspace.WorkspaceLocation;
import org.eclipse.core.runtime.OperationCanceledException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code chartroom} command: its verbs, the options every verb shares, and the exit codes
 * of the contract ({@code ../shared/notes/cli.md}). A verb is one small class in
 * {@link org.chartroom.cli.verbs}.
 */
@Command(name = "chartroom", mixinStandardHelpOptions = true, versionProvider = ChartroomVersion.class,
		description = "Chartroom: a workbench for health data warehouses (MIMIC-III, MIMIC-IV, OMOP CDM).%n"
				+ "Without a verb, ./chartroom opens the workbench window.",
		subcommands = { HelpCommand.class, InfoVerb.class, QueryVerb.class, ImportVerb.class, GenerateVerb.class,
				ConceptsVerb.class, SchemaVerb.class, ReportVerb.class, PatientVerb.class, CohortVerb.class,
				PluginsVerb.class, PopulationVerb.class },
		footer = { "", "Run 'chartroom VERB --help' for the options of one verb." })
public final class Cli {

	public static final int EXIT_OK = 0;
	public static final int EXIT_FAILED = 1;
	public static final int EXIT_USAGE = 2;

	private final Store store;
	private final Installed<Connector> connectors;
	private final Installed<DataGenerator> generators;
	private final CliOutput output;
	private final Contributions contributions;

	@Option(names = "--workspace", paramLabel = "DIR", scope = ScopeType.INHERIT,
			description = "The workspace folder (default: $CHARTROOM_WORKSPACE, else ~/.chartroom/workspace).")
	private String workspaceOption;

	public Cli(Store store, Installed<Connector> connectors, Installed<DataGenerator> generators, CliOutput output) {
		this.store = store;
		this.output = output;
		// A plugin that throws is left out, named once on stderr; the verbs go on with the others.
		this.contributions = new Contributions(fault -> output.err().println("chartroom: " + fault.message()));
		this.connectors = connectors.isolatedBy(contributions, "connector");
		this.generators = generators.isolatedBy(contributions, "generator");
	}

	public int run(String... args) {
		CommandLine commandLine = new CommandLine(this)
				.setExpandAtFiles(false)
				.setOut(output.out())
				.setErr(output.err())
				.setCaseInsensitiveEnumValuesAllowed(true)
				.setParameterExceptionHandler(this::usageError)
				.setExecutionExceptionHandler((e, cl, parsed) -> failure(e));
		if (args.length == 0) {
			commandLine.usage(output.err());
			return EXIT_USAGE;
		}
		int code = commandLine.execute(args);
		output.out().flush();
		return code;
	}

	/** Opens the workspace the options and environment name. The caller closes it. */
	public Workspace openWorkspace() throws StoreException {
		return store.open(WorkspaceLocation.resolve(Optional.ofNullable(workspaceOption)));
	}

	public Store store() {
		return store;
	}

	/** The installed connectors, for verbs that take {@code --source}. */
	public Installed<Connector> connectors() {
		return connectors;
	}

	/**
	 * The installed connector a dataset was imported with, whose model verbs read it through.
	 *
	 * @param consequence ends the message when it is not installed, e.g. {@code ", so its schema is unknown."}
	 */
	public Connector connectorOf(DatasetInfo dataset, String consequence) throws StoreException {
		return connectors.find(dataset.sourceKind()).orElseThrow(() -> new StoreException("No connector '"
				+ dataset.sourceKind() + "' is installed (installed: " + connectors.ids() + ")" + consequence));
	}

	/** The installed generators of synthetic files, for {@code generate --source}. */
	public Installed<DataGenerator> generators() {
		return generators;
	}

	/** Calls into contributed services that report a fault once and leave the contribution out. */
	public Contributions contributions() {
		return contributions;
	}

	public CliOutput output() {
		return output;
	}

	private int usageError(ParameterException e, String[] args) {
		CommandLine failed = e.getCommandLine();
		String message = e.getMessage();
		if (e instanceof UnmatchedArgumentException unmatched && failed.getCommandSpec().userObject() == this
				&& !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().get(0).startsWith("-")) {
			message = "Unknown verb '" + unmatched.getUnmatched().get(0) + "'.";
		}
		output.err().println("chartroom: " + message);
		String name = failed.getCommandSpec().qualifiedName(" ");
		output.err().println("Run '" + name + " --help' for usage" + (failed.getCommandSpec().userObject() == this ? ", or 'chartroom help' for the verbs." : "."));
		return EXIT_USAGE;
	}

	private int failure(Exception e) {
		if (e instanceof StoreException || e instanceof OperationCanceledException) {
			output.err().println("chartroom: " + e.getMessage());
		} else {
			output.err().println("chartroom: internal error: " + e);
			e.printStackTrace(output.err());
		}
		return EXIT_FAILED;
	}
}
