package org.chartroom.ui.about;

/** One line of the About dialog: a component and what of it is running. */
public record VersionLine(String component, String version) {
}
