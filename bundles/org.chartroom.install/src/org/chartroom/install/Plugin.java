package org.chartroom.install;

import java.util.Optional;

/**
 * A feature a p2 repository offers, as a person chooses it: its id (without p2's {@code .feature.group}),
 * its name and version, and the version installed now, if any.
 */
public record Plugin(String id, String name, String version, Optional<String> installedVersion) {
}
