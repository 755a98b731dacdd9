package org.chartroom.population.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.chartroom.cohort.sql.SqlPart;
import org.chartroom.core.store.ResultColumn;
import org.chartroom.core.store.RowHandler;
import org.chartroom.core.store.StoreException;
import org.chartroom.population.PopulationContext;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * A population's entries as RFC 4180 CSV, streamed: {@code PATIENT_ID,ENTRY_ID,ENTRY_START,ENTRY_END},
 * ordered by patient and start; timestamps {@code YYYY-MM-DD HH:MM:SS}, a missing end an empty field.
 */
public final class MembersCsv {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

	private MembersCsv() {
	}

	/** @return the entries written */
	public static long write(PopulationContext context, Writer out, IProgressMonitor monitor) throws StoreException, IOException {
		CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("PATIENT_ID", "ENTRY_ID", "ENTRY_START", "ENTRY_END").get());
		SqlPart entries = context.population().entries();
		long[] written = { 0 };
		try {
			context.workspace().query(context.dataset().name(), "SELECT m.PATIENT_ID, m.ENTRY_ID, m.ENTRY_START, m.ENTRY_END FROM ("
					+ entries.sql() + ") m ORDER BY m.PATIENT_ID, m.ENTRY_START, m.ENTRY_ID", entries.parameters(), 0, new RowHandler() {
						@Override
						public void columns(List<ResultColumn> columns) {
							// known
						}

						@Override
						public void row(Object[] values) throws IOException {
							csv.printRecord(values[0], values[1], time(values[2]), time(values[3]));
							written[0]++;
						}
					}, monitor);
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
		csv.flush();
		return written[0];
	}

	private static String time(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof LocalDateTime time) {
			String text = TIME.format(time);
			return time.getNano() == 0 ? text : text + time.toString().substring(19);
		}
		return value.toString();
	}
}
