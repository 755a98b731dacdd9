package org.chartroom.core.overview;

/**
 * How many stays of one kind a dataset holds.
 *
 * @param label for people, the model's {@code StaySemantics.label} (e.g. {@code ICU stays}), else the table name
 * @param table the table's name as the store holds it
 * @param level 1 for stays that are part of no larger stay (hospital admissions, visits), 2 for stays
 *              within those (ICU stays), and so on
 * @param rows  its row count, as recorded when the dataset was published
 */
public record StayCount(String label, String table, int level, long rows) {
}
