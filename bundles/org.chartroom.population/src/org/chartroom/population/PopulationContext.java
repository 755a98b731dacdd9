package org.chartroom.population;

import org.chartroom.core.store.DatasetInfo;
import org.chartroom.core.store.Workspace;
import org.chartroom.model.warehouse.Dataset;

/**
 * What a {@link PopulationStatistic} computes on: the open workspace, the dataset, its model
 * ({@code Connector.schemaOf(dataset)}) and the population's entries. A statistic reads the dataset
 * through the model's semantics only, and through {@link org.chartroom.population.stats.PopulationSql}.
 */
public record PopulationContext(Workspace workspace, DatasetInfo dataset, Dataset schema, Population population) {
}
