package org.chartroom.cohort.run;

/**
 * How many entries and distinct patients remain after a step of the attrition.
 *
 * @param label the entry event for the first step, then each top-level criterion
 */
public record AttritionStep(String label, long entries, long patients) {
}
