package org.chartroom.report;

/**
 * A parameter a design declares.
 *
 * @param name     what users type before {@code =}
 * @param prompt   a label for people (the name when the design gives none)
 * @param required whether a run needs it
 * @param type     BIRT's data type: {@code string}, {@code integer}, {@code decimal}, {@code date}, ...
 */
public record ReportParameter(String name, String prompt, boolean required, String type) {
}
