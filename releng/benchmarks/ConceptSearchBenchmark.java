import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.chartroom.connector.mimic3.Mimic3Connector;
import org.chartroom.core.concepts.ConceptIndex;
import org.chartroom.core.concepts.ConceptIndexReader;
import org.chartroom.core.concepts.ConceptQuery;
import org.chartroom.core.store.ResultColumn;
import org.chartroom.core.store.RowHandler;
import org.chartroom.core.store.Workspace;
import org.chartroom.model.warehouse.Dataset;
import org.chartroom.store.derby.DerbyStore;

/**
 * Concept search latency per keystroke, beside a direct SQL LIKE on the same dictionaries in the same
 * run. Runs on a plain class path of the product's jars (no OSGi): the Derby store and the MIMIC-III
 * connector are plain classes. Each keystroke's search is timed RUNS times after WARMUP runs; the median
 * and the maximum are printed, in milliseconds.
 * Usage: java -cp JARS ConceptSearchBenchmark.java WORKSPACE DATASET [RUNS]
 */
public final class ConceptSearchBenchmark {

	private static final int WARMUP = 20;

	/** Typing "heart rate", then a code. */
	private static final List<String> KEYSTROKES = List.of("h", "he", "hea", "hear", "heart", "heart ", "heart r",
			"heart ra", "heart rat", "heart rate", "4", "42", "428", "4280");

	private static final List<String> DICTIONARIES = List.of("SELECT CAST(ITEMID AS CHAR(20)), LABEL FROM D_ITEMS",
			"SELECT CAST(ITEMID AS CHAR(20)), LABEL FROM D_LABITEMS", "SELECT ICD9_CODE, LONG_TITLE FROM D_ICD_DIAGNOSES",
			"SELECT ICD9_CODE, LONG_TITLE FROM D_ICD_PROCEDURES");

	public static void main(String[] args) throws Exception {
		Path directory = Path.of(args[0]);
		String dataset = args[1];
		int runs = args.length > 2 ? Integer.parseInt(args[2]) : 50;
		Dataset schema = new Mimic3Connector().schema();
		try (Workspace workspace = new DerbyStore().open(directory)) {
			long start = System.nanoTime();
			ConceptIndex index = new ConceptIndexReader(workspace).read(dataset, schema, null);
			System.out.printf(Locale.ROOT, "index read: %d concepts in %.0f ms%n", index.size(), (System.nanoTime() - start) / 1e6);
			System.out.println("keystroke\tmatches\tindex median ms\tindex max ms\tLIKE D_ITEMS median ms\tLIKE all 4 median ms");
			List<double[]> all = new ArrayList<>();
			for (String text : KEYSTROKES) {
				int matches = index.search(ConceptQuery.of(text, 500)).total();
				double[] search = time(runs, () -> index.search(ConceptQuery.of(text, 500)));
				double[] likeItems = time(runs, () -> like(workspace, dataset, List.of(DICTIONARIES.get(0)), text));
				double[] likeAll = time(runs, () -> like(workspace, dataset, DICTIONARIES, text));
				all.add(new double[] { search[0], search[1], likeItems[0], likeAll[0] });
				System.out.printf(Locale.ROOT, "'%s'\t%d\t%.2f\t%.2f\t%.2f\t%.2f%n", text, matches, search[0], search[1],
						likeItems[0], likeAll[0]);
			}
			System.out.printf(Locale.ROOT, "worst keystroke\t\t%.2f\t%.2f\t%.2f\t%.2f%n", max(all, 0), max(all, 1), max(all, 2),
					max(all, 3));
		}
	}

	/** The same match as the index, in SQL: every word LIKE '%word%' in the lower-cased label, or the key's start. */
	private static void like(Workspace workspace, String dataset, List<String> selects, String text) throws Exception {
		String lower = text.strip().toLowerCase(Locale.ROOT).replace("'", "''");
		String[] words = lower.split("\\s+");
		List<String> parts = new ArrayList<>();
		for (String select : selects) {
			String key = select.substring("SELECT ".length(), select.indexOf(',')).strip();
			String label = select.substring(select.indexOf(',') + 1, select.indexOf(" FROM")).strip();
			StringBuilder where = new StringBuilder("(");
			for (int i = 0; i < words.length; i++) {
				where.append(i == 0 ? "" : " AND ").append("LOWER(").append(label).append(") LIKE '%").append(words[i]).append("%'");
			}
			where.append(") OR TRIM(").append(key).append(") LIKE '").append(lower).append("%'");
			parts.add(select + " WHERE " + where);
		}
		workspace.query(dataset, String.join(" UNION ALL ", parts), 500, new Discard(), null);
	}

	private static double[] time(int runs, Work work) throws Exception {
		for (int i = 0; i < WARMUP; i++) {
			work.run();
		}
		double[] ms = new double[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			work.run();
			ms[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(ms);
		return new double[] { ms[runs / 2], ms[runs - 1] };
	}

	private static double max(List<double[]> rows, int column) {
		return rows.stream().mapToDouble(r -> r[column]).max().orElse(0);
	}

	private interface Work {
		void run() throws Exception;
	}

	private static final class Discard implements RowHandler {
		@Override
		public void columns(List<ResultColumn> columns) {
		}

		@Override
		public void row(Object[] values) {
		}
	}
}
