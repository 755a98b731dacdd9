package org.chartroom.population;

import org.chartroom.core.store.StoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Rows of a Table 1 and charts of distributions for a population. The built-in rows (counts, age, sex,
 * length of stay, mortality) are OSGi services of this type; an institution's bundle adds its own the
 * same way, as a DS component: {@code @Component(service = PopulationStatistic.class)}. The Population
 * view and {@code ./chartroom population} list every registered one, by {@link #order()}.
 */
public interface PopulationStatistic {

	/** A stable id ({@code age}, {@code sex}); also what a failure message names. */
	String id();

	/** Where the rows go in the table: lower first. Built-ins use 0 to 400; measurements come after all services. */
	default int order() {
		return 1000;
	}

	/** Computes the rows and distributions; honours cancel of the monitor (which may be null). */
	StatisticResult compute(PopulationContext context, IProgressMonitor monitor) throws StoreException;
}
