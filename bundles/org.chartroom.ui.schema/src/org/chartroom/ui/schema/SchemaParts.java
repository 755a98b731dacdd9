package org.chartroom.ui.schema;

import org.chartroom.ui.selection.DatasetSelection;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;

/**
 * Opens the Schema view or the Diagram view on a dataset: shows the view, then tells it which
 * dataset through the event broker (the views also follow the Datasets view's selection).
 */
public final class SchemaParts {

	public static final String SCHEMA_VIEW = "org.chartroom.ui.schema.views.schema";
	public static final String DIAGRAM_VIEW = "org.chartroom.ui.schema.views.diagram";
	/** Carries a {@link DatasetSelection} to the view named by the topic's last segment. */
	public static final String TOPIC_SCHEMA = "org/chartroom/ui/schema/show/schema";
	public static final String TOPIC_DIAGRAM = "org/chartroom/ui/schema/show/diagram";

	private SchemaParts() {
	}

	public static void openSchema(IWorkbenchWindow window, DatasetSelection dataset) throws PartInitException {
		open(window, SCHEMA_VIEW, TOPIC_SCHEMA, dataset);
	}

	public static void openDiagram(IWorkbenchWindow window, DatasetSelection dataset) throws PartInitException {
		open(window, DIAGRAM_VIEW, TOPIC_DIAGRAM, dataset);
	}

	private static void open(IWorkbenchWindow window, String view, String topic, DatasetSelection dataset)
			throws PartInitException {
		window.getActivePage().showView(view);
		window.getService(IEventBroker.class).send(topic, dataset);
	}
}
