package org.chartroom.core.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.chartroom.core.store.DatasetDraft;
import org.chartroom.core.store.DatasetInfo;
import org.chartroom.core.store.QuerySummary;
import org.chartroom.core.store.RowHandler;
import org.chartroom.core.store.SqlDialect;
import org.chartroom.core.store.Store;
import org.chartroom.core.store.TableInfo;
import org.chartroom.core.store.Workspace;
import org.chartroom.core.workspace.DatasetName;
import org.chartroom.model.warehouse.Column;
import org.chartroom.model.warehouse.Dataset;
import org.chartroom.model.warehouse.ForeignKey;
import org.chartroom.model.warehouse.PatientSemantics;
import org.chartroom.model.warehouse.StaySemantics;
import org.chartroom.model.warehouse.Table;
import org.chartroom.model.warehouse.WarehouseFactory;
import org.eclipse.core.runtime.IProgressMonitor;
import org.junit.jupiter.api.Test;

/** The overview from a model's semantics, over a workspace that answers from memory. */
class DatasetOverviewReaderTest {

	private static final WarehouseFactory FACTORY = WarehouseFactory.eINSTANCE;

	/**
	 * An OMOP-like model, listed out of order on purpose: visit details (within visits, by foreign key),
	 * wards (within details, by the name of the id column, and absent from the dataset), persons, visits.
	 */
	private static Dataset model() {
		Dataset dataset = FACTORY.createDataset();
		dataset.setName("omopish");
		Table details = table(dataset, "visit_detail", "visit_detail_id", "person_id", "visit_occurrence_id", "start_at", "end_at");
		Table wards = table(dataset, "ward_stay", "ward_stay_id", "person_id", "visit_detail_id", "start_at");
		Table persons = table(dataset, "person", "person_id", "year_of_birth");
		Table visits = table(dataset, "visit_occurrence", "visit_occurrence_id", "person_id", "start_date", "end_date");

		PatientSemantics patient = FACTORY.createPatientSemantics();
		patient.setIdColumn(column(persons, "person_id"));
		persons.setSemantics(patient);

		stay(visits, "visit_occurrence_id", "start_date", "end_date", null, "Visits");
		stay(details, "visit_detail_id", "start_at", "end_at", "visit_occurrence_id", null);
		ForeignKey toVisit = FACTORY.createForeignKey();
		toVisit.getColumns().add(column(details, "visit_occurrence_id"));
		toVisit.setTargetTable(visits);
		toVisit.getTargetColumns().add(column(visits, "visit_occurrence_id"));
		details.getForeignKeys().add(toVisit);
		stay(wards, "ward_stay_id", "start_at", null, "visit_detail_id", "Ward stays");
		return dataset;
	}

	private static Table table(Dataset dataset, String name, String... columns) {
		Table table = FACTORY.createTable();
		table.setName(name);
		for (String c : columns) {
			Column column = FACTORY.createColumn();
			column.setName(c);
			table.getColumns().add(column);
		}
		dataset.getTables().add(table);
		return table;
	}

	private static Column column(Table table, String name) {
		return table.getColumns().stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow();
	}

	private static void stay(Table table, String id, String start, String end, String parent, String label) {
		StaySemantics stay = FACTORY.createStaySemantics();
		stay.setIdColumn(column(table, id));
		stay.setPatientColumn(column(table, "person_id"));
		stay.setStartColumn(column(table, start));
		if (end != null) {
			stay.setEndColumn(column(table, end));
		}
		if (parent != null) {
			stay.setParentStayColumn(column(table, parent));
		}
		stay.setLabel(label);
		table.setSemantics(stay);
	}

	@Test
	void countsComeFromTheStoreAndStaysGoTopLevelFirst() throws Exception {
		FakeWorkspace workspace = new FakeWorkspace(List.of(new TableInfo("PERSON", 2, 28), new TableInfo("VISIT_DETAIL", 5, 41),
				new TableInfo("VISIT_OCCURRENCE", 4, 35)), new Object[] { LocalDate.of(2110, 1, 2), LocalDate.of(2202, 3, 4) });

		DatasetOverview overview = new DatasetOverviewReader(workspace).read("demo", model(), null);

		assertEquals(Optional.of(new TableCount("Patients", "PERSON", 28)), overview.patients());
		assertEquals(List.of(new StayCount("Visits", "VISIT_OCCURRENCE", 1, 35), new StayCount("visit_detail", "VISIT_DETAIL", 2, 41)),
				overview.stays(), "labelled from the model, else named after the table; the absent ward stays are left out");
		assertEquals(Optional.of(new TimeSpan(LocalDateTime.of(2110, 1, 2, 0, 0), LocalDateTime.of(2202, 3, 4, 0, 0))),
				overview.timeSpan());
		assertEquals(List.of("SELECT MIN(S), MAX(E) FROM (SELECT MIN(\"START_DATE\") AS S, MAX(\"END_DATE\") AS E "
				+ "FROM \"VISIT_OCCURRENCE\") AS SPANS"), workspace.queries, "one query, over the level-1 stays only");
	}

