package org.chartroom.store.derby.tests;

import java.util.concurrent.TimeUnit;

import org.chartroom.core.store.Store;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Finds the Derby store the way the product does: as an OSGi service. */
final class StoreService {

	private StoreService() {
	}

	private static Store derby;

	static synchronized Store derby() throws Exception {
		if (derby != null) {
			return derby;
		}
		BundleContext context = FrameworkUtil.getBundle(StoreService.class).getBundleContext();
		ServiceTracker<Store, Store> tracker = new ServiceTracker<>(context,
				context.createFilter("(&(objectClass=" + Store.class.getName() + ")(chartroom.store=derby))"), null);
		tracker.open();
		Store store = tracker.waitForService(TimeUnit.SECONDS.toMillis(20));
		if (store == null) {
			throw new IllegalStateException("No Derby store service registered");
		}
		derby = store;
		return store;
	}
}
