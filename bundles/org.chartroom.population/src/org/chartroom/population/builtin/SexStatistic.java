package org.chartroom.population.builtin;

import java.util.ArrayList;
import java.util.List;

import org.chartroom.cohort.sql.SqlPart;
import org.chartroom.core.store.StoreException;
import org.chartroom.model.warehouse.Column;
import org.chartroom.population.Distribution;
import org.chartroom.population.Distribution.Bin;
import org.chartroom.population.PopulationContext;
import org.chartroom.population.PopulationStatistic;
import org.chartroom.population.StatisticResult;
import org.chartroom.population.Table1Row;
import org.chartroom.population.stats.Figures;
import org.chartroom.population.stats.PopulationSql;
import org.eclipse.core.runtime.IProgressMonitor;
import org.osgi.service.component.annotations.Component;

/** Patients by the values of the model's sex column (MIMIC-III GENDER, OMOP gender_source_value), over patients. */
@Component(service = PopulationStatistic.class)
public final class SexStatistic implements PopulationStatistic {

	@Override
	public String id() {
		return "sex";
	}

	@Override
	public int order() {
		return 200;
	}

	@Override
	public StatisticResult compute(PopulationContext context, IProgressMonitor monitor) throws StoreException {
		PopulationSql sql = new PopulationSql(context);
		Column sex = sql.patient().getSexColumn();
		if (sex == null) {
			return new StatisticResult(List.of(), List.of());
		}
		SqlPart from = sql.fromEntriesAndPatients();
		List<Object[]> counts = sql.rows(new SqlPart("SELECT s.S, COUNT(*) FROM (SELECT DISTINCT m.PATIENT_ID, "
				+ sql.name(PopulationSql.PATIENT, sex) + " AS S" + from.sql() + ") s GROUP BY s.S ORDER BY s.S", from.parameters()), monitor);
		long patients = counts.stream().mapToLong(r -> ((Number) r[1]).longValue()).sum();
		List<Table1Row> rows = new ArrayList<>();
		List<Bin> bars = new ArrayList<>();
		for (Object[] row : counts) {
			String value = row[0] == null ? "unknown" : row[0].toString().strip();
			long count = ((Number) row[1]).longValue();
			rows.add(new Table1Row("Sex: " + value + ", n (%)", Figures.countAndPercent(count, patients), patients));
			bars.add(new Bin(value, Double.NaN, Double.NaN, count));
		}
		return new StatisticResult(rows, bars.isEmpty() ? List.of() : List.of(new Distribution("Sex, patients", Distribution.Kind.BARS, bars)));
	}
}
