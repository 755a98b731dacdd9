package org.chartroom.core.imports;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.chartroom.core.connector.Connector;
import org.chartroom.core.store.DatasetDraft;
import org.chartroom.core.store.DatasetExistsException;
import org.chartroom.core.store.DatasetInfo;
import org.chartroom.core.store.StoreException;
import org.chartroom.core.store.Workspace;
import org.chartroom.core.workspace.DatasetName;
import org.chartroom.model.warehouse.Table;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Imports a folder or zip of CSV files ({@link ImportSource}) into a new dataset of a workspace, the
 * same way for every connector: tables from the connector's schema, rows streamed from the files, primary keys and indexes built
 * after loading, and the dataset published in one step at the end. Until then nothing is visible;
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
		List<Table> tables = connector.schema().getTables();
		requireFiles(tables, files);
		List<String> warnings = new ArrayList<>(files.skipped());
		for (Table table : tables) {
			if (files.file(table.getName()).isEmpty()) {
				warnings.add("No file for table " + table.getName() + " in " + files.location() + ": created empty.");
			}
		}
		warnings.forEach(listener::warning);

		SubMonitor progress = SubMonitor.convert(monitor, "Importing " + name, 100);
		try (DatasetDraft draft = workspace.createDataset(name, connector.id())) {
			Connection connection = draft.connection();
			TableDdl ddl = new TableDdl(workspace.dialect());
			createTables(connection, ddl, tables);
			List<TableLoad> loads = load(connection, ddl, tables, files, listener, progress.split(85));
			buildKeysAndIndexes(connection, ddl, tables, progress.split(14));
			DatasetInfo info = draft.publish(replace);
			progress.split(1);
			return new ImportResult(info, loads, warnings, Duration.ofNanos(System.nanoTime() - start));
		} catch (SQLException e) {
			throw new StoreException("Cannot import dataset " + name + " in workspace " + workspace.directory() + ": "
					+ e.getMessage(), e);
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

	private static List<TableLoad> load(Connection connection, TableDdl ddl, List<Table> tables, ImportSource files,
			ImportListener listener, SubMonitor monitor) throws ImportException, SQLException {
		long totalBytes = 0;
		for (Table table : tables) {
			totalBytes += files.file(table.getName()).map(SourceFile::size).orElse(0L);
		}
		monitor.setWorkRemaining((int) Math.min(Integer.MAX_VALUE, Math.max(1, totalBytes / 1024)));
		TableLoader loader = new TableLoader(connection, ddl);
		List<TableLoad> loads = new ArrayList<>();
		for (Table table : tables) {
			Optional<SourceFile> file = files.file(table.getName());
			if (monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			long start = System.nanoTime();
			long rows = 0;
			if (file.isPresent()) {
				long size = file.get().size();
				SubMonitor tableMonitor = monitor.split((int) Math.min(Integer.MAX_VALUE, size / 1024));
				tableMonitor.setTaskName("Loading " + table.getName());
				tableMonitor.setWorkRemaining((int) Math.min(Integer.MAX_VALUE, size / 1024));
				rows = loader.load(table, file.get(), new LoadProgress(table.getName(), size, tableMonitor, listener));
			}
			TableLoad loaded = new TableLoad(table.getName(), file.map(SourceFile::name).orElse(""), rows,
					Duration.ofNanos(System.nanoTime() - start));
			loads.add(loaded);
			listener.tableLoaded(loaded);
		}
		return loads;
	}

	private static void buildKeysAndIndexes(Connection connection, TableDdl ddl, List<Table> tables, SubMonitor monitor)
			throws ImportException, SQLException {
		monitor.setWorkRemaining(tables.size());
		try (Statement statement = connection.createStatement()) {
			for (Table table : tables) {
				monitor.subTask("Indexing " + table.getName());
				for (String sql : ddl.keysAndIndexes(table)) {
					if (monitor.isCanceled()) {
						throw new OperationCanceledException();
					}
					try {
						statement.executeUpdate(sql);
					} catch (SQLException e) {
						throw ImportException.general("Cannot build the keys and indexes of table " + table.getName()
								+ " (" + sql + "): " + e.getMessage());
					}
				}
				connection.commit();
				monitor.worked(1);
			}
		}
	}
}
