import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.apache.derby.jdbc.EmbeddedDriver;
import org.chartroom.connector.mimic3.Mimic3Connector;
import org.chartroom.core.patients.PatientSummary;
import org.chartroom.core.patients.Patients;
import org.chartroom.core.patients.Stay;
import org.chartroom.core.patients.Timeline;
import org.chartroom.core.store.ResultColumn;
import org.chartroom.core.store.RowHandler;
import org.chartroom.core.store.Workspace;
import org.chartroom.model.warehouse.Dataset;
import org.chartroom.model.warehouse.EventSemantics;
import org.chartroom.model.warehouse.Table;
import org.chartroom.store.derby.DerbyStore;

/**
 * Timeline load of the patient with the most events, beside the same rows fetched by plain JDBC in the
 * same run. The timeline is what the patient browser loads for "All stays": the patient's summary
 * (demographics and stays) and every event table's rows for the patient with the concept's label
 * joined from its dictionary. The reference opens one JDBC connection to the same Derby database and
 * runs, per event table of the model, {@code SELECT * FROM table WHERE SUBJECT_ID = ?} (no join),
 * reading every column of every row. Runs on a plain class path of the product's jars (no OSGi).
 * Each side runs RUNS times after WARMUP runs, alternating; medians and the fastest are printed in ms.
 * Usage: java -cp JARS PatientTimelineBenchmark.java WORKSPACE DATASET [RUNS]
 */
public final class PatientTimelineBenchmark {

	private static final int WARMUP = 10;

	public static void main(String[] args) throws Exception {
		Path directory = Path.of(args[0]).toAbsolutePath();
		String dataset = args[1];
		int runs = args.length > 2 ? Integer.parseInt(args[2]) : 30;
		Dataset schema = new Mimic3Connector().schema();
		List<Table> events = schema.getTables().stream().filter(t -> t.getSemantics() instanceof EventSemantics).toList();
		try (Workspace workspace = new DerbyStore().open(directory)) {
			String derbySchema = String.valueOf(single(workspace, dataset, "VALUES CURRENT SCHEMA"));
			Map<Object, Long> perPatient = new HashMap<>();
			long total = 0;
			for (Table table : events) {
				String column = ((EventSemantics) table.getSemantics()).getPatientColumn().getName();
				for (Object[] row : rows(workspace, dataset, "SELECT " + column + ", COUNT(*) FROM " + table.getName() + " GROUP BY " + column)) {
					perPatient.merge(row[0], ((Number) row[1]).longValue(), Long::sum);
					total += ((Number) row[1]).longValue();
				}
			}
			Object busiest = perPatient.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
			System.out.printf(Locale.ROOT, "dataset %s: %,d patients, %,d events; busiest patient %s with %,d events%n", dataset,
					perPatient.size(), total, busiest, perPatient.get(busiest));

			Patients patients = new Patients(workspace, dataset, schema);
			String url = "jdbc:derby:" + directory.resolve("store/derby");
			try (Connection jdbc = new EmbeddedDriver().connect(url, new Properties())) {
				List<PreparedStatement> statements = new ArrayList<>();
				for (Table table : events) {
					String column = ((EventSemantics) table.getSemantics()).getPatientColumn().getName();
					statements.add(jdbc.prepareStatement("SELECT * FROM \"" + derbySchema + "\"." + table.getName() + " WHERE " + column + " = ?"));
				}
				long[] counts = new long[3];
				double[] service = new double[runs];
				double[] reference = new double[runs];
				double[] firstStay = new double[runs];
				PatientSummary busiestSummary = patients.summary(busiest, null).orElseThrow();
				// the stay the browser opens on: the first ICU stay, else the first stay
				Optional<Stay> opened = busiestSummary.stays().stream().filter(s -> s.level() > 1).findFirst()
						.or(() -> busiestSummary.stays().stream().findFirst());
				for (int i = -WARMUP; i < runs; i++) {
					long start = System.nanoTime();
					PatientSummary summary = patients.summary(busiest, null).orElseThrow();
					Timeline timeline = patients.timeline(summary, Optional.empty(), null);
					long middle = System.nanoTime();
					long fetched = 0;
					for (PreparedStatement statement : statements) {
						statement.setObject(1, busiest);
						try (ResultSet rs = statement.executeQuery()) {
							int columns = rs.getMetaData().getColumnCount();
							while (rs.next()) {
								for (int c = 1; c <= columns; c++) {
									rs.getObject(c);
								}
								fetched++;
							}
						}
					}
					long end = System.nanoTime();
					Timeline stay = patients.timeline(patients.summary(busiest, null).orElseThrow(), opened, null);
					long stayEnd = System.nanoTime();
					counts[0] = timeline.eventCount();
					counts[1] = fetched;
					counts[2] = stay.eventCount();
					if (i >= 0) {
						service[i] = (middle - start) / 1e6;
						reference[i] = (end - middle) / 1e6;
						firstStay[i] = (stayEnd - end) / 1e6;
					}
				}
				System.out.printf(Locale.ROOT, "rows: timeline %,d, plain JDBC %,d; the stay opened first (%s %s): %,d%n", counts[0],
						counts[1], opened.map(Stay::kind).orElse("-"), opened.map(s -> s.id().toString()).orElse("-"), counts[2]);
				System.out.println("measure\tmedian ms\tmin ms\truns");
				System.out.printf(Locale.ROOT, "timeline (summary + all event tables)\t%.1f\t%.1f\t%d%n", median(service), min(service), runs);
				System.out.printf(Locale.ROOT, "plain JDBC, one connection, SELECT * per event table\t%.1f\t%.1f\t%d%n", median(reference),
						min(reference), runs);
				System.out.printf(Locale.ROOT, "timeline of the stay opened first (summary + its events)\t%.1f\t%.1f\t%d%n",
						median(firstStay), min(firstStay), runs);
				for (PreparedStatement statement : statements) {
					statement.close();
				}
			}
		}
	}

	private static Object single(Workspace workspace, String dataset, String sql) throws Exception {
		return rows(workspace, dataset, sql).get(0)[0];
	}

	private static List<Object[]> rows(Workspace workspace, String dataset, String sql) throws Exception {
		List<Object[]> rows = new ArrayList<>();
		workspace.query(dataset, sql, 0, new RowHandler() {
			@Override
			public void columns(List<ResultColumn> columns) {
				// by position
			}

			@Override
			public void row(Object[] values) {
				rows.add(values.clone());
			}
		}, null);
		return rows;
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
	}

	private static double min(double[] values) {
		return Arrays.stream(values).min().orElse(Double.NaN);
	}
}
