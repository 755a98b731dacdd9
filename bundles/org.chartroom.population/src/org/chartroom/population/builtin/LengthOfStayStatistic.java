package org.chartroom.population.builtin;

import java.time.temporal.ChronoUnit;
import java.util.List;

import org.chartroom.cohort.sql.SqlPart;
import org.chartroom.core.store.StoreException;
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

/** Length of each entry in days (end minus start, to the second), over entries with an end. */
@Component(service = PopulationStatistic.class)
public final class LengthOfStayStatistic implements PopulationStatistic {

	static final String TITLE = "Length of stay, days";

	@Override
	public String id() {
		return "los";
	}

	@Override
	public int order() {
		return 300;
	}

	@Override
	public StatisticResult compute(PopulationContext context, IProgressMonitor monitor) throws StoreException {
		PopulationSql sql = new PopulationSql(context);
		SqlPart from = sql.fromEntries();
		String seconds = sql.dialect().timestampDiff(ChronoUnit.SECONDS, "m.ENTRY_START", "m.ENTRY_END");
		SqlPart days = new SqlPart("SELECT CAST(" + seconds + " AS DOUBLE) / 86400 AS V" + from.sql() + " WHERE m.ENTRY_END IS NOT NULL",
				from.parameters());
		NumericSummary summary = sql.summarize(days, (min, max) -> Binning.equalWidth(min, max, 20, Figures::number), monitor);
		return new StatisticResult(
				List.of(new Table1Row(TITLE + ", median (IQR)", Figures.medianAndIqr(summary, Figures::number), summary.n())),
				summary.n() == 0 ? List.of() : List.of(new Distribution(TITLE, Distribution.Kind.HISTOGRAM, summary.bins())));
	}
}
