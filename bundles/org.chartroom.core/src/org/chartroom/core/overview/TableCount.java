package org.chartroom.core.overview;

/**
 * How many rows a table with a clinical role holds.
 *
 * @param label for people, e.g. {@code Patients}
 * @param table the table's name as the store holds it
 * @param rows  its row count, as recorded when the dataset was published
 */
public record TableCount(String label, String table, long rows) {
}
