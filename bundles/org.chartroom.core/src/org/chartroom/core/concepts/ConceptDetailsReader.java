package org.chartroom.core.concepts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.chartroom.core.concepts.NumericDistribution.HistogramBin;
import org.chartroom.core.concepts.TextDistribution.ValueCount;
import org.chartroom.core.store.ResultColumn;
import org.chartroom.core.store.RowHandler;
import org.chartroom.core.store.StoreException;
import org.chartroom.core.store.Workspace;
import org.chartroom.model.warehouse.Column;
import org.chartroom.model.warehouse.ColumnType;
import org.chartroom.model.warehouse.Dataset;
import org.chartroom.model.warehouse.EventSemantics;
import org.chartroom.model.warehouse.Table;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Reads a concept's {@link ConceptDetails}: its dictionary row, and the spread of its values in each
 * event table that uses it. Derby has no median or percentile function, so the numbers stream once in
 * order ({@code ORDER BY}) after a {@code COUNT/MIN/MAX}: the median is picked at its rank and the
 * histogram filled on the way, in constant memory whatever the number of rows.
 */
public final class ConceptDetailsReader {

	/** Bars of a histogram. */
	public static final int BINS = 20;

	/** Values of a top list. */
	public static final int TOP_VALUES = 10;

	private final Workspace workspace;

	public ConceptDetailsReader(Workspace workspace) {
		this.workspace = workspace;
	}

	/**
	 * @param schema  the model of the dataset's connector
	 * @param monitor cancels the queries; may be null
	 */
	public ConceptDetails read(String dataset, Dataset schema, Concept concept, IProgressMonitor monitor)
			throws StoreException {
		ConceptDictionary dictionary = ConceptDictionary.of(schema).stream()
				.filter(d -> d.name().equalsIgnoreCase(concept.dictionary())).findFirst()
				.orElseThrow(() -> new StoreException("The model has no dictionary " + concept.dictionary() + "."));
		SubMonitor progress = SubMonitor.convert(monitor, "Reading " + concept.label(), 1 + concept.uses().size());
		ConceptSql sql = new ConceptSql(workspace.dialect());
		Fields fields = new Fields();
		workspace.query(dataset, "SELECT * FROM " + sql.name(dictionary.table()) + " WHERE " + sql.name(dictionary.keyColumn())
				+ " = " + ConceptSql.literal(dictionary.keyColumn(), concept.key()), 1, fields, progress.split(1));
		List<ValueDistribution> distributions = new ArrayList<>();
		for (ConceptUse use : concept.uses()) {
			Optional<Table> table = dictionary.eventTables().stream().filter(t -> t.getName().equals(use.eventTable())).findFirst();
			if (table.isPresent()) {
				distribution(dataset, sql, table.get(), concept.key(), progress.split(1)).ifPresent(distributions::add);
			}
		}
		return new ConceptDetails(concept, fields.fields, distributions);
	}

	private Optional<ValueDistribution> distribution(String dataset, ConceptSql sql, Table table, String key,
			IProgressMonitor monitor) throws StoreException {
		EventSemantics event = (EventSemantics) table.getSemantics();
		String where = " FROM " + sql.name(table) + " WHERE " + sql.name(event.getConceptColumn()) + " = "
				+ ConceptSql.literal(event.getConceptColumn(), key);
		SubMonitor progress = SubMonitor.convert(monitor, 3);
		if (event.getNumericValueColumn() != null) {
			Optional<NumericDistribution> numbers = numbers(dataset, sql, table, event, where, progress.split(2));
			if (numbers.isPresent()) {
				return Optional.of(numbers.get());
			}
		}
		Column text = event.getTextValueColumn();
		if (text == null || text.getType() == ColumnType.CLOB) {
			return Optional.empty(); // long text (notes) is no category; Derby cannot group it either
		}
		String value = sql.name(text);
		Rows count = query(dataset, "SELECT COUNT(" + value + ")" + where, 0, progress.split(0));
		Rows top = query(dataset, "SELECT " + value + ", COUNT(*)" + where + " AND " + value + " IS NOT NULL GROUP BY " + value
				+ " ORDER BY 2 DESC, 1", TOP_VALUES, progress.split(1));
		List<ValueCount> values = top.rows.stream().map(r -> new ValueCount(String.valueOf(r[0]), number(r[1]))).toList();
		return Optional.of(new TextDistribution(table.getName(), text.getName(), number(count.rows.get(0)[0]), values));
	}

