package org.chartroom.ui.views;

import java.util.List;
import java.util.Optional;

import org.chartroom.core.connector.Connector;
import org.chartroom.core.store.DatasetInfo;
import org.chartroom.model.warehouse.Dataset;
import org.chartroom.model.warehouse.Table;

/**
 * What the installed connectors' schema models say about a kind of dataset and its tables. A
 * dataset whose connector is not installed simply has no descriptions.
 */
final class SchemaDescriptions {

	private final List<Connector> connectors;

	SchemaDescriptions(List<Connector> connectors) {
		this.connectors = List.copyOf(connectors);
	}

	DatasetRow describe(DatasetInfo info) {
		Optional<Connector> connector = connector(info.sourceKind());
		return new DatasetRow(info, connector.map(Connector::displayName),
				connector.map(c -> c.schemaOf(info)).map(Dataset::getDescription).flatMap(SchemaDescriptions::text));
	}

	/** The description of a table of the dataset, from the schema it was imported with (e.g. OMOP CDM 5.3 or 5.4). */
	Optional<String> table(DatasetInfo dataset, String table) {
		return connector(dataset.sourceKind()).flatMap(connector -> connector.schemaOf(dataset).getTables().stream()
				.filter(candidate -> candidate.getName().equalsIgnoreCase(table))
				.findFirst())
				.map(Table::getDescription)
				.flatMap(SchemaDescriptions::text);
	}

	private Optional<Connector> connector(String sourceKind) {
		return connectors.stream().filter(connector -> connector.id().equals(sourceKind)).findFirst();
	}

	private static Optional<String> text(String description) {
		return Optional.ofNullable(description).filter(text -> !text.isBlank());
	}
}
