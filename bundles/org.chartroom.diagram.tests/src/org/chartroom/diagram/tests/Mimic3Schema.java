package org.chartroom.diagram.tests;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import org.chartroom.core.connector.Connector;
import org.chartroom.model.warehouse.Dataset;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The MIMIC-III schema model, from the connector service the product uses. */
final class Mimic3Schema {

	/** Every table of MIMIC-III v1.4. */
	static final int TABLES = 26;
	/** Every foreign key of the model (see the connector's model/README.md). */
	static final int FOREIGN_KEYS = 64;

	private Mimic3Schema() {
	}

	static Dataset load() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(Mimic3Schema.class).getBundleContext();
		ServiceTracker<Connector, Connector> tracker = new ServiceTracker<>(context, Connector.class, null);
		tracker.open();
		try {
			tracker.waitForService(TimeUnit.SECONDS.toMillis(20));
			return Arrays.stream(tracker.getServices(new Connector[0])).filter(c -> "mimic3".equals(c.id())).findFirst()
					.orElseThrow(() -> new AssertionError("no connector service with id mimic3")).schema();
		} finally {
			tracker.close();
		}
	}
}
