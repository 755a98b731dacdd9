package org.chartroom.core.imports;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.chartroom.core.store.DatasetDraft;
import org.chartroom.core.store.StoreException;
import org.chartroom.model.warehouse.Table;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * Loads the tables of a draft and builds their keys and indexes, several tables at a time: one
 * thread per core (up to {@value #MAX_THREADS}), the largest files first, each table loaded and then
 * indexed by the same thread. So one core indexes CHARTEVENTS while another loads the other tables,
 * and the import takes about as long as its largest table. The first failure stops the others; the
 * call returns only when every thread has finished, so the draft can then be dropped safely.
 */
final class TableImports {

	static final int MAX_THREADS = 4;

	/** Building a table's keys and indexes counts as a fifth of loading it (measured on the demo). */
	private static final int INDEX_SHARE = 5;

	private final DatasetDraft draft;
	private final TableDdl ddl;
	private final ImportSource files;
	private final ImportProgress progress;

	TableImports(DatasetDraft draft, TableDdl ddl, ImportSource files, ImportProgress progress) {
		this.draft = draft;
		this.ddl = ddl;
		this.files = files;
		this.progress = progress;
	}

	/** Units of work {@link #run} reports: a unit per kilobyte of source, and the indexes' share. */
	static long work(List<Table> tables, ImportSource files) {
		return tables.stream().mapToLong(t -> kilobytes(files, t) + indexWork(files, t)).sum();
	}

	/** Loads and indexes every table; returns their loads in the order of {@code tables}. */
	List<TableLoad> run(List<Table> tables) throws StoreException {
		List<Table> largestFirst = new ArrayList<>(tables);
		largestFirst.sort(Comparator.comparingLong((Table t) -> size(files, t)).reversed());
		int threads = Math.max(1, Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()));
		ExecutorService pool = Executors.newFixedThreadPool(threads, new ImportThreads());
		Map<String, TableLoad> loads = new HashMap<>();
		try {
			CompletionService<TableLoad> done = new ExecutorCompletionService<>(pool);
			for (Table table : largestFirst) {
				done.submit(() -> importTable(table));
			}
			Exception failure = null;
			for (int i = 0; i < largestFirst.size(); i++) {
				try {
					TableLoad load = await(done.take());
					loads.put(load.table(), load);
				} catch (Exception e) {
					if (failure == null) {
						failure = e;
						progress.stop();
					}
				}
			}
			if (failure != null) {
				throw rethrow(failure);
			}
		} finally {
			finish(pool);
		}
		return tables.stream().map(t -> loads.get(t.getName())).toList();
	}

	private TableLoad importTable(Table table) throws StoreException, SQLException {
		progress.checkCanceled();
		long start = System.nanoTime();
		Optional<SourceFile> file = files.file(table.getName());
		long rows = 0;
		if (file.isPresent()) {
			progress.subTask("Loading " + table.getName());
			LoadProgress tableProgress = new LoadProgress(table.getName(), file.get().size(), progress);
			try (CsvTableRows source = CsvTableRows.open(table, file.get(), tableProgress)) {
				rows = draft.load(table, source);
			}
		}
		TableLoad loaded = new TableLoad(table.getName(), file.map(SourceFile::name).orElse(""), rows,
				Duration.ofNanos(System.nanoTime() - start));
		progress.tableLoaded(loaded);
		buildKeysAndIndexes(table);
		progress.worked(indexWork(files, table));
		return loaded;
	}

	private void buildKeysAndIndexes(Table table) throws StoreException, SQLException {
		try (Connection connection = draft.openConnection(); Statement statement = connection.createStatement()) {
			for (String sql : ddl.keysAndIndexes(table)) {
				progress.checkCanceled();
				progress.subTask("Indexing " + table.getName());
				try {
					statement.executeUpdate(sql);
				} catch (SQLException e) {
					connection.rollback();
					throw ImportException.general("Cannot build the keys and indexes of table " + table.getName()
							+ " (" + sql + "): " + e.getMessage());
				}
				connection.commit();
			}
		}
	}

	private static TableLoad await(Future<TableLoad> future) throws Exception {
		try {
			return future.get();
		} catch (ExecutionException e) {
			throw e.getCause() instanceof Exception cause ? cause : new IllegalStateException(e.getCause());
		}
	}

	private StoreException rethrow(Exception failure) {
		if (failure instanceof StoreException store) {
			return store;
		}
		if (failure instanceof RuntimeException runtime) {
			throw runtime; // cancel, or a bug
		}
		return new StoreException("Cannot load the tables: " + failure.getMessage(), failure);
	}

	/** Waits for every thread: the draft is dropped after this, and a thread still in it would block that. */
	private void finish(ExecutorService pool) {
		pool.shutdown();
		boolean interrupted = false;
		while (!pool.isTerminated()) {
			try {
				pool.awaitTermination(1, TimeUnit.SECONDS);
			} catch (InterruptedException e) {
				interrupted = true;
				progress.stop();
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	private static long size(ImportSource files, Table table) {
		return files.file(table.getName()).map(SourceFile::size).orElse(0L);
	}

	private static long kilobytes(ImportSource files, Table table) {
		return size(files, table) / 1024;
	}

	private static long indexWork(ImportSource files, Table table) {
		return Math.max(1, kilobytes(files, table) / INDEX_SHARE);
	}

	/** Named daemon threads, so a stack dump shows what they are and they never keep the JVM alive. */
	private static final class ImportThreads implements ThreadFactory {

		private final AtomicInteger count = new AtomicInteger();

		@Override
		public Thread newThread(Runnable task) {
			Thread thread = new Thread(task, "chartroom-import-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		}
	}
}
