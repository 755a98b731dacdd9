import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.chartroom.connector.mimic3.Mimic3Connector;
import org.chartroom.core.store.DatasetInfo;
import org.chartroom.core.store.ResultColumn;
import org.chartroom.core.store.RowHandler;
import org.chartroom.core.store.Workspace;
import org.chartroom.model.warehouse.Dataset;
import org.chartroom.population.ConceptRef;
import org.chartroom.population.MeasurementStatistic;
import org.chartroom.population.PopulationContext;
import org.chartroom.population.PopulationStatistic;
import org.chartroom.population.Populations;
import org.chartroom.population.Table1;
import org.chartroom.population.Table1Calculator;
import org.chartroom.population.builtin.AgeStatistic;
import org.chartroom.population.builtin.CountStatistic;
import org.chartroom.population.builtin.LengthOfStayStatistic;
import org.chartroom.population.builtin.MortalityStatistic;
import org.chartroom.population.builtin.SexStatistic;
import org.chartroom.store.derby.DerbyStore;

/**
 * Table 1 latency on MIMIC-III admissions with one measurement (heart rate, D_ITEMS 220045): the whole
 * table (built-in rows + the measurement), the measurement alone, and beside them hand-written SQL that
 * reads the same heart rates per admission (ordered by admission and time; Java keeps the first and
 * sorts them for the median). Runs on a plain class path of the product's jars (no OSGi, so the
 * built-in statistics are made here rather than found as services). Median and maximum in ms.
 * Usage: java -cp JARS PopulationBenchmark.java WORKSPACE DATASET [RUNS]
 */
public final class PopulationBenchmark {

	private static final int WARMUP = 3;

	private static final String HAND = "SELECT a.HADM_ID, c.CHARTTIME, c.VALUENUM FROM ADMISSIONS a JOIN CHARTEVENTS c "
			+ "ON c.SUBJECT_ID = a.SUBJECT_ID AND c.CHARTTIME >= a.ADMITTIME AND c.CHARTTIME <= a.DISCHTIME "
			+ "WHERE c.ITEMID = 220045 AND c.VALUENUM IS NOT NULL ORDER BY a.HADM_ID, c.CHARTTIME, c.VALUENUM";

	public static void main(String[] args) throws Exception {
		Path directory = Path.of(args[0]);
		String name = args[1];
		int runs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
		Dataset schema = new Mimic3Connector().schema();
		try (Workspace workspace = new DerbyStore().open(directory)) {
			DatasetInfo dataset = workspace.findDataset(name).orElseThrow();
			PopulationContext context = new PopulationContext(workspace, dataset, schema,
					new Populations(workspace).wholeDataset(dataset, schema));
			MeasurementStatistic heartRate = new MeasurementStatistic(ConceptRef.parse("D_ITEMS:220045"));
			List<PopulationStatistic> all = List.of(new CountStatistic(), new AgeStatistic(), new SexStatistic(),
					new LengthOfStayStatistic(), new MortalityStatistic(), heartRate);
			Table1 table = Table1Calculator.compute(context, all, null);
			String median = table.rows().get(table.rows().size() - 2).value();
			double[] hand = handMedian(workspace, name);
			System.out.println("rows\tentries\theart rate median (IQR) [n]\thand median [n]\tTable 1 median ms\tTable 1 max ms"
					+ "\tmeasurement median ms\thand SQL median ms\thand SQL max ms");
			double[] whole = time(runs, () -> Table1Calculator.compute(context, all, null));
			double[] measurement = time(runs, () -> heartRate.compute(context, null));
			double[] handTime = time(runs, () -> handMedian(workspace, name));
			System.out.printf(Locale.ROOT, "%d\t%s\t%s [%d]\t%s [%d]\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f%n", table.rows().size(),
					table.rows().get(1).value(), median, table.rows().get(table.rows().size() - 2).n(), hand[0], (long) hand[1],
					whole[0], whole[1], measurement[0], handTime[0], handTime[1]);
		}
	}

	/** {median of the first heart rate per admission, admissions with one}, from the hand-written SQL. */
	private static double[] handMedian(Workspace workspace, String dataset) throws Exception {
		Map<Object, Double> first = new HashMap<>();
		workspace.query(dataset, HAND, 0, new RowHandler() {
			@Override
			public void columns(List<ResultColumn> columns) {
			}

			@Override
			public void row(Object[] values) {
				first.putIfAbsent(values[0], ((Number) values[2]).doubleValue());
			}
		}, null);
		double[] values = first.values().stream().mapToDouble(Double::doubleValue).toArray();
		Arrays.sort(values);
		if (values.length == 0) {
			return new double[] { Double.NaN, 0 };
		}
		double h = (values.length - 1) * 0.5;
		int low = (int) Math.floor(h);
		double median = values[low] + (h - low) * (values[Math.min(low + 1, values.length - 1)] - values[low]);
		return new double[] { median, values.length };
	}

	private interface Timed {
		void run() throws Exception;
	}

	/** {median, max} in ms. */
	private static double[] time(int runs, Timed work) throws Exception {
		for (int i = 0; i < WARMUP; i++) {
			work.run();
		}
		List<Double> times = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			work.run();
			times.add((System.nanoTime() - start) / 1e6);
		}
		times.sort(null);
		return new double[] { times.get(times.size() / 2), times.get(times.size() - 1) };
	}
}
