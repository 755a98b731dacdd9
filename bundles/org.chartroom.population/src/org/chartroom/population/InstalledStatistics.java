package org.chartroom.population;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Every {@link PopulationStatistic} service registered now: the built-in ones and those of installed
 * plugins, by order. Read each time a table is computed, so a plugin installed later is seen.
 */
public final class InstalledStatistics {

	private InstalledStatistics() {
	}

	public static List<PopulationStatistic> list() {
		BundleContext context = FrameworkUtil.getBundle(InstalledStatistics.class).getBundleContext();
		List<PopulationStatistic> statistics = new ArrayList<>();
		if (context == null) {
			return statistics;
		}
		try {
			Collection<ServiceReference<PopulationStatistic>> references = context.getServiceReferences(PopulationStatistic.class, null);
			for (ServiceReference<PopulationStatistic> reference : references) {
				PopulationStatistic statistic = context.getService(reference);
				if (statistic != null) {
					statistics.add(statistic);
				}
			}
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e);
		}
		statistics.sort(Comparator.comparingInt(PopulationStatistic::order).thenComparing(PopulationStatistic::id));
		return statistics;
	}
}