	@Test
	void levelsFollowParentStaysByForeignKeyOrByIdColumnName() {
		Dataset model = model();
		List<Table> stays = model.getTables().stream().filter(t -> t.getSemantics() instanceof StaySemantics).toList();
		assertEquals(List.of(2, 3, 1), stays.stream().map(t -> StayLevels.of(stays).get(t)).toList());
	}

	@Test
	void severalTopLevelStayTablesMakeOneSpanAndAStayWithoutEndUsesItsStart() {
		Dataset model = model();
		Table wards = model.getTables().get(1);
		((StaySemantics) wards.getSemantics()).setParentStayColumn(null);
		DatasetOverviewReader reader = new DatasetOverviewReader(new FakeWorkspace(List.of(), new Object[2]));
		assertEquals("SELECT MIN(S), MAX(E) FROM (SELECT MIN(\"START_AT\") AS S, MAX(\"START_AT\") AS E FROM \"WARD_STAY\" "
				+ "UNION ALL SELECT MIN(\"START_DATE\") AS S, MAX(\"END_DATE\") AS E FROM \"VISIT_OCCURRENCE\") AS SPANS",
				reader.spanSql(List.of(wards, model.getTables().get(3))));
	}

	@Test
	void aDatasetWithoutStaysOrPatientsHasAnEmptyOverview() throws Exception {
		FakeWorkspace empty = new FakeWorkspace(List.of(new TableInfo("VISIT_OCCURRENCE", 4, 0)), new Object[2]);
		DatasetOverview overview = new DatasetOverviewReader(empty).read("demo", model(), null);
		assertEquals(Optional.empty(), overview.patients(), "the dataset has no person table");
		assertEquals(List.of(new StayCount("Visits", "VISIT_OCCURRENCE", 1, 0)), overview.stays());
		assertEquals(Optional.empty(), overview.timeSpan(), "MIN and MAX of no rows are NULL");

		FakeWorkspace none = new FakeWorkspace(List.of(new TableInfo("PERSON", 2, 3)), new Object[2]);
		DatasetOverview noStays = new DatasetOverviewReader(none).read("demo", model(), null);
		assertEquals(List.of(), noStays.stays());
		assertEquals(Optional.empty(), noStays.timeSpan());
		assertEquals(List.of(), none.queries, "nothing to ask");
	}

	/** Tables with recorded counts, and one row for any query. */
	private static final class FakeWorkspace implements Workspace {

		final List<String> queries = new ArrayList<>();
		private final List<TableInfo> tables;
		private final Object[] row;

		FakeWorkspace(List<TableInfo> tables, Object[] row) {
			this.tables = tables;
			this.row = row;
		}

		@Override
		public List<TableInfo> tables(String dataset) {
			return tables;
		}

		@Override
		public QuerySummary query(String dataset, String sql, int maxRows, RowHandler handler, IProgressMonitor monitor) {
			queries.add(sql);
			try {
				handler.columns(List.of());
				handler.row(row.clone());
			} catch (IOException e) {
				throw new AssertionError(e);
			}
			return new QuerySummary(1, false, Duration.ZERO);
		}

		@Override
		public SqlDialect dialect() {
			return new SqlDialect() {
				@Override
				public String name() {
					return "upper";
				}

				@Override
				public String normalizeIdentifier(String identifier) {
					return identifier.toUpperCase(Locale.ROOT);
				}

				@Override
				public String columnType(Column column) {
					throw new UnsupportedOperationException();
				}
			};
		}

		@Override
		public Path directory() {
			throw new UnsupportedOperationException();
		}

		@Override
		public Store store() {
			throw new UnsupportedOperationException();
		}

		@Override
		public List<DatasetInfo> datasets() {
			throw new UnsupportedOperationException();
		}

		@Override
		public Optional<DatasetInfo> findDataset(String name) {
			throw new UnsupportedOperationException();
		}

		@Override
		public DatasetDraft createDataset(DatasetName name, String sourceKind, Optional<String> model) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void close() {
		}
	}
}
