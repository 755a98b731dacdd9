package org.chartroom.cli.verbs;

import java.io.IOException;
import java.net.URI;
import java.sql.JDBCType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.chartroom.cli.Cli;
import org.chartroom.cli.output.ResultFormat;
import org.chartroom.cli.output.ResultWriter;
import org.chartroom.cohort.sql.CriterionType;
import org.chartroom.core.connector.Connector;
import org.chartroom.core.contrib.Contribution;
import org.chartroom.core.contrib.Contributions;
import org.chartroom.core.generate.DataGenerator;
import org.chartroom.core.store.QuerySummary;
import org.chartroom.core.store.ResultColumn;
import org.chartroom.core.store.Store;
import org.chartroom.core.store.StoreException;
import org.chartroom.install.InstallException;
import org.chartroom.install.Plugin;
import org.chartroom.install.PluginInstaller;
import org.chartroom.install.RepositoryLocation;
import org.chartroom.population.PopulationStatistic;
import org.chartroom.report.ReportDesign;
import org.osgi.framework.BundleContext;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code plugins [--format table|csv|json]}: every installed contribution by kind (connectors, stores,
 * data generators, report designs) with the bundle that contributes it and its version. Services are
 * listed from their registrations; only those whose properties do not name them are asked, safely.
 */
@Command(name = "plugins", mixinStandardHelpOptions = true,
		description = { "List the installed contributions: connectors, stores, data generators, report designs, cohort "
				+ "criterion types, population statistics and patient panels, each with the bundle that contributes it and its version.",
				"With --repository: list the plugins a p2 repository (an update site's address, a folder or a .zip) offers, "
						+ "or install some with --install. With --updates: list newer versions of installed plugins in the "
						+ "repositories they came from (or in --repository); --update installs them. Installed plugins take "
						+ "effect from the next start." })
public final class PluginsVerb implements Callable<Integer> {

	private static final String PATIENT_PANEL = "org.chartroom.ui.patients.panels.PatientPanel";
	private static final String PANEL_LABEL = "chartroom.panel.label";
	private static final String PANEL_DOMAIN = "chartroom.panel.domain";
	private static final List<String> COLUMNS = List.of("KIND", "ID", "LABEL", "BUNDLE", "VERSION");

	@ParentCommand
	private Cli cli;

