package org.chartroom.core.store;

import java.time.Instant;

/**
 * A published dataset of a workspace.
 *
 * @param name       the name as given when it was created (compared case-insensitively)
 * @param sourceKind the kind of source it came from, e.g. {@code mimic3} or {@code omop}
 * @param createdAt  when it was published
 * @param tableCount how many tables it holds
 */
public record DatasetInfo(String name, String sourceKind, Instant createdAt, int tableCount) {
}
