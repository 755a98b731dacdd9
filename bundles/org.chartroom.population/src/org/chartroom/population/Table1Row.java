package org.chartroom.population;

/**
 * One line of a Table 1.
 *
 * @param characteristic what is described, with its statistic ({@code Age at entry, years, median (IQR)})
 * @param value          the figure as a clinician reads it ({@code 76 (62–84)}, {@code 55 (55.0%)})
 * @param n              how many entries or patients the figure is computed over (its denominator)
 */
public record Table1Row(String characteristic, String value, long n) {
}
