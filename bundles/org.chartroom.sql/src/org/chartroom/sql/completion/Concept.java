package org.chartroom.sql.completion;

/**
 * An entry of a clinical dictionary.
 *
 * @param code  its key as stored: an {@link Integer}, {@link Long} or {@link String}
 * @param label its name for people, e.g. {@code Heart Rate}
 */
public record Concept(Object code, String label) {
}
