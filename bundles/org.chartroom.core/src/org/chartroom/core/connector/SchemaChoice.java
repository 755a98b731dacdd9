package org.chartroom.core.connector;

import java.util.Optional;

import org.chartroom.model.warehouse.Dataset;

/**
 * The schema a connector picked for the files of one import, and why, for connectors whose format
 * has versions (OMOP CDM 5.3 or 5.4).
 *
 * @param schema the model the tables are created from; its name is recorded with the dataset
 * @param reason how the choice was made, in words for the user, e.g. {@code OMOP CDM 5.3 (cdm_source.cdm_version is 5.3.1)};
 *               empty when there was nothing to choose
 */
public record SchemaChoice(Dataset schema, Optional<String> reason) {

	/** The only schema of a connector that has one. */
	public static SchemaChoice only(Dataset schema) {
		return new SchemaChoice(schema, Optional.empty());
	}
}