	private Optional<NumericDistribution> numbers(String dataset, ConceptSql sql, Table table, EventSemantics event,
			String where, IProgressMonitor monitor) throws StoreException {
		SubMonitor progress = SubMonitor.convert(monitor, 3);
		String value = sql.name(event.getNumericValueColumn());
		String present = where + " AND " + value + " IS NOT NULL";
		Object[] stats = query(dataset, "SELECT COUNT(" + value + "), MIN(" + value + "), MAX(" + value + ")" + present, 0,
				progress.split(1)).rows.get(0);
		long count = number(stats[0]);
		if (count == 0) {
			return Optional.empty();
		}
		double min = ((Number) stats[1]).doubleValue();
		double max = ((Number) stats[2]).doubleValue();
		Spread spread = new Spread(count, min, max);
		workspace.query(dataset, "SELECT " + value + present + " ORDER BY " + value, 0, spread, progress.split(1));
		String unit = "";
		if (event.getUnitColumn() != null) {
			String u = sql.name(event.getUnitColumn());
			Rows units = query(dataset, "SELECT " + u + ", COUNT(*)" + present + " AND " + u + " IS NOT NULL GROUP BY " + u
					+ " ORDER BY 2 DESC, 1", 1, progress.split(1));
			unit = units.rows.isEmpty() ? "" : String.valueOf(units.rows.get(0)[0]).strip();
		}
		return Optional.of(new NumericDistribution(table.getName(), event.getNumericValueColumn().getName(), unit, count, min,
				spread.median(), max, spread.bins()));
	}

	private Rows query(String dataset, String sql, int maxRows, IProgressMonitor monitor) throws StoreException {
		Rows rows = new Rows();
		workspace.query(dataset, sql, maxRows, rows, monitor);
		return rows;
	}

	private static long number(Object value) {
		return ((Number) value).longValue();
	}

	/** Keeps rows. */
	private static final class Rows implements RowHandler {

		final List<Object[]> rows = new ArrayList<>();

		@Override
		public void columns(List<ResultColumn> columns) {
			// by position
		}

		@Override
		public void row(Object[] values) {
			rows.add(values);
		}
	}

	/** Keeps the first row as fields. */
	private static final class Fields implements RowHandler {

		final List<ConceptDetails.Field> fields = new ArrayList<>();
		private List<ResultColumn> columns = List.of();

		@Override
		public void columns(List<ResultColumn> resultColumns) {
			columns = resultColumns;
		}

		@Override
		public void row(Object[] values) {
			for (int i = 0; i < values.length; i++) {
				fields.add(new ConceptDetails.Field(columns.get(i).name(), values[i] == null ? "" : values[i].toString()));
			}
		}
	}

	/** Counts the values, in order, into bins and picks the median at its rank. */
	private static final class Spread implements RowHandler {

		private final long count;
		private final double min;
		private final double width;
		private final long[] bins;
		private long seen;
		private double lowMiddle;
		private double highMiddle;

		Spread(long count, double min, double max) {
			this.count = count;
			this.min = min;
			this.bins = new long[max > min ? BINS : 1];
			this.width = (max - min) / bins.length;
		}

		@Override
		public void columns(List<ResultColumn> columns) {
			// one column
		}

		@Override
		public void row(Object[] values) {
			double value = ((Number) values[0]).doubleValue();
			if (seen == (count - 1) / 2) {
				lowMiddle = value;
			}
			if (seen == count / 2) {
				highMiddle = value;
			}
			seen++;
			int bin = width == 0 ? 0 : (int) Math.min(bins.length - 1, Math.max(0, Math.floor((value - min) / width)));
			bins[bin]++;
		}

		double median() {
			return (lowMiddle + highMiddle) / 2;
		}

		List<HistogramBin> bins() {
			List<HistogramBin> list = new ArrayList<>();
			for (int i = 0; i < bins.length; i++) {
				double from = min + i * width;
				list.add(new HistogramBin(from, i == bins.length - 1 ? min + bins.length * width : from + width, bins[i]));
			}
			return list;
		}
	}
}
