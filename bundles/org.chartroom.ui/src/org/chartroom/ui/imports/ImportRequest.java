package org.chartroom.ui.imports;

import java.nio.file.Path;

import org.chartroom.core.connector.Connector;
import org.chartroom.core.workspace.DatasetName;

/**
 * What the import wizard asks for.
 *
 * @param connector the kind of files
 * @param source    the folder of CSV files, or a zip of them
 * @param name      the new dataset's name
 * @param replace   replace the dataset of that name when the import completes
 */
public record ImportRequest(Connector connector, Path source, DatasetName name, boolean replace) {
}
