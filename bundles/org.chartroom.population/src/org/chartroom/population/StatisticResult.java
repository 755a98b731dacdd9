package org.chartroom.population;

import java.util.List;

/** What one {@link PopulationStatistic} contributes: rows of the Table 1 and charts. */
public record StatisticResult(List<Table1Row> rows, List<Distribution> distributions) {

	public StatisticResult {
		rows = List.copyOf(rows);
		distributions = List.copyOf(distributions);
	}
}
