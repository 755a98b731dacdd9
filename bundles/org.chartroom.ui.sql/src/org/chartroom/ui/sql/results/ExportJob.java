package org.chartroom.ui.sql.results;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.chartroom.core.store.QuerySummary;
import org.chartroom.core.store.ResultColumn;
import org.chartroom.core.store.RowHandler;
import org.chartroom.core.store.StoreException;
import org.chartroom.core.store.Workspace;
import org.chartroom.sql.result.CsvExport;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Runs a statement again and streams every row of its result into a CSV file (the command
 * line's CSV), with the rows written so far as progress. The file appears only when complete:
 * rows go to a temporary file beside it, moved into place at the end.
 */
public final class ExportJob extends Job {

	private static final int REPORT_EVERY = 10_000;

	private final Workspace workspace;
	private final String dataset;
	private final String sql;
	private final Path file;

	public ExportJob(Workspace workspace, String dataset, String sql, Path file) {
		super("Exporting to " + file.getFileName());
		this.workspace = workspace;
		this.dataset = dataset;
		this.sql = sql;
		this.file = file;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
		Path partial = file.resolveSibling(file.getFileName() + ".part");
		try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
			CsvExport csv = new CsvExport(out);
			QuerySummary summary = workspace.query(dataset, sql, 0, new RowHandler() {
				@Override
				public void columns(List<ResultColumn> columns) throws IOException {
					csv.columns(columns);
				}

				@Override
				public void row(Object[] values) throws IOException {
					csv.row(values);
					if (csv.rows() % REPORT_EVERY == 0) {
						monitor.subTask(String.format("%,d rows written", csv.rows()));
					}
				}
			}, monitor);
			out.close();
			Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			setName(String.format("Exported %,d rows to %s", summary.rowCount(), file.getFileName()));
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (StoreException | IOException e) {
			return Status.error("Export to " + file + " failed: " + e.getMessage(), e);
		} finally {
			try {
				Files.deleteIfExists(partial);
			} catch (IOException e) {
				// best effort: a leftover .part file names itself
			}
			monitor.done();
		}
	}
}
