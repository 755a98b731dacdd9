package org.chartroom.ui.views;

import java.util.Optional;

import org.chartroom.core.store.TableInfo;

/**
 * A table of a dataset with its size and, from the connector's schema, what it holds.
 *
 * @param dataset     the dataset's name
 * @param info        the store's record of the table
 * @param description the schema's description of the table, if there is one
 */
record TableRow(String dataset, TableInfo info, Optional<String> description) {
}
