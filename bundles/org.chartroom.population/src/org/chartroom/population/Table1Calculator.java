package org.chartroom.population;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.chartroom.core.store.StoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/** Runs statistics on a population, in their {@link PopulationStatistic#order() order}, into one {@link Table1}. */
public final class Table1Calculator {

	private Table1Calculator() {
	}

	public static Table1 compute(PopulationContext context, List<? extends PopulationStatistic> statistics, IProgressMonitor monitor)
			throws StoreException {
		List<PopulationStatistic> ordered = new ArrayList<>(statistics);
		ordered.sort(Comparator.comparingInt(PopulationStatistic::order));
		SubMonitor progress = SubMonitor.convert(monitor, "Table 1 of " + context.population().title(), ordered.size());
		List<Table1Row> rows = new ArrayList<>();
		List<Distribution> distributions = new ArrayList<>();
		for (PopulationStatistic statistic : ordered) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			progress.subTask(statistic.id());
			StatisticResult result;
			try {
				result = statistic.compute(context, progress.split(1));
			} catch (RuntimeException e) {
				if (e instanceof OperationCanceledException) {
					throw e;
				}
				throw new StoreException("Statistic '" + statistic.id() + "' failed: " + e, e);
			}
			rows.addAll(result.rows());
			distributions.addAll(result.distributions());
		}
		return new Table1(context.population(), rows, distributions);
	}
}
