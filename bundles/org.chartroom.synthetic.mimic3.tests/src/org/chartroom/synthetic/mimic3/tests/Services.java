package org.chartroom.synthetic.mimic3.tests;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import org.chartroom.core.connector.Connector;
import org.chartroom.core.generate.DataGenerator;
import org.chartroom.core.store.Store;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The generator, the MIMIC-III connector and the Derby store, found as OSGi services the way the product finds them. */
final class Services {

	private static final long WAIT_MILLIS = TimeUnit.SECONDS.toMillis(20);

	private Services() {
	}

	static DataGenerator mimic3Generator() throws Exception {
		ServiceTracker<DataGenerator, DataGenerator> tracker = new ServiceTracker<>(context(), DataGenerator.class, null);
		tracker.open();
		tracker.waitForService(WAIT_MILLIS);
		return Arrays.stream(tracker.getServices(new DataGenerator[0])).filter(g -> "mimic3".equals(g.id())).findFirst()
				.orElseThrow(() -> new AssertionError("no generator service with id mimic3"));
	}

	static Connector mimic3Connector() throws Exception {
		ServiceTracker<Connector, Connector> tracker = new ServiceTracker<>(context(), Connector.class, null);
		tracker.open();
		tracker.waitForService(WAIT_MILLIS);
		return Arrays.stream(tracker.getServices(new Connector[0])).filter(c -> "mimic3".equals(c.id())).findFirst()
				.orElseThrow(() -> new AssertionError("no connector service with id mimic3"));
	}

	static Store derby() throws Exception {
		BundleContext context = context();
		ServiceTracker<Store, Store> tracker = new ServiceTracker<>(context,
				context.createFilter("(&(objectClass=" + Store.class.getName() + ")(chartroom.store=derby))"), null);
		tracker.open();
		Store store = tracker.waitForService(WAIT_MILLIS);
		if (store == null) {
			throw new AssertionError("no Derby store service registered");
		}
		return store;
	}

	private static BundleContext context() {
		return FrameworkUtil.getBundle(Services.class).getBundleContext();
	}
}
