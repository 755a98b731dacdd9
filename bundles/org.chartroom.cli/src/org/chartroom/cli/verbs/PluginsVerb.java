package org.chartroom.cli.verbs;

import java.io.IOException;
import java.sql.JDBCType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.chartroom.cli.Cli;
import org.chartroom.cli.output.ResultFormat;
import org.chartroom.cli.output.ResultWriter;
import org.chartroom.core.connector.Connector;
import org.chartroom.core.contrib.Contribution;
import org.chartroom.core.contrib.Contributions;
import org.chartroom.core.generate.DataGenerator;
import org.chartroom.core.store.QuerySummary;
import org.chartroom.core.store.ResultColumn;
import org.chartroom.core.store.Store;
import org.chartroom.report.ReportDesign;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code plugins [--format table|csv|json]}: every installed contribution by kind (connectors, stores,
 * data generators, report designs) with the bundle that contributes it and its version. Services are
 * listed from their registrations; only those whose properties do not name them are asked, safely.
 */
@Command(name = "plugins", mixinStandardHelpOptions = true,
		description = { "List the installed contributions: connectors, stores, data generators and report designs, "
				+ "each with the bundle that contributes it and its version." })
public final class PluginsVerb implements Callable<Integer> {

	private static final List<String> COLUMNS = List.of("KIND", "ID", "LABEL", "BUNDLE", "VERSION");

	@ParentCommand
	private Cli cli;

	@Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table",
			description = "Output format: table (default), csv or json.")
	private ResultFormat format;

	@Override
	public Integer call() throws IOException {
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
		ResultWriter writer = format.writer(cli.output().out());
		writer.columns(COLUMNS.stream().map(name -> new ResultColumn(name, JDBCType.VARCHAR, "VARCHAR")).toList());
		for (Contribution contribution : all) {
			writer.row(new Object[] { contribution.kind(), contribution.id(), contribution.label(), contribution.bundle(),
					contribution.version() });
		}
		writer.finish(new QuerySummary(all.size(), false, Duration.ZERO));
		return Cli.EXIT_OK;
	}
}
