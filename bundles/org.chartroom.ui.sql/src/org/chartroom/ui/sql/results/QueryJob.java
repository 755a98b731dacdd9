package org.chartroom.ui.sql.results;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.chartroom.core.sql.SqlStatements;
import org.chartroom.core.store.QuerySummary;
import org.chartroom.core.store.ResultColumn;
import org.chartroom.core.store.RowHandler;
import org.chartroom.core.store.StoreException;
import org.chartroom.core.store.Workspace;
import org.chartroom.sql.SqlErrorLocator;
import org.chartroom.sql.SqlStatement;
import org.chartroom.sql.result.QueryHistory;
import org.chartroom.sql.result.ResultCursor;
import org.chartroom.sql.result.ResultPage;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Runs the editor's statements one after the other in the background. The last one, when it
 * returns rows, opens a {@link ResultCursor} and hands over its first page; the grid fetches the
 * rest as the user scrolls. Cancel (the Progress view, or the editor's Cancel) stops the
 * statement that runs.
 */
public final class QueryJob extends Job {

	/** The job family, for tests and for waiting on the editor's runs. */
	public static final Object FAMILY = QueryJob.class;

	private final Workspace workspace;
	private final String dataset;
	private final String script;
	private final List<SqlStatement> statements;
	private final QueryListener listener;

	public QueryJob(Workspace workspace, String dataset, String script, List<SqlStatement> statements, QueryListener listener) {
		super(statements.size() == 1 ? "Running SQL on " + dataset : "Running " + statements.size() + " SQL statements on " + dataset);
		this.workspace = workspace;
		this.dataset = dataset;
		this.script = script;
		this.statements = statements;
		this.listener = listener;
		setUser(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), statements.size());
		long start = System.nanoTime();
		long changed = 0;
		for (int i = 0; i < statements.size(); i++) {
			SqlStatement statement = statements.get(i);
			boolean last = i == statements.size() - 1;
			remember(statement.sql());
			ResultCursor cursor = null;
			try {
				if (!last || SqlStatements.changesData(statement.sql())) {
					QuerySummary summary = workspace.query(dataset, statement.sql(), 0, IGNORE, monitor);
					changed += SqlStatements.changesData(statement.sql()) ? summary.rowCount() : 0;
					monitor.worked(1);
					continue;
				}
				cursor = ResultCursor.open(workspace, dataset, statement.sql());
				List<ResultColumn> columns = cursor.columns(monitor);
				if (columns.isEmpty()) {
					cursor.close();
					listener.done(summary(statements.size(), changed, start));
					return Status.OK_STATUS;
				}
				ResultPage first = cursor.fetch(ResultGrid.PAGE, monitor);
				listener.rows(columns, first, cursor, rowsSummary(first, start));
				return Status.OK_STATUS;
			} catch (OperationCanceledException e) {
				close(cursor);
				listener.cancelled();
				return Status.CANCEL_STATUS;
			} catch (StoreException e) {
				close(cursor);
				listener.failed(e.getMessage(),
						SqlErrorLocator.locate(statement.sql(), e.getMessage()).map(p -> p.inScript(script, statement.offset())));
				return Status.OK_STATUS; // shown in the editor, next to the statement; no dialog on top
			}
		}
		listener.done(summary(statements.size(), changed, start));
		return Status.OK_STATUS;
	}

	private static void close(ResultCursor cursor) {
		if (cursor != null) {
			cursor.close();
		}
	}

	private void remember(String sql) {
		try {
			new QueryHistory(workspace.directory()).add(dataset, sql, Instant.now());
		} catch (IOException e) {
			ILog.of(QueryJob.class).warn("Could not record the query in the history: " + e.getMessage(), e);
		}
	}

	private static String rowsSummary(ResultPage first, long start) {
		String time = seconds(start);
		if (first.isLast()) {
			return String.format("%,d rows in %s", first.rows().size(), time);
		}
		return String.format("First %,d rows in %s; more as you scroll", first.rows().size(), time);
	}

	private static String summary(int statements, long changed, long start) {
		return (statements == 1 ? "Done" : statements + " statements run") + (changed > 0 ? String.format(", %,d rows changed", changed) : "")
				+ " in " + seconds(start);
	}

	private static String seconds(long start) {
		Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
		return String.format("%.2f s", elapsed.toNanos() / 1e9);
	}

	private static final RowHandler IGNORE = new RowHandler() {
		@Override
		public void columns(List<ResultColumn> columns) {
		}

		@Override
		public void row(Object[] values) {
		}
	};

}