	@Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table",
			description = "Output format: table (default), csv or json.")
	private ResultFormat format;

	@Option(names = "--repository", paramLabel = "LOCATION",
			description = "A p2 repository: https://…, file:…, a folder or a .zip file.")
	private Optional<String> repository;

	@Option(names = "--install", paramLabel = "ID", description = "Install this plugin (feature id) from --repository; repeatable.")
	private List<String> install = new ArrayList<>();

	@Option(names = "--updates", description = "List installed plugins that have a newer version.")
	private boolean updates;

	@Option(names = "--update", description = "Install the newer versions --updates lists.")
	private boolean update;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() throws IOException, StoreException {
		if (!install.isEmpty() && repository.isEmpty()) {
			throw new ParameterException(spec.commandLine(), "--install needs --repository: where to install from.");
		}
		if ((updates || update) && !install.isEmpty()) {
			throw new ParameterException(spec.commandLine(), "--install and --updates/--update are separate steps: use one.");
		}
		if (updates || update) {
			return updates();
		}
		if (repository.isPresent()) {
			return repository();
		}
		return installed();
	}

	/** What the repository offers, or, with --install, installs from it and lists what is installed now. */
	private int repository() throws IOException, StoreException {
		try {
			PluginInstaller installer = PluginInstaller.forRunningProduct();
			URI location = RepositoryLocation.parse(repository.get());
			if (!install.isEmpty()) {
				installer.install(location, install, monitor());
				cli.output().err().println("Installed " + String.join(", ", install) + "; it takes effect from the next start.");
			}
			write(List.of("ID", "NAME", "VERSION", "INSTALLED"), installer.available(location, null).stream()
					.map(p -> new Object[] { p.id(), p.name(), p.version(), p.installedVersion().orElse(null) }).toList());
			return Cli.EXIT_OK;
		} catch (InstallException e) {
			throw new StoreException(e.getMessage(), e);
		}
	}

	private int updates() throws IOException, StoreException {
		try {
			PluginInstaller installer = PluginInstaller.forRunningProduct();
			List<URI> repositories = new ArrayList<>();
			if (repository.isPresent()) {
				repositories.add(RepositoryLocation.parse(repository.get()));
			} else {
				repositories.addAll(installer.knownRepositories());
			}
			List<Plugin> newer = repositories.isEmpty() ? List.of() : installer.updates(repositories, monitor());
			if (update && !newer.isEmpty()) {
				installer.update(repositories, newer.stream().map(Plugin::id).toList(), monitor());
				cli.output().err().println("Updated " + newer.stream().map(Plugin::id).collect(Collectors.joining(", "))
						+ "; the new versions take effect from the next start.");
			}
			write(List.of("ID", "NAME", "INSTALLED", "AVAILABLE"), newer.stream()
					.map(p -> new Object[] { p.id(), p.name(), p.installedVersion().orElse(null), p.version() }).toList());
			return Cli.EXIT_OK;
		} catch (InstallException e) {
			throw new StoreException(e.getMessage(), e);
		}
	}

	private IProgressMonitor monitor() {
		return new NullProgressMonitor();
	}

	private void write(List<String> columns, List<Object[]> rows) throws IOException {
		ResultWriter writer = format.writer(cli.output().out());
		writer.columns(columns.stream().map(name -> new ResultColumn(name, JDBCType.VARCHAR, "VARCHAR")).toList());
		for (Object[] row : rows) {
			writer.row(row);
		}
		writer.finish(new QuerySummary(rows.size(), false, Duration.ZERO));
	}

	private int installed() throws IOException {
		BundleContext context = FrameworkUtil.getBundle(PluginsVerb.class).getBundleContext();
		Contributions contributions = cli.contributions();
		List<Contribution> all = new ArrayList<>();
		all.addAll(contributions.list(context, "connector", Connector.class, Optional.of("chartroom.connector"), Connector::id,
				Connector::displayName));
		all.addAll(contributions.list(context, "store", Store.class, Optional.of("chartroom.store"), Store::id,
				Store::description));
		all.addAll(contributions.list(context, "generator", DataGenerator.class, Optional.empty(), DataGenerator::id,
				DataGenerator::displayName));
		all.addAll(contributions.list(context, "report", ReportDesign.class, Optional.empty(), ReportDesign::id,
				ReportDesign::name));
		all.addAll(contributions.list(context, "criterion", CriterionType.class, Optional.empty(),
				type -> type.criterionClass().getName(), type -> type.criterionClass().getEPackage().getNsURI()));
		all.addAll(contributions.list(context, "statistic", PopulationStatistic.class, Optional.empty(), PopulationStatistic::id,
				statistic -> "Table 1 row"));
		all.addAll(panels(context));
		write(COLUMNS, all.stream().map(c -> new Object[] { c.kind(), c.id(), c.label(), c.bundle(), c.version() }).toList());
		return Cli.EXIT_OK;
	}

	/**
	 * The patient browser's panels, from their service properties only: the workbench's panel interface
	 * is not loaded headless, so they are found by its name.
	 */
	private static List<Contribution> panels(BundleContext context) {
		List<Contribution> panels = new ArrayList<>();
		try {
			ServiceReference<?>[] references = context.getServiceReferences(PATIENT_PANEL, null);
			for (ServiceReference<?> reference : references == null ? new ServiceReference<?>[0] : references) {
				if (reference.getBundle() != null && reference.getProperty(PANEL_LABEL) instanceof String label) {
					String domain = reference.getProperty(PANEL_DOMAIN) instanceof String d ? d : "any";
					panels.add(new Contribution("patient panel", label, "events: " + domain, reference.getBundle().getSymbolicName(),
							reference.getBundle().getVersion().toString()));
				}
			}
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e); // no filter given
		}
		panels.sort((a, b) -> a.id().compareTo(b.id()));
		return panels;
	}
}
