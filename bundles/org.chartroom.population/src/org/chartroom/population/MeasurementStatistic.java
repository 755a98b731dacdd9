package org.chartroom.population;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.chartroom.cohort.sql.SqlPart;
import org.chartroom.core.store.StoreException;
import org.chartroom.model.warehouse.Column;
import org.chartroom.model.warehouse.ColumnType;
import org.chartroom.model.warehouse.DictionarySemantics;
import org.chartroom.model.warehouse.EventSemantics;
import org.chartroom.model.warehouse.Table;
import org.chartroom.population.stats.Binning;
import org.chartroom.population.stats.Figures;
import org.chartroom.population.stats.NumericSummary;
import org.chartroom.population.stats.PopulationSql;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * A measured concept in a Table 1: per entry its <em>first</em> numeric value within the entry (event
 * time from the entry's start to its end; at one time with several values, the lowest), as a Table 1
 * describes a population at baseline; then the median and IQR over the entries that have one, and
 * how many do. The values come from every event table whose dictionary is the concept's and that has a
 * time and a numeric value column (MIMIC-III D_ITEMS: CHARTEVENTS, OUTPUTEVENTS, …; OMOP CONCEPT:
 * measurement, observation, …), found through the model's semantics.
 */
public final class MeasurementStatistic implements PopulationStatistic {

	private static final int BINS = 20;

	private final ConceptRef concept;

	public MeasurementStatistic(ConceptRef concept) {
		this.concept = concept;
	}

	public ConceptRef concept() {
		return concept;
	}

	@Override
	public String id() {
		return "measurement:" + concept;
	}

	@Override
	public int order() {
		return Integer.MAX_VALUE;
	}

	/** The concept found in the dataset's model and dictionary, or a {@link PopulationException} saying what is missing. */
	public Resolved resolve(PopulationContext context, IProgressMonitor monitor) throws StoreException {
		PopulationSql sql = new PopulationSql(context);
		Table dictionary = dictionary(context);
		DictionarySemantics semantics = (DictionarySemantics) dictionary.getSemantics();
		List<Table> events = context.schema().getTables().stream()
				.filter(t -> t.getSemantics() instanceof EventSemantics e && e.getDictionary() != null
						&& e.getDictionary().getDictionaryTable() == dictionary && e.getNumericValueColumn() != null
						&& e.getTimeColumn() != null && e.getConceptColumn() != null)
				.toList();
		if (events.isEmpty()) {
			throw new PopulationException("No event table with numeric values uses dictionary " + dictionary.getName() + ".");
		}
		Object key = key(semantics.getKeyColumn());
		List<Object[]> labels = sql.rows(new SqlPart("SELECT " + sql.name("d", semantics.getLabelColumn()) + " FROM "
				+ sql.name(dictionary) + " d WHERE " + sql.name("d", semantics.getKeyColumn()) + " = ?", List.of(key)), monitor);
		if (labels.isEmpty()) {
			throw new PopulationException("No concept " + concept.code() + " in " + dictionary.getName() + ".");
		}
		String label = labels.get(0)[0] == null ? concept.toString() : labels.get(0)[0].toString().strip();
		return new Resolved(dictionary.getName(), label, unit(sql, events, key, monitor), events, key);
	}

	/** A concept found: its dictionary's name, label, most frequent unit, the event tables read and the key bound. */
	public record Resolved(String dictionary, String label, String unit, List<Table> events, Object key) {
	}

	@Override
	public StatisticResult compute(PopulationContext context, IProgressMonitor monitor) throws StoreException {
		PopulationSql sql = new PopulationSql(context);
		Resolved found = resolve(context, monitor);
		NumericSummary summary = PopulationSql.summarize(firstValues(sql, found, context, monitor),
				(min, max) -> Binning.equalWidth(min, max, BINS, Figures::number));
		long entries = sql.count(new SqlPart("SELECT COUNT(*)" + sql.fromEntries().sql(), sql.fromEntries().parameters()), monitor);
		String name = found.label() + (found.unit().isEmpty() ? "" : ", " + found.unit()) + " (" + found.dictionary() + " "
				+ concept.code() + ")";
		List<Table1Row> rows = List.of(
				new Table1Row(name + ", first value in the entry, median (IQR)", Figures.medianAndIqr(summary, Figures::number),
						summary.n()),
				new Table1Row(name + ", entries with a value, n (%)", Figures.countAndPercent(summary.n(), entries), entries));
		return new StatisticResult(rows, summary.n() == 0 ? List.of()
				: List.of(new Distribution(name + ", first value in the entry", Distribution.Kind.HISTOGRAM, summary.bins())));
	}

	private Table dictionary(PopulationContext context) throws PopulationException {
		List<Table> dictionaries = context.schema().getTables().stream().filter(t -> t.getSemantics() instanceof DictionarySemantics)
				.toList();
		return dictionaries.stream().filter(t -> t.getName().equalsIgnoreCase(concept.dictionary())).findFirst()
				.orElseThrow(() -> new PopulationException("No dictionary " + concept.dictionary() + " in the model of dataset "
						+ context.dataset().name() + " (dictionaries: "
						+ String.join(", ", dictionaries.stream().map(Table::getName).toList()) + ")."));
	}

	/** The code as the key column's type: a number for a numeric key (MIMIC ITEMID, OMOP concept_id). */
	private Object key(Column keyColumn) throws PopulationException {
		ColumnType type = keyColumn.getType();
		if (type == ColumnType.INTEGER || type == ColumnType.BIGINT || type == ColumnType.SMALLINT) {
			try {
				return Long.parseLong(concept.code());
			} catch (NumberFormatException e) {
				throw new PopulationException("'" + concept.code() + "' is not a number, as the keys of " + concept.dictionary().toUpperCase(Locale.ROOT)
						+ " are.");
			}
		}
		return concept.code();
	}

	/**
	 * The first value of each entry that has one, sorted. One query per event table joins the entries to
	 * the table's rows of the concept by patient and time (Derby serves it from the concept's or the
	 * patient's index); the earliest row per entry is kept here, so memory holds one value per entry,
	 * never the events. (One statement over a UNION of the tables, grouped twice, made Derby evaluate
	 * the union once per entry: minutes on the demo.)
	 */
	private static double[] firstValues(PopulationSql sql, Resolved found, PopulationContext context, IProgressMonitor monitor)
			throws StoreException {
		SqlPart entries = context.population().entries();
		Map<Object, First> first = new HashMap<>();
		for (Table table : found.events()) {
			EventSemantics e = (EventSemantics) table.getSemantics();
			String time = sql.name("x", e.getTimeColumn());
			String value = sql.name("x", e.getNumericValueColumn());
			List<Object> parameters = new ArrayList<>(entries.parameters());
			parameters.add(found.key());
			SqlPart rows = new SqlPart("SELECT m.ENTRY_ID, " + time + ", CAST(" + value + " AS DOUBLE) FROM (" + entries.sql() + ") m JOIN "
					+ sql.name(table) + " x ON " + sql.name("x", e.getPatientColumn()) + " = m.PATIENT_ID WHERE "
					+ sql.name("x", e.getConceptColumn()) + " = ? AND " + value + " IS NOT NULL AND " + time + " >= m.ENTRY_START AND (m.ENTRY_END IS NULL OR "
					+ time + " <= m.ENTRY_END)", parameters);
			sql.stream(rows, row -> {
				First candidate = new First(row[1] instanceof java.time.LocalDate day ? day.atStartOfDay() : (java.time.LocalDateTime) row[1],
						((Number) row[2]).doubleValue());
				first.merge(row[0], candidate, First::earlier);
			}, monitor);
		}
		double[] values = first.values().stream().mapToDouble(First::value).toArray();
		Arrays.sort(values);
		return values;
	}

	/** A value at a time; of two, the earlier wins, and at the same time the lower. */
	private record First(java.time.LocalDateTime time, double value) {
		static First earlier(First a, First b) {
			int order = a.time().compareTo(b.time());
			return order < 0 || (order == 0 && a.value() <= b.value()) ? a : b;
		}
	}

	/** The concept's most frequent unit over all its events; empty when no table has units. */
	private static String unit(PopulationSql sql, List<Table> events, Object key, IProgressMonitor monitor) throws StoreException {
		List<String> parts = new ArrayList<>();
		List<Object> parameters = new ArrayList<>();
		for (Table table : events) {
			EventSemantics e = (EventSemantics) table.getSemantics();
			if (e.getUnitColumn() != null) {
				parts.add("SELECT " + sql.name("t", e.getUnitColumn()) + " AS U FROM " + sql.name(table) + " t WHERE "
						+ sql.name("t", e.getConceptColumn()) + " = ? AND " + sql.name("t", e.getNumericValueColumn()) + " IS NOT NULL");
				parameters.add(key);
			}
		}
		if (parts.isEmpty()) {
			return "";
		}
		List<Object[]> rows = sql.rows(new SqlPart(sql.dialect().limitRows("SELECT u.U, COUNT(*) FROM (" + String.join(" UNION ALL ", parts)
				+ ") u WHERE u.U IS NOT NULL GROUP BY u.U ORDER BY 2 DESC, 1", 0, 1), parameters), monitor);
		return rows.isEmpty() ? "" : rows.get(0)[0].toString().strip();
	}
}
