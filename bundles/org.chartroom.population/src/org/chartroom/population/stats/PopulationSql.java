package org.chartroom.population.stats;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.chartroom.cohort.sql.SqlPart;
import org.chartroom.core.patients.DeathDates;
import org.chartroom.core.store.ResultColumn;
import org.chartroom.core.store.RowHandler;
import org.chartroom.core.store.SqlDialect;
import org.chartroom.core.store.StoreException;
import org.chartroom.model.warehouse.Column;
import org.chartroom.model.warehouse.PatientSemantics;
import org.chartroom.model.warehouse.Table;
import org.chartroom.population.PopulationContext;
import org.chartroom.population.PopulationException;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * SQL over a population for statistics: the entries as a derived table {@code m}
 * ({@code ENTRY_ID, PATIENT_ID, ENTRY_START, ENTRY_END}) joined to the model's patient table {@code p},
 * names quoted by the store's dialect, values always bound. Numbers are summarised by streaming them
 * in order ({@link #summarize}): Derby has no percentile functions.
 */
public final class PopulationSql {

	/** The alias of the entries in {@link #fromEntriesAndPatients()}. */
	public static final String ENTRY = "m";
	/** The alias of the patient table in {@link #fromEntriesAndPatients()}. */
	public static final String PATIENT = "p";

	private final PopulationContext context;

	public PopulationSql(PopulationContext context) {
		this.context = context;
	}

	public SqlDialect dialect() {
		return context.workspace().dialect();
	}

	/** The model's patient table. */
	public Table patientTable() throws PopulationException {
		return context.schema().getTables().stream().filter(t -> t.getSemantics() instanceof PatientSemantics).findFirst()
				.orElseThrow(() -> new PopulationException("The model of dataset " + context.dataset().name() + " names no patient table."));
	}

	public PatientSemantics patient() throws PopulationException {
		return (PatientSemantics) patientTable().getSemantics();
	}

	/** {@code FROM (entries) m JOIN <patients> p ON p.<id> = m.PATIENT_ID}, with the entries' parameters. */
	public SqlPart fromEntriesAndPatients() throws PopulationException {
		SqlPart entries = context.population().entries();
		return new SqlPart(" FROM (" + entries.sql() + ") " + ENTRY + " JOIN " + name(patientTable()) + " " + PATIENT + " ON "
				+ name(PATIENT, patient().getIdColumn()) + " = " + ENTRY + ".PATIENT_ID", entries.parameters());
	}

	/** {@code FROM (entries) m}, with the entries' parameters. */
	public SqlPart fromEntries() {
		SqlPart entries = context.population().entries();
		return new SqlPart(" FROM (" + entries.sql() + ") " + ENTRY, entries.parameters());
	}

	/** The date of death of patient {@code p} as SQL (see {@link DeathDates}); empty when the model has none. */
	public java.util.Optional<String> deathDate() {
		return DeathDates.sql(context.schema(), dialect(), PATIENT);
	}

	public String name(Table table) {
		return quote(table.getName());
	}

	public String name(String alias, Column column) {
		return alias + "." + quote(column.getName());
	}

	private String quote(String identifier) {
		return dialect().quoteIdentifier(dialect().normalizeIdentifier(identifier));
	}

	/** Every row of a query, read whole: for results of a few rows (counts, categories). */
	public List<Object[]> rows(SqlPart query, IProgressMonitor monitor) throws StoreException {
		List<Object[]> rows = new ArrayList<>();
		context.workspace().query(context.dataset().name(), query.sql(), query.parameters(), 0, new RowHandler() {
			@Override
			public void columns(List<ResultColumn> columns) {
				// read by position
			}

			@Override
			public void row(Object[] values) {
				rows.add(values);
			}
		}, monitor);
		return rows;
	}

	/** The first column of the first row, as a number (0 when NULL). */
	public long count(SqlPart query, IProgressMonitor monitor) throws StoreException {
		Object value = rows(query, monitor).get(0)[0];
		return value == null ? 0 : ((Number) value).longValue();
	}

	/** Every row of a query, streamed to {@code each}. */
	public void stream(SqlPart query, java.util.function.Consumer<Object[]> each, IProgressMonitor monitor) throws StoreException {
		context.workspace().query(context.dataset().name(), query.sql(), query.parameters(), 0, new RowHandler() {
			@Override
			public void columns(List<ResultColumn> columns) {
				// read by position
			}

			@Override
			public void row(Object[] values) {
				each.accept(values);
			}
		}, monitor);
	}

	/** The summary of values already sorted ascending (at most one per entry, so held in memory). */
	public static NumericSummary summarize(double[] sorted, BiFunction<Double, Double, Binning> binning) {
		if (sorted.length == 0) {
			return new NumericSummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, List.of());
		}
		Quantiles quantiles = new Quantiles(sorted.length, 0.25, 0.5, 0.75);
		Binning bins = binning.apply(sorted[0], sorted[sorted.length - 1]);
		for (double value : sorted) {
			quantiles.accept(value);
			bins.accept(value);
		}
		double[] q = quantiles.values();
		return new NumericSummary(sorted.length, sorted[0], q[0], q[1], q[2], sorted[sorted.length - 1], bins.bins());
	}

	/**
	 * Summarises the non-NULL numbers of column {@code V} of a query in two passes: {@code COUNT, MIN, MAX},
	 * then the values in ascending order, streamed into {@link Quantiles} and the histogram that
	 * {@code binning} makes from the minimum and maximum. Memory stays constant whatever the count.
	 */
	public NumericSummary summarize(SqlPart values, BiFunction<Double, Double, Binning> binning, IProgressMonitor monitor)
			throws StoreException {
		Object[] range = rows(new SqlPart("SELECT COUNT(v.V), MIN(v.V), MAX(v.V) FROM (" + values.sql() + ") v", values.parameters()),
				monitor).get(0);
		long n = ((Number) range[0]).longValue();
		if (n == 0) {
			return new NumericSummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, List.of());
		}
		double min = ((Number) range[1]).doubleValue();
		double max = ((Number) range[2]).doubleValue();
		Quantiles quantiles = new Quantiles(n, 0.25, 0.5, 0.75);
		Binning bins = binning.apply(min, max);
		long[] read = { 0 };
		context.workspace().query(context.dataset().name(),
				"SELECT v.V FROM (" + values.sql() + ") v WHERE v.V IS NOT NULL ORDER BY v.V", values.parameters(), 0,
				new RowHandler() {
					@Override
					public void columns(List<ResultColumn> columns) {
						// one column
					}

					@Override
					public void row(Object[] row) throws IOException {
						if (read[0]++ >= n) {
							throw new IOException("more values than counted: the data changed while it was read");
						}
						double value = ((Number) row[0]).doubleValue();
						quantiles.accept(value);
						bins.accept(value);
					}
				}, monitor);
		double[] q = quantiles.values();
		return new NumericSummary(n, min, q[0], q[1], q[2], max, bins.bins());
	}
}
