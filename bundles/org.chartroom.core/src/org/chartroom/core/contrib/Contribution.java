package org.chartroom.core.contrib;

/**
 * One installed contribution, as a list of plugins shows it.
 *
 * @param kind    what it contributes, e.g. {@code connector}, {@code store}, {@code generator}, {@code report}
 * @param id      the id users type for it (a connector's {@code --source}, a report's {@code --report})
 * @param label   a name for people
 * @param bundle  the symbolic name of the bundle that contributes it
 * @param version that bundle's version
 */
public record Contribution(String kind, String id, String label, String bundle, String version) {
}
