package org.chartroom.cohort.run;

import java.util.ArrayList;
import java.util.List;

import org.chartroom.cohort.sql.CompiledCohort;
import org.chartroom.cohort.sql.SqlPart;
import org.chartroom.core.store.ResultColumn;
import org.chartroom.core.store.RowHandler;
import org.chartroom.core.store.StoreException;
import org.chartroom.core.store.Workspace;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Counts a compiled cohort on a dataset, step by step: one {@code COUNT(*), COUNT(DISTINCT)} query per
 * attrition step (Derby allows one DISTINCT aggregate per query, so the steps cannot share one).
 */
public final class CohortCounter {

	private final Workspace workspace;
	private final String dataset;

	public CohortCounter(Workspace workspace, String dataset) {
		this.workspace = workspace;
		this.dataset = dataset;
	}

	public CohortCounts count(CompiledCohort cohort, IProgressMonitor monitor) throws StoreException {
		int steps = cohort.conditions().size() + 1;
		SubMonitor progress = SubMonitor.convert(monitor, "Counting the cohort", steps);
		List<AttritionStep> attrition = new ArrayList<>();
		for (int step = 0; step < steps; step++) {
			long[] counts = counts(cohort.counts(step), progress.split(1));
			String label = step == 0 ? cohort.entryLabel() : cohort.labels().get(step - 1);
			attrition.add(new AttritionStep(label, counts[0], counts[1]));
		}
		return new CohortCounts(attrition);
	}

	/** Entries and distinct patients of the cohort only (no attrition): the count to refresh as criteria change. */
	public AttritionStep countAll(CompiledCohort cohort, IProgressMonitor monitor) throws StoreException {
		long[] counts = counts(cohort.counts(cohort.conditions().size()), monitor);
		return new AttritionStep(cohort.entryLabel(), counts[0], counts[1]);
	}

	private long[] counts(SqlPart query, IProgressMonitor monitor) throws StoreException {
		long[] counts = new long[2];
		workspace.query(dataset, query.sql(), query.parameters(), 1, new RowHandler() {
			@Override
			public void columns(List<ResultColumn> columns) {
				// two counts, known
			}

			@Override
			public void row(Object[] values) {
				counts[0] = ((Number) values[0]).longValue();
				counts[1] = ((Number) values[1]).longValue();
			}
		}, monitor);
		return counts;
	}
}
