package org.chartroom.ui.sql.editor;

import org.chartroom.ui.views.DatasetsTopics;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.osgi.service.event.EventHandler;

/**
 * Tells the editor when the workspace's datasets may have changed: the same events that make the
 * Datasets view list them again (an import, a replacing import, Refresh).
 */
final class DatasetChanges implements AutoCloseable {

	private final IEventBroker events;
	private final EventHandler handler;

	DatasetChanges(IEventBroker events, Runnable changed) {
		this.events = events;
		this.handler = event -> changed.run();
		events.subscribe(DatasetsTopics.IMPORTED, handler);
		events.subscribe(DatasetsTopics.REFRESH, handler);
	}

	@Override
	public void close() {
		events.unsubscribe(handler);
	}
}
