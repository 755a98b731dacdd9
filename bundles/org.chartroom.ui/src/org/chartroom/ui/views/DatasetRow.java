package org.chartroom.ui.views;

import java.util.Optional;

import org.chartroom.core.store.DatasetInfo;

/**
 * A dataset as the store lists it, with what its connector says about its kind.
 *
 * @param info        the store's record of it
 * @param sourceName  the connector's name for people, e.g. {@code MIMIC-III v1.4}, if it is installed
 * @param description the connector's description of the schema, if it has one
 */
record DatasetRow(DatasetInfo info, Optional<String> sourceName, Optional<String> description) {
}
