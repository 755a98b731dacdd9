package org.chartroom.population.builtin;

import java.util.List;
import java.util.Optional;

import org.chartroom.cohort.sql.SqlPart;
import org.chartroom.core.store.StoreException;
import org.chartroom.population.PopulationContext;
import org.chartroom.population.PopulationStatistic;
import org.chartroom.population.StatisticResult;
import org.chartroom.population.Table1Row;
import org.chartroom.population.stats.Figures;
import org.chartroom.population.stats.PopulationSql;
import org.eclipse.core.runtime.IProgressMonitor;
import org.osgi.service.component.annotations.Component;

/**
 * Mortality from the model's date of death ({@code DeathDates}): entries whose patient died during the
 * entry (the day of death from the entry's first day to its last: MIMIC-III's DOD is a date), and
 * patients with any recorded death. For admissions the first is in-hospital mortality.
 */
@Component(service = PopulationStatistic.class)
public final class MortalityStatistic implements PopulationStatistic {

	@Override
	public String id() {
		return "mortality";
	}

	@Override
	public int order() {
		return 400;
	}

	@Override
	public StatisticResult compute(PopulationContext context, IProgressMonitor monitor) throws StoreException {
		PopulationSql sql = new PopulationSql(context);
		Optional<String> death = sql.deathDate();
		if (death.isEmpty()) {
			return new StatisticResult(List.of(), List.of());
		}
		SqlPart from = sql.fromEntriesAndPatients();
		String day = "CAST(" + death.get() + " AS DATE)";
		Object[] entries = sql.rows(new SqlPart("SELECT COUNT(*), SUM(CASE WHEN " + day + " >= CAST(m.ENTRY_START AS DATE) AND (m.ENTRY_END IS NULL OR "
				+ day + " <= CAST(m.ENTRY_END AS DATE)) THEN 1 ELSE 0 END)" + from.sql(), from.parameters()), monitor).get(0);
		Object[] patients = sql.rows(new SqlPart("SELECT COUNT(*), SUM(d.DIED) FROM (SELECT DISTINCT m.PATIENT_ID, CASE WHEN " + death.get()
				+ " IS NULL THEN 0 ELSE 1 END AS DIED" + from.sql() + ") d", from.parameters()), monitor).get(0);
		long entryCount = number(entries[0]);
		long patientCount = number(patients[0]);
		String entryLabel = context.population().entryLabel();
		return new StatisticResult(List.of(
				new Table1Row("Died during the entry (" + entryLabel.toLowerCase(java.util.Locale.ROOT) + "), n (%)",
						Figures.countAndPercent(number(entries[1]), entryCount), entryCount),
				new Table1Row("Died at any time recorded (patients), n (%)", Figures.countAndPercent(number(patients[1]), patientCount),
						patientCount)),
				List.of());
	}

	private static long number(Object value) {
		return value == null ? 0 : ((Number) value).longValue();
	}
}
