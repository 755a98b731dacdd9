package org.chartroom.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.TimeZone;
import java.util.function.IntFunction;

import org.chartroom.core.store.DatasetDraft;
import org.chartroom.core.store.StoreException;
import org.chartroom.core.store.TableInfo;
import org.chartroom.core.store.TableRows;
import org.chartroom.core.store.Workspace;
import org.chartroom.core.workspace.DatasetName;
import org.chartroom.model.warehouse.Column;
import org.chartroom.model.warehouse.ColumnType;
import org.chartroom.model.warehouse.Table;
import org.chartroom.model.warehouse.WarehouseFactory;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link DatasetDraft#load}: Derby's bulk path keeps every value and every failure of the source as it was. */
class BulkLoadTest {

	private static final int ROWS = 20_000;

	@TempDir
	Path folder;

	private Workspace workspace;

	@BeforeEach
	void openWorkspace() throws Exception {
		workspace = StoreService.derby().open(folder.resolve("ws"));
	}

	@AfterEach
	void closeWorkspace() throws Exception {
		workspace.close();
	}

	@Test
	void everyValueArrivesAsGiven() throws Exception {
		TimeZone zone = TimeZone.getDefault();
		// 2:30 on 2021-03-28 does not exist in Berlin: a time-zone conversion would move it to 3:30
		TimeZone.setDefault(TimeZone.getTimeZone("Europe/Berlin"));
		try (DatasetDraft draft = workspace.createDataset(DatasetName.of("bulk"), "test")) {
			Table table = eventsTable();
			create(draft, table);
			long loaded = draft.load(table, rows(ROWS, i -> new Object[] { i, i % 3 == 0 ? null : "value " + i + " ",
					LocalDateTime.of(2021, 3, 28, 2, 30).plusSeconds(i), i % 2 == 0 ? null : i / 4.0, (short) (i % 7),
					"line one\nline \"two\", " + i, LocalDate.of(2100, 1, 1).plusDays(i % 400),
					new BigDecimal(i).movePointLeft(2) }));
			assertEquals(ROWS, loaded);
			draft.publish(false);
		} finally {
			TimeZone.setDefault(zone);
		}
		assertEquals(List.of(List.of(20_000, 13_333, 10_000, 20_000)), rows(
				"SELECT COUNT(*), COUNT(LABEL), COUNT(VALUENUM), COUNT(DISTINCT CHARTTIME) FROM EVENTS"));
		assertEquals(List.of(List.of(0, "2021-03-28 02:30:00.0", 0, "line one\nline \"two\", 0", "2100-01-01", new BigDecimal("0.00")),
				List.of(1, "2021-03-28 02:30:01.0", 1, "line one\nline \"two\", 1", "2100-01-02", new BigDecimal("0.01"))),
				rows("SELECT ROW_ID, CAST(CHARTTIME AS VARCHAR(30)), FLAG, CAST(NOTE AS VARCHAR(100)), "
						+ "CAST(DAY AS VARCHAR(10)), AMOUNT FROM EVENTS WHERE ROW_ID < 2 ORDER BY ROW_ID"));
		assertEquals(List.of(List.of("value 19999 ", 4999.75)),
				rows("SELECT LABEL, VALUENUM FROM EVENTS WHERE ROW_ID = 19999"));
	}

	@Test
	void aFailingSourceFailsTheLoadWithItsOwnExceptionAndLeavesTheTableEmpty() throws Exception {
		StoreException bad = new StoreException("EVENTS.csv line 12001, column ROW_ID: 'x' is not an integer");
		try (DatasetDraft draft = workspace.createDataset(DatasetName.of("bulk"), "test")) {
			Table table = eventsTable();
			create(draft, table);
			TableRows failing = failingAfter(12_000, () -> bad);
			assertSame(bad, assertThrows(StoreException.class, () -> draft.load(table, failing)));
			assertEquals(0, draft.load(table, rows(0, i -> null)));
			draft.publish(false);
		}
		assertEquals(List.of(List.of(0)), rows("SELECT COUNT(*) FROM EVENTS"));
	}

	@Test
	void aCancelledSourceCancelsTheLoad() throws Exception {
		try (DatasetDraft draft = workspace.createDataset(DatasetName.of("bulk"), "test")) {
			Table table = eventsTable();
			create(draft, table);
			OperationCanceledException cancel = new OperationCanceledException();
			TableRows cancelled = failingAfter(5_000, () -> {
				throw cancel;
			});
			assertSame(cancel, assertThrows(OperationCanceledException.class, () -> draft.load(table, cancelled)));
		}
		assertEquals(List.of(), workspace.datasets());
	}

