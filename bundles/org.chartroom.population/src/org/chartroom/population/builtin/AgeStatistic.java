package org.chartroom.population.builtin;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.chartroom.cohort.sql.SqlPart;
import org.chartroom.core.patients.Age;
import org.chartroom.core.store.StoreException;
import org.chartroom.model.warehouse.Column;
import org.chartroom.population.Distribution;
import org.chartroom.population.PopulationContext;
import org.chartroom.population.PopulationStatistic;
import org.chartroom.population.StatisticResult;
import org.chartroom.population.Table1Row;
import org.chartroom.population.stats.Binning;
import org.chartroom.population.stats.Figures;
import org.chartroom.population.stats.NumericSummary;
import org.chartroom.population.stats.PopulationSql;
import org.eclipse.core.runtime.IProgressMonitor;
import org.osgi.service.component.annotations.Component;

/**
 * Age at entry in whole years, over entries. Ages above {@value Age#OLDEST_SHOWN} stay in the ranking
 * (MIMIC-III puts them near 300, so they rank above every shown age, as the true ages would) and any
 * figure that falls on or between them prints as {@code >89}: the median stays right, no age is made up,
 * and how many entries are above 89 is a row of its own.
 */
@Component(service = PopulationStatistic.class)
public final class AgeStatistic implements PopulationStatistic {

	static final String TITLE = "Age at entry, years";

	@Override
	public String id() {
		return "age";
	}

	@Override
	public int order() {
		return 100;
	}

	@Override
	public StatisticResult compute(PopulationContext context, IProgressMonitor monitor) throws StoreException {
		PopulationSql sql = new PopulationSql(context);
		Column birth = sql.patient().getBirthDateColumn();
		if (birth == null) {
			return new StatisticResult(List.of(), List.of());
		}
		SqlPart from = sql.fromEntriesAndPatients();
		String years = sql.dialect().timestampDiff(ChronoUnit.YEARS, sql.name(PopulationSql.PATIENT, birth), "m.ENTRY_START");
		SqlPart ages = new SqlPart("SELECT " + years + " AS V" + from.sql(), from.parameters());
		NumericSummary summary = sql.summarize(ages, (min, max) -> Binning.fixed(0, 10, Age.OLDEST_SHOWN + 1, ">" + Age.OLDEST_SHOWN),
				monitor);
		long above = sql.count(new SqlPart("SELECT COUNT(*) FROM (" + ages.sql() + ") a WHERE a.V > " + Age.OLDEST_SHOWN,
				ages.parameters()), monitor);
		List<Table1Row> rows = new ArrayList<>();
		rows.add(new Table1Row(TITLE + ", median (IQR)", Figures.medianAndIqr(summary, AgeStatistic::age), summary.n()));
		rows.add(new Table1Row(TITLE + ", range", Figures.range(summary, AgeStatistic::age), summary.n()));
		rows.add(new Table1Row(TITLE + ", above " + Age.OLDEST_SHOWN + ", n (%)", Figures.countAndPercent(above, summary.n()),
				summary.n()));
		return new StatisticResult(rows,
				summary.n() == 0 ? List.of() : List.of(new Distribution(TITLE, Distribution.Kind.HISTOGRAM, summary.bins())));
	}

	/** {@code 67}, {@code 67.5}, or {@code >89} for anything above 89. */
	static String age(double years) {
		return years > Age.OLDEST_SHOWN ? ">" + Age.OLDEST_SHOWN : Figures.number(years);
	}
}
