package org.chartroom.core.concepts;

/**
 * How much a dataset uses a concept in one event table.
 *
 * @param eventTable the event table
 * @param patients   distinct patients with at least one such row
 * @param rows       rows naming the concept
 */
public record ConceptUse(String eventTable, long patients, long rows) {
}
