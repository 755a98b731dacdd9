package org.chartroom.ui.schema;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.chartroom.core.connector.Connector;
import org.chartroom.core.store.DatasetInfo;
import org.chartroom.diagram.io.SchemaFiles;
import org.chartroom.model.warehouse.Dataset;

/**
 * Where a dataset's schema model comes from: the one imported into the workspace for it, else the
 * model of the connector it was imported with. The CLI's {@code schema} verb picks it the same way.
 */
public final class SchemaSource {

	private SchemaSource() {
	}

	public static Dataset of(Path workspace, DatasetInfo dataset, List<Connector> connectors) throws IOException {
		Optional<Dataset> imported = new SchemaFiles(workspace).imported(dataset.name());
		if (imported.isPresent()) {
			return imported.get();
		}
		return connectors.stream().filter(c -> c.id().equals(dataset.sourceKind())).findFirst()
				.orElseThrow(() -> new IOException("No connector '" + dataset.sourceKind() + "' is installed, so the schema of "
						+ dataset.name() + " is unknown."))
				.schemaOf(dataset);
	}
}
