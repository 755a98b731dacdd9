package org.chartroom.ui.sql.editor;

import java.util.Arrays;
import java.util.Optional;

import org.chartroom.core.connector.Connector;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The installed connectors, found as OSGi services; the dataset's source kind names its connector. */
final class Connectors {

	private static ServiceTracker<Connector, Connector> tracker;

	private Connectors() {
	}

	static synchronized Optional<Connector> byId(String id) {
		if (tracker == null) {
			tracker = new ServiceTracker<>(FrameworkUtil.getBundle(Connectors.class).getBundleContext(), Connector.class, null);
			tracker.open();
		}
		Connector[] all = tracker.getServices(new Connector[0]);
		return all == null ? Optional.empty() : Arrays.stream(all).filter(c -> c.id().equals(id)).findFirst();
	}
}
