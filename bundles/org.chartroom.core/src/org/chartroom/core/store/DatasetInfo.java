package org.chartroom.core.store;

import java.time.Instant;
import java.util.Optional;

/**
 * A published dataset of a workspace.
 *
 * @param name       the name as given when it was created (compared case-insensitively)
 * @param sourceKind the kind of source it came from, e.g. {@code mimic3} or {@code omop}: the id of its connector
 * @param createdAt  when it was published
 * @param tableCount how many tables it holds
 * @param model      which of the connector's schemas its tables follow ({@code Dataset.getName()} of the
 *                   connector's model, e.g. {@code omop-5.4}); empty for a dataset recorded without one
 */
public record DatasetInfo(String name, String sourceKind, Instant createdAt, int tableCount, Optional<String> model) {

	public DatasetInfo {
		model = model.filter(m -> !m.isBlank());
	}

	/** A dataset recorded without a model: readers take the connector's only (or newest) schema. */
	public DatasetInfo(String name, String sourceKind, Instant createdAt, int tableCount) {
		this(name, sourceKind, createdAt, tableCount, Optional.empty());
	}
}
