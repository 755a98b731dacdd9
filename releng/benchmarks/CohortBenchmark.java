import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.chartroom.cohort.AgeCriterion;
import org.chartroom.cohort.Cohort;
import org.chartroom.cohort.CohortFactory;
import org.chartroom.cohort.ConceptCriterion;
import org.chartroom.cohort.LengthOfStayCriterion;
import org.chartroom.cohort.run.CohortCounter;
import org.chartroom.cohort.sql.CohortCompiler;
import org.chartroom.cohort.sql.CompiledCohort;
import org.chartroom.connector.mimic3.Mimic3Connector;
import org.chartroom.core.store.ResultColumn;
import org.chartroom.core.store.RowHandler;
import org.chartroom.core.store.Workspace;
import org.chartroom.model.warehouse.Dataset;
import org.chartroom.store.derby.DerbyStore;

/**
 * Cohort count latency: the three MIMIC-III cohorts of issue 9 compiled and counted (entries and
 * distinct patients, the count the builder refreshes as criteria change; and the whole attrition),
 * beside hand-written SQL for the same cohort in the same run on the same workspace. Runs on a plain
 * class path of the product's jars (no OSGi). Each is timed RUNS times after WARMUP runs; median and
 * maximum in milliseconds.
 * Usage: java -cp JARS CohortBenchmark.java WORKSPACE DATASET [RUNS]
 */
public final class CohortBenchmark {

	private static final int WARMUP = 5;
	private static final CohortFactory FACTORY = CohortFactory.eINSTANCE;

	private record Case(String name, Cohort cohort, String handSql) {
	}

	public static void main(String[] args) throws Exception {
		Path directory = Path.of(args[0]);
		String dataset = args[1];
		int runs = args.length > 2 ? Integer.parseInt(args[2]) : 20;
		Dataset schema = new Mimic3Connector().schema();
		try (Workspace workspace = new DerbyStore().open(directory)) {
			CohortCompiler compiler = new CohortCompiler(schema, workspace.dialect());
			CohortCounter counter = new CohortCounter(workspace, dataset);
			System.out.println("cohort\tentries\tpatients\tcount median ms\tcount max ms\tattrition median ms\thand SQL median ms\thand SQL max ms");
			for (Case c : cases()) {
				CompiledCohort compiled = compiler.compile(c.cohort());
				var result = counter.countAll(compiled, null);
				long[] hand = hand(workspace, dataset, c.handSql());
				if (hand[0] != result.entries() || hand[1] != result.patients()) {
					throw new AssertionError(c.name() + ": compiled " + result + " but hand SQL " + Arrays.toString(hand));
				}
				double[] count = time(runs, () -> counter.countAll(compiler.compile(c.cohort()), null));
				double[] attrition = time(runs, () -> counter.count(compiler.compile(c.cohort()), null));
				double[] handTime = time(runs, () -> hand(workspace, dataset, c.handSql()));
				System.out.printf(Locale.ROOT, "%s\t%d\t%d\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f%n", c.name(), result.entries(),
						result.patients(), count[0], count[1], attrition[0], handTime[0], handTime[1]);
			}
		}
	}

	private static List<Case> cases() {
		Cohort adults = cohort("icu");
		AgeCriterion age = FACTORY.createAgeCriterion();
		age.setMinYears(18);
		age.setMaxYears(89);
		LengthOfStayCriterion los = FACTORY.createLengthOfStayCriterion();
		los.setMinDays("2");
		adults.getCriteria().addAll(List.of(age, los));

		Cohort heartFailure = cohort("admission");
		ConceptCriterion diagnosis = FACTORY.createConceptCriterion();
		diagnosis.setTable("DIAGNOSES_ICD");
		diagnosis.getCodes().add("4280");
		diagnosis.setCodePrefix(true);
		diagnosis.setSameStay(true);
		heartFailure.getCriteria().add(diagnosis);

		Cohort tachycardia = cohort("icu");
		ConceptCriterion heartRate = FACTORY.createConceptCriterion();
		heartRate.setTable("CHARTEVENTS");
		heartRate.getCodes().addAll(List.of("211", "220045"));
		heartRate.setSameStay(true);
		heartRate.setWindowStartHours(0);
		heartRate.setWindowEndHours(24);
		heartRate.setMinValue("120");
		heartRate.setMinExclusive(true);
		tachycardia.getCriteria().add(heartRate);

		return List.of(
				new Case("ICU stays, age 18-89, LOS >= 2 d", adults, "SELECT COUNT(*), COUNT(DISTINCT i.SUBJECT_ID) FROM ICUSTAYS i "
						+ "JOIN PATIENTS p ON p.SUBJECT_ID = i.SUBJECT_ID WHERE {fn TIMESTAMPADD(SQL_TSI_YEAR, 18, p.DOB)} <= i.INTIME "
						+ "AND {fn TIMESTAMPADD(SQL_TSI_YEAR, 90, p.DOB)} > i.INTIME AND i.OUTTIME IS NOT NULL "
						+ "AND {fn TIMESTAMPDIFF(SQL_TSI_SECOND, i.INTIME, i.OUTTIME)} >= 172800"),
				new Case("admissions, ICD9 4280*", heartFailure, "SELECT COUNT(*), COUNT(DISTINCT a.SUBJECT_ID) FROM ADMISSIONS a "
						+ "WHERE a.HADM_ID IN (SELECT d.HADM_ID FROM DIAGNOSES_ICD d WHERE d.ICD9_CODE LIKE '4280%')"),
				new Case("ICU stays, HR > 120 in first 24 h", tachycardia, "SELECT COUNT(*), COUNT(DISTINCT i.SUBJECT_ID) FROM ICUSTAYS i "
						+ "WHERE i.ICUSTAY_ID IN (SELECT c.ICUSTAY_ID FROM CHARTEVENTS c JOIN ICUSTAYS s ON s.ICUSTAY_ID = c.ICUSTAY_ID "
						+ "WHERE c.ITEMID IN (211, 220045) AND c.VALUENUM > 120 AND c.CHARTTIME >= s.INTIME "
						+ "AND c.CHARTTIME <= {fn TIMESTAMPADD(SQL_TSI_HOUR, 24, s.INTIME)})"));
	}

	private static Cohort cohort(String level) {
		Cohort cohort = FACTORY.createCohort();
		cohort.setEntryLevel(level);
		return cohort;
	}

	private static long[] hand(Workspace workspace, String dataset, String sql) throws Exception {
		long[] counts = new long[2];
		workspace.query(dataset, sql, 1, new RowHandler() {
			@Override
			public void columns(List<ResultColumn> columns) {
			}

			@Override
			public void row(Object[] values) {
				counts[0] = ((Number) values[0]).longValue();
				counts[1] = ((Number) values[1]).longValue();
			}
		}, null);
		return counts;
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
