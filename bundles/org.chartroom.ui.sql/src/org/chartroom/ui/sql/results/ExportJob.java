package org.chartroom.ui.sql.results;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.LongSupplier;

import org.chartroom.core.store.ResultColumn;
import org.chartroom.core.store.RowHandler;
import org.chartroom.core.store.StoreException;
import org.chartroom.core.store.Workspace;
import org.chartroom.sql.result.CsvExport;
import org.chartroom.sql.xlsx.XlsxExport;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Runs a statement again and streams every row of its result into a CSV file (the command
 * line's CSV) or an XLSX workbook, with the rows written so far as progress; cancelling stops
 * the statement. The file appears only when complete: rows go to a temporary file beside it,
 * moved into place at the end.
 */
public final class ExportJob extends Job {

	private static final int REPORT_EVERY = 10_000;

	private final Workspace workspace;
	private final String dataset;
	private final String sql;
	private final Path file;
	private final ExportFormat format;

	public ExportJob(Workspace workspace, String dataset, String sql, Path file, ExportFormat format) {
		super("Exporting to " + file.getFileName());
		this.workspace = workspace;
		this.dataset = dataset;
		this.sql = sql;
		this.file = file;
		this.format = format;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
		Path partial = file.resolveSibling(file.getFileName() + ".part");
		try {
			long rows;
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial))) {
				rows = switch (format) {
				case CSV -> csv(out, monitor);
				case XLSX -> xlsx(out, monitor);
				};
			}
			Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			setName(String.format("Exported %,d rows to %s", rows, file.getFileName()));
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

	private long csv(OutputStream out, IProgressMonitor monitor) throws StoreException, IOException {
		Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		CsvExport csv = new CsvExport(text);
		workspace.query(dataset, sql, 0, progress(csv, csv::rows, monitor), monitor);
		text.flush();
		return csv.rows();
	}

	private long xlsx(OutputStream out, IProgressMonitor monitor) throws StoreException, IOException {
		try (XlsxExport xlsx = new XlsxExport(out)) {
			workspace.query(dataset, sql, 0, progress(xlsx, xlsx::rows, monitor), monitor);
			monitor.subTask(String.format("%,d rows: writing the workbook", xlsx.rows()));
			xlsx.finish();
			return xlsx.rows();
		}
	}

	/** Passes the rows on, telling the monitor how many went so far. */
	private static RowHandler progress(RowHandler target, LongSupplier written, IProgressMonitor monitor) {
		return new RowHandler() {
			@Override
			public void columns(List<ResultColumn> columns) throws IOException {
				target.columns(columns);
			}

			@Override
			public void row(Object[] values) throws IOException {
				target.row(values);
				long rows = written.getAsLong();
				if (rows % REPORT_EVERY == 0) {
					monitor.subTask(String.format("%,d rows written", rows));
				}
			}
		};
	}
}
