package org.chartroom.connector.mimic3.tests;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import org.chartroom.core.connector.Connector;
import org.chartroom.core.store.Store;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The Derby store and the MIMIC-III connector, found as OSGi services the way the product finds them. */
final class Services {

	private Services() {
	}

	static Store derby() throws Exception {
		BundleContext context = context();
		ServiceTracker<Store, Store> tracker = new ServiceTracker<>(context,
				context.createFilter("(&(objectClass=" + Store.class.getName() + ")(chartroom.store=derby))"), null);
		tracker.open();
		Store store = tracker.waitForService(TimeUnit.SECONDS.toMillis(20));
		if (store == null) {
			throw new AssertionError("no Derby store service registered");
		}
		return store;
	}

	static Connector mimic3() throws Exception {
		ServiceTracker<Connector, Connector> tracker = new ServiceTracker<>(context(), Connector.class, null);
		tracker.open();
		tracker.waitForService(TimeUnit.SECONDS.toMillis(20));
		return Arrays.stream(tracker.getServices(new Connector[0])).filter(c -> "mimic3".equals(c.id())).findFirst()
				.orElseThrow(() -> new AssertionError("no connector service with id mimic3"));
	}

	private static BundleContext context() {
		return FrameworkUtil.getBundle(Services.class).getBundleContext();
	}
}
