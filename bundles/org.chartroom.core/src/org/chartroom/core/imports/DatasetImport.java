package org.chartroom.core.imports;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.chartroom.core.concepts.ConceptUseTable;
import org.chartroom.core.connector.Connector;
import org.chartroom.core.connector.SchemaChoice;
import org.chartroom.core.store.DatasetDraft;
import org.chartroom.core.store.DatasetExistsException;
import org.chartroom.core.store.DatasetInfo;
import org.chartroom.core.store.DerivedTable;
import org.chartroom.core.store.StoreException;
import org.chartroom.core.store.Workspace;
import org.chartroom.core.workspace.DatasetName;
import org.chartroom.model.warehouse.Dataset;
import org.chartroom.model.warehouse.Table;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Imports a folder or zip of CSV files ({@link ImportSource}) into a new dataset of a workspace, the
 * same way for every connector: tables from the connector's schema, rows streamed from the files
 * into the store's bulk load, primary keys and indexes built after loading (several tables at a
 * time, see {@link TableImports}), and the dataset published in one step at the end. Until then nothing is visible;
 * on any error or cancel the draft is dropped and the workspace is as it was.
 */
public final class DatasetImport {

	private final Workspace workspace;
	private final Connector connector;

	public DatasetImport(Workspace workspace, Connector connector) {
		this.workspace = workspace;
		this.connector = connector;
	}

	/**
	 * Runs the import.
	 *
	 * @param source  a folder, or a {@code .zip} file, holding the CSV files (see {@link ImportSource})
	 * @param replace swap out an existing dataset of that name when the import completes; without
	 *                it an existing name fails before anything is read
	 * @throws ImportException          for bad or missing source data (the message names file, line, column)
	 * @throws DatasetExistsException   when the name is taken and {@code replace} is false
	 * @throws OperationCanceledException when the monitor is cancelled
	 */
	public ImportResult run(DatasetName name, Path source, boolean replace, ImportListener listener,
			IProgressMonitor monitor) throws StoreException {
		long start = System.nanoTime();
		if (!replace) {
			Optional<DatasetInfo> existing = workspace.findDataset(name.name());
			if (existing.isPresent()) {
				throw DatasetExistsException.of(existing.get().name(), workspace.directory());
			}
		}
		try (ImportSource files = ImportSource.open(source, connector)) {
			return run(name, files, replace, listener, monitor, start);
		}
	}

	private ImportResult run(DatasetName name, ImportSource files, boolean replace, ImportListener listener,
			IProgressMonitor monitor, long start) throws StoreException {
		SchemaChoice choice = connector.schemaFor(files);
		Dataset schema = choice.schema();
		List<Table> tables = schema.getTables();
		requireFiles(tables, files);
		listener.schemaChosen(choice);
		List<String> warnings = new ArrayList<>(files.skipped());
		Set<String> inSchema = tables.stream().map(Table::getName).collect(Collectors.toSet());
		for (String table : files.tables()) {
			if (!inSchema.contains(table)) {
				warnings.add(files.file(table).orElseThrow().name() + " holds table " + table + ", which " + schema.getName()
						+ " does not have: skipped.");
			}
		}
		for (Table table : tables) {
			if (files.file(table.getName()).isEmpty()) {
				warnings.add("No file for table " + table.getName() + " in " + files.location() + ": created empty.");
			}
		}
		warnings.forEach(listener::warning);

		SubMonitor progress = SubMonitor.convert(monitor, "Importing " + name, 100);
		try (DatasetDraft draft = workspace.createDataset(name, connector.id(), Optional.of(schema.getName()))) {
			TableDdl ddl = new TableDdl(workspace.dialect());
			createTables(draft.connection(), ddl, tables);
			SubMonitor loading = progress.split(94);
			loading.setWorkRemaining((int) Math.min(Integer.MAX_VALUE, Math.max(1, TableImports.work(tables, files))));
			List<TableLoad> loads = new TableImports(draft, ddl, files, new ImportProgress(loading, listener)).run(tables);
			createDerivedTables(draft, listener, progress.split(4));
			progress.subTask("Publishing " + name);
			DatasetInfo info = draft.publish(replace);
			progress.split(2);
			return new ImportResult(info, loads, warnings, Duration.ofNanos(System.nanoTime() - start), choice);
		} catch (SQLException e) {
			throw new StoreException("Cannot import dataset " + name + " in workspace " + workspace.directory() + ": "
					+ e.getMessage(), e);
		}
	}

	/**
	 * The tables every dataset gets beside its own, whatever its connector, computed once here from the
	 * loaded tables through the model's semantics (see {@link DerivedTable}).
	 */
	static List<DerivedTable> derivedTables(Dataset schema) {
		return List.of(new ConceptUseTable(schema));
	}

	private void createDerivedTables(DatasetDraft draft, ImportListener listener, SubMonitor monitor)
			throws StoreException, SQLException {
		List<DerivedTable> derived = derivedTables(connector.schema());
		monitor.setWorkRemaining(derived.size());
		for (DerivedTable table : derived) {
			long start = System.nanoTime();
			try {
				table.create(draft.connection(), workspace.dialect(), monitor.split(1));
				draft.connection().commit();
			} catch (SQLException | RuntimeException e) {
				draft.connection().rollback();
				throw e;
			}
			listener.derivedTableCreated(table.name(), Duration.ofNanos(System.nanoTime() - start));
		}
	}

	private static void requireFiles(List<Table> tables, ImportSource files) throws ImportException {
		List<String> missing = tables.stream().filter(Table::isRequired).map(Table::getName)
				.filter(t -> files.file(t).isEmpty()).toList();
		if (!missing.isEmpty()) {
			throw ImportException.general("Missing required " + (missing.size() == 1 ? "file" : "files") + " in "
					+ files.location() + ": " + missing.stream().map(t -> t + ".csv.gz (or " + t + ".csv)")
							.collect(Collectors.joining(", ")) + ".");
		}
	}

	private static void createTables(Connection connection, TableDdl ddl, List<Table> tables) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (Table table : tables) {
				statement.executeUpdate(ddl.createTable(table));
			}
		}
		connection.commit();
	}
}
