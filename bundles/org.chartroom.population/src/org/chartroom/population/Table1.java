package org.chartroom.population;

import java.util.List;

/** A population's Table 1: its rows and distributions, from every statistic in order. */
public record Table1(Population population, List<Table1Row> rows, List<Distribution> distributions) {

	public Table1 {
		rows = List.copyOf(rows);
		distributions = List.copyOf(distributions);
	}

	/** The first row whose characteristic starts with {@code start}. */
	public java.util.Optional<Table1Row> row(String start) {
		return rows.stream().filter(r -> r.characteristic().startsWith(start)).findFirst();
	}
}
