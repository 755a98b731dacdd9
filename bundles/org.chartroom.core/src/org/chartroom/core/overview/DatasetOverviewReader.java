package org.chartroom.core.overview;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chartroom.core.store.ResultColumn;
import org.chartroom.core.store.RowHandler;
import org.chartroom.core.store.SqlDialect;
import org.chartroom.core.store.StoreException;
import org.chartroom.core.store.TableInfo;
import org.chartroom.core.store.Workspace;
import org.chartroom.model.warehouse.Column;
import org.chartroom.model.warehouse.Dataset;
import org.chartroom.model.warehouse.PatientSemantics;
import org.chartroom.model.warehouse.StaySemantics;
import org.chartroom.model.warehouse.Table;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Reads the {@link DatasetOverview} of a dataset from the semantics of its connector's model: the
 * patient table, the stay tables and their start and end columns. No table name is known here.
 *
 * <ul>
 * <li>Counts are the row counts the store recorded when the dataset was published
 * ({@link Workspace#tables}), so no table is counted again.</li>
 * <li>The time span is the earliest start to the latest end of the level-1 stays (MIMIC-III: hospital
 * admissions; OMOP: visits). Those enclose the stays within them, and unlike event times they are
 * present for every stay. A stay table without an end column adds its latest start. It is one
 * {@code MIN}/{@code MAX} query through {@link Workspace#query}.</li>
 * <li>Tables of the model that the dataset does not hold are left out.</li>
 * </ul>
 */
public final class DatasetOverviewReader {

	/** What the patient count is called, whatever the data set calls its patients. */
	public static final String PATIENTS = "Patients";

	private final Workspace workspace;

	public DatasetOverviewReader(Workspace workspace) {
		this.workspace = workspace;
	}

	/**
	 * The overview of a published dataset.
	 *
	 * @param dataset the dataset's name (any letter case)
	 * @param schema  the model of the connector the dataset came from (its {@code sourceKind})
	 * @param monitor cancels the time-span query; may be null
	 * @throws org.chartroom.core.store.UnknownDatasetException when there is no such dataset
	 */
	public DatasetOverview read(String dataset, Dataset schema, IProgressMonitor monitor) throws StoreException {
		SqlDialect dialect = workspace.dialect();
		Map<String, TableInfo> stored = workspace.tables(dataset).stream()
				.collect(Collectors.toMap(TableInfo::name, Function.identity()));
		Function<Table, Optional<TableInfo>> inStore = t -> Optional.ofNullable(stored.get(dialect.normalizeIdentifier(t.getName())));

		Optional<TableCount> patients = schema.getTables().stream().filter(t -> t.getSemantics() instanceof PatientSemantics)
				.flatMap(t -> inStore.apply(t).stream()).findFirst().map(t -> new TableCount(PATIENTS, t.name(), t.rowCount()));

		List<Table> stayTables = schema.getTables().stream().filter(t -> t.getSemantics() instanceof StaySemantics)
				.filter(t -> inStore.apply(t).isPresent()).toList();
		Map<Table, Integer> levels = StayLevels.of(stayTables);
		List<StayCount> stays = new ArrayList<>();
		for (Table table : stayTables) {
			TableInfo info = inStore.apply(table).orElseThrow();
			stays.add(new StayCount(label(table), info.name(), levels.get(table), info.rowCount()));
		}
		stays.sort(Comparator.comparingInt(StayCount::level)); // stable: the model's order within a level

		List<Table> topLevel = stayTables.stream().filter(t -> levels.get(t) == 1).toList();
		Optional<TimeSpan> span = topLevel.isEmpty() ? Optional.empty() : timeSpan(dataset, topLevel, monitor);
		return new DatasetOverview(patients, stays, span);
	}

	private static String label(Table table) {
		String label = ((StaySemantics) table.getSemantics()).getLabel();
		return label == null || label.isBlank() ? table.getName() : label;
	}

	private Optional<TimeSpan> timeSpan(String dataset, List<Table> stayTables, IProgressMonitor monitor)
			throws StoreException {
		SpanHandler handler = new SpanHandler();
		workspace.query(dataset, spanSql(stayTables), 0, handler, monitor);
		return handler.span();
	}

	/** {@code SELECT MIN(S), MAX(E) FROM (SELECT MIN(start) AS S, MAX(end) AS E FROM stays UNION ALL ...) AS SPANS}. */
	String spanSql(List<Table> stayTables) {
		List<String> parts = new ArrayList<>();
		for (Table table : stayTables) {
			StaySemantics stay = (StaySemantics) table.getSemantics();
			Column end = stay.getEndColumn() != null ? stay.getEndColumn() : stay.getStartColumn();
			parts.add("SELECT MIN(" + name(stay.getStartColumn()) + ") AS S, MAX(" + name(end) + ") AS E FROM "
					+ name(table.getName()));
		}
		return "SELECT MIN(S), MAX(E) FROM (" + String.join(" UNION ALL ", parts) + ") AS SPANS";
	}

	private String name(Column column) {
		return name(column.getName());
	}

	private String name(String identifier) {
		SqlDialect dialect = workspace.dialect();
		return dialect.quoteIdentifier(dialect.normalizeIdentifier(identifier));
	}

	/** Keeps the one row of the span query; dates without a time count from midnight. */
	private static final class SpanHandler implements RowHandler {

		private Object start;
		private Object end;

		@Override
		public void columns(List<ResultColumn> columns) {
			// two columns, by position
		}

		@Override
		public void row(Object[] values) {
			start = values[0];
			end = values[1];
		}

		Optional<TimeSpan> span() throws StoreException {
			if (start == null || end == null) {
				return Optional.empty(); // no stays, or none with a time
			}
			return Optional.of(new TimeSpan(time(start), time(end)));
		}

		private static LocalDateTime time(Object value) throws StoreException {
			if (value instanceof LocalDateTime time) {
				return time;
			}
			if (value instanceof LocalDate date) {
				return date.atStartOfDay();
			}
			throw new StoreException("The start and end columns of the stays hold " + value.getClass().getSimpleName()
					+ " values, not dates or times: the connector's model does not fit the dataset.");
		}
	}
}
