package org.chartroom.core.overview;

import java.util.List;
import java.util.Optional;

/**
 * A dataset at a glance, found through the clinical semantics of its connector's model rather than
 * table names: how many patients, how many stays of each kind, and the time its stays cover.
 * {@link DatasetOverviewReader} makes one.
 *
 * @param patients the table with the model's patient role; empty when the model names none or the
 *                 dataset lacks it
 * @param stays    the tables with a stay role that the dataset holds, top-level stays first
 *                 (ordered by {@link StayCount#level()}, then as the model lists them)
 * @param timeSpan the earliest start to the latest end of the level-1 stays; empty when there are none
 */
public record DatasetOverview(Optional<TableCount> patients, List<StayCount> stays, Optional<TimeSpan> timeSpan) {

	public DatasetOverview {
		stays = List.copyOf(stays);
	}
}
