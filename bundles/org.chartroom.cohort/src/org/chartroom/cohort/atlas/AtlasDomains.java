package org.chartroom.cohort.atlas;

import java.util.Map;
import java.util.Optional;

import org.chartroom.model.warehouse.Dataset;
import org.chartroom.model.warehouse.EventSemantics;
import org.chartroom.model.warehouse.Table;

/**
 * ATLAS criterion types and the event domains of a model ({@link EventSemantics#getDomain()}) they
 * stand for; an event table is found by its domain, never by name.
 */
final class AtlasDomains {

	private static final Map<String, String> DOMAIN_OF_TYPE = Map.of("ConditionOccurrence", "condition", "Measurement",
			"measurement", "DrugExposure", "drug", "ProcedureOccurrence", "procedure", "Observation", "observation",
			"DeviceExposure", "device", "Specimen", "specimen");

	/** ATLAS's gender concepts by the code a sex column holds. */
	static final Map<String, Long> GENDER_CONCEPTS = Map.of("F", 8532L, "M", 8507L);

	private AtlasDomains() {
	}

	static Optional<String> domainOf(String atlasType) {
		return Optional.ofNullable(DOMAIN_OF_TYPE.get(atlasType));
	}

	static Optional<String> typeOf(String domain) {
		return DOMAIN_OF_TYPE.entrySet().stream().filter(e -> e.getValue().equalsIgnoreCase(domain)).map(Map.Entry::getKey)
				.findFirst();
	}

	/** The model's first event table of a domain. */
	static Optional<Table> eventTable(Dataset schema, String domain) {
		return schema.getTables().stream().filter(t -> t.getSemantics() instanceof EventSemantics e
				&& domain.equalsIgnoreCase(e.getDomain())).findFirst();
	}
}
