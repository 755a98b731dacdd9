package org.chartroom.population.builtin;

import java.util.List;

import org.chartroom.cohort.sql.SqlPart;
import org.chartroom.core.store.StoreException;
import org.chartroom.population.PopulationContext;
import org.chartroom.population.PopulationStatistic;
import org.chartroom.population.StatisticResult;
import org.chartroom.population.Table1Row;
import org.chartroom.population.stats.PopulationSql;
import org.eclipse.core.runtime.IProgressMonitor;
import org.osgi.service.component.annotations.Component;

/** The population's size: patients and entries (admissions, ICU stays, visits). */
@Component(service = PopulationStatistic.class)
public final class CountStatistic implements PopulationStatistic {

	@Override
	public String id() {
		return "counts";
	}

	@Override
	public int order() {
		return 0;
	}

	@Override
	public StatisticResult compute(PopulationContext context, IProgressMonitor monitor) throws StoreException {
		PopulationSql sql = new PopulationSql(context);
		SqlPart from = sql.fromEntries();
		Object[] counts = sql.rows(new SqlPart("SELECT COUNT(*), COUNT(DISTINCT m.PATIENT_ID)" + from.sql(), from.parameters()), monitor)
				.get(0);
		long entries = ((Number) counts[0]).longValue();
		long patients = ((Number) counts[1]).longValue();
		return new StatisticResult(List.of(new Table1Row("Patients, n", Long.toString(patients), patients),
				new Table1Row(context.population().entryLabel() + ", n", Long.toString(entries), entries)), List.of());
	}
}