	@Test
	void twoTablesLoadAtTheSameTime() throws Exception {
		try (DatasetDraft draft = workspace.createDataset(DatasetName.of("bulk"), "test")) {
			Table first = eventsTable();
			Table second = eventsTable();
			second.setName("EVENTS2");
			create(draft, first);
			create(draft, second);
			IntFunction<Object[]> row = i -> new Object[] { i, null, null, null, (short) 0, null, null, null };
			Thread other = new Thread(() -> {
				try {
					assertEquals(ROWS, draft.load(second, rows(ROWS, row)));
				} catch (StoreException e) {
					throw new AssertionError(e);
				}
			});
			other.start();
			assertEquals(ROWS, draft.load(first, rows(ROWS, row)));
			other.join();
			draft.publish(false);
		}
		assertEquals(List.of(List.of(ROWS, ROWS)),
				rows("SELECT (SELECT COUNT(*) FROM EVENTS), (SELECT COUNT(*) FROM EVENTS2) FROM SYSIBM.SYSDUMMY1"));
		assertEquals(List.of(new TableInfo("EVENTS", 8, ROWS), new TableInfo("EVENTS2", 8, ROWS)),
				workspace.tables("bulk"), "the counts the loads made are recorded");
	}

	private static Table eventsTable() {
		WarehouseFactory factory = WarehouseFactory.eINSTANCE;
		Table table = factory.createTable();
		table.setName("EVENTS");
		List<Column> columns = table.getColumns();
		columns.add(column("ROW_ID", ColumnType.INTEGER, 0, false));
		columns.add(column("LABEL", ColumnType.VARCHAR, 40, true));
		columns.add(column("CHARTTIME", ColumnType.TIMESTAMP, 0, true));
		columns.add(column("VALUENUM", ColumnType.DOUBLE, 0, true));
		columns.add(column("FLAG", ColumnType.SMALLINT, 0, true));
		columns.add(column("NOTE", ColumnType.CLOB, 0, true));
		columns.add(column("DAY", ColumnType.DATE, 0, true));
		Column amount = column("AMOUNT", ColumnType.DECIMAL, 0, true);
		amount.setPrecision(8);
		amount.setScale(2);
		columns.add(amount);
		return table;
	}

	private static Column column(String name, ColumnType type, int length, boolean nullable) {
		Column column = WarehouseFactory.eINSTANCE.createColumn();
		column.setName(name);
		column.setType(type);
		column.setLength(length);
		column.setNullable(nullable);
		return column;
	}

	private static void create(DatasetDraft draft, Table table) throws Exception {
		Connection connection = draft.connection();
		try (Statement statement = connection.createStatement()) {
			statement.executeUpdate("CREATE TABLE " + table.getName() + " (ROW_ID INTEGER NOT NULL, LABEL VARCHAR(40), "
					+ "CHARTTIME TIMESTAMP, VALUENUM DOUBLE, FLAG SMALLINT, NOTE CLOB, DAY DATE, AMOUNT DECIMAL(8,2))");
		}
		connection.commit();
	}

	private static TableRows rows(int count, IntFunction<Object[]> row) {
		return new TableRows() {
			private int next;
			private Object[] current;

			@Override
			public boolean next() {
				if (next == count) {
					return false;
				}
				current = row.apply(next++);
				return true;
			}

			@Override
			public Object value(int column) {
				return current[column];
			}
		};
	}

	private interface Failure {
		Exception get();
	}

	private static TableRows failingAfter(int good, Failure failure) {
		TableRows rows = rows(good, i -> new Object[] { i, null, null, null, (short) 0, null, null, null });
		return new TableRows() {
			@Override
			public boolean next() throws StoreException {
				if (rows.next()) {
					return true;
				}
				Exception e = failure.get();
				if (e instanceof StoreException store) {
					throw store;
				}
				throw (RuntimeException) e;
			}

			@Override
			public Object value(int column) {
				return rows.value(column);
			}
		};
	}

	private List<List<Object>> rows(String sql) throws Exception {
		RecordingHandler handler = new RecordingHandler();
		workspace.query("bulk", sql, 0, handler, null);
		return handler.rows;
	}
}
