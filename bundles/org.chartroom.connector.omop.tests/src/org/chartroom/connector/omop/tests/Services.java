package org.chartroom.connector.omop.tests;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import org.chartroom.core.connector.Connector;
import org.chartroom.core.store.Store;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The Derby store and the OMOP connector, found as OSGi services the way the product finds them. */
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

	static Connector omop() throws Exception {
		BundleContext context = context();
		ServiceTracker<Connector, Connector> tracker = new ServiceTracker<>(context,
				context.createFilter("(&(objectClass=" + Connector.class.getName() + ")(chartroom.connector=omop))"), null);
		tracker.open();
		Connector connector = tracker.waitForService(TimeUnit.SECONDS.toMillis(20));
		if (connector == null) {
			throw new AssertionError("no connector service with chartroom.connector=omop");
		}
		return connector;
	}

	/** Another connector by id, e.g. {@code mimic3}, to check that datasets of other kinds are unaffected. */
	static Connector connector(String id) throws Exception {
		ServiceTracker<Connector, Connector> tracker = new ServiceTracker<>(context(), Connector.class, null);
		tracker.open();
		tracker.waitForService(TimeUnit.SECONDS.toMillis(20));
		return Arrays.stream(tracker.getServices(new Connector[0])).filter(c -> id.equals(c.id())).findFirst()
				.orElseThrow(() -> new AssertionError("no connector service with id " + id));
	}

	private static BundleContext context() {
		return FrameworkUtil.getBundle(Services.class).getBundleContext();
	}
}
