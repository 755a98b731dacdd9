package org.chartroom.cli.verbs;

import java.sql.JDBCType;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.chartroom.cli.Cli;
import org.chartroom.cli.output.ResultFormat;
import org.chartroom.cli.output.ResultWriter;
import org.chartroom.core.concepts.Concept;
import org.chartroom.core.concepts.ConceptIndex;
import org.chartroom.core.concepts.ConceptIndexReader;
import org.chartroom.core.concepts.ConceptPage;
import org.chartroom.core.concepts.ConceptQuery;
import org.chartroom.core.connector.Connector;
import org.chartroom.core.store.DatasetInfo;
import org.chartroom.core.store.QuerySummary;
import org.chartroom.core.store.ResultColumn;
import org.chartroom.core.store.StoreException;
import org.chartroom.core.store.UnknownDatasetException;
import org.chartroom.core.store.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code concepts --dataset NAME [--search TEXT] [--domain D] [--vocabulary V] [--table T] [--format table|csv|json]}:
 * the concepts of a dataset's dictionaries with how many patients and rows use them, best matches first.
 */
@Command(name = "concepts", mixinStandardHelpOptions = true,
		description = { "Search the concepts of a dataset's dictionaries (MIMIC-III D_ITEMS, D_LABITEMS, D_ICD_*; OMOP "
				+ "concept) by name or code, with how many patients and rows use each in the dataset.",
				"Every word of the search must occur in the label (any case), or the search is a key or code or its "
						+ "start. Exact matches come first, then used concepts by patients, then unused ones.",
				"csv and json print every match; table shows the first 100." })
public final class ConceptsVerb implements Callable<Integer> {

	/** Matches a table shows. */
	static final int TABLE_ROWS = 100;

	private static final List<ResultColumn> COLUMNS = List.of(text("KEY"), text("CODE"), text("LABEL"),
			text("DICTIONARY"), text("DOMAIN"), text("VOCABULARY"), number("PATIENTS"), number("ROWS"));

	@ParentCommand
	private Cli cli;

	@Option(names = "--dataset", paramLabel = "NAME", required = true, description = "The dataset whose concepts to list.")
	private String dataset;

	@Option(names = "--search", paramLabel = "TEXT", defaultValue = "",
			description = "Words of the label, or a key or code (or its start); default: every concept.")
	private String search;

	@Option(names = "--domain", paramLabel = "DOMAIN", description = "Only concepts of this category or domain (exact).")
	private String domain;

	@Option(names = "--vocabulary", paramLabel = "VOCABULARY", description = "Only concepts of this vocabulary (exact).")
	private String vocabulary;

	@Option(names = "--table", paramLabel = "TABLE", description = "Only concepts of this dictionary table.")
	private String table;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
			description = "table, csv or json (default: ${DEFAULT-VALUE}).")
	private ResultFormat format;

	@Override
	public Integer call() throws Exception {
		ResultWriter writer = format.writer(cli.output().out());
		try (Workspace workspace = cli.openWorkspace()) {
			DatasetInfo info = workspace.findDataset(dataset).orElse(null);
			if (info == null) {
				workspace.tables(dataset); // throws the error that names the datasets there are
				throw new UnknownDatasetException("Unknown dataset '" + dataset + "'.");
			}
			Connector connector = cli.connectors().find(info.sourceKind())
					.orElseThrow(() -> new StoreException("No connector '" + info.sourceKind() + "' is installed (installed: "
							+ cli.connectors().ids() + "): the concepts of dataset " + info.name() + " are read through its model."));
			long start = System.nanoTime();
			ConceptIndex index = new ConceptIndexReader(workspace).read(info.name(), connector.schema(), null);
			int limit = writer.rowLimit() == 0 ? Integer.MAX_VALUE : writer.rowLimit();
			ConceptPage page = index.search(new ConceptQuery(search, Optional.ofNullable(domain),
					Optional.ofNullable(vocabulary), Optional.ofNullable(table), 0, limit));
			writer.columns(COLUMNS);
			for (Concept concept : page.concepts()) {
				writer.row(new Object[] { concept.key(), orNull(concept.code()), concept.label(), concept.dictionary(),
						orNull(concept.category()), orNull(concept.vocabulary()), concept.patients(), concept.rows() });
			}
			QuerySummary summary = new QuerySummary(page.concepts().size(), page.total() > page.concepts().size(),
					Duration.ofNanos(System.nanoTime() - start));
			writer.finish(summary);
			if (writer.rowLimit() != 0) {
				cli.output().err().println(page.total() > page.concepts().size()
						? "Showing the first " + page.concepts().size() + " of " + page.total()
								+ " concepts. Use --format csv or json for every one."
						: page.total() == 1 ? "1 concept" : page.total() + " concepts");
			}
		}
		return Cli.EXIT_OK;
	}

	/** What the dictionary lacks or leaves empty prints as NULL, as a query of it would. */
	private static String orNull(String value) {
		return value.isEmpty() ? null : value;
	}

	private static ResultColumn text(String name) {
		return new ResultColumn(name, JDBCType.VARCHAR, "VARCHAR");
	}

	private static ResultColumn number(String name) {
		return new ResultColumn(name, JDBCType.BIGINT, "BIGINT");
	}
}
