package org.chartroom.report.tests;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import org.chartroom.core.connector.Connector;
import org.chartroom.core.store.Store;
import org.chartroom.report.ReportService;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The store, the MIMIC-III connector and the report service, found as OSGi services as the product finds them. */
final class Services {

	private Services() {
	}

	static Store derby() throws Exception {
		BundleContext context = context();
		return await(new ServiceTracker<>(context,
				context.createFilter("(&(objectClass=" + Store.class.getName() + ")(chartroom.store=derby))"), null), "Derby store");
	}

	static ReportService reports() throws Exception {
		return await(new ServiceTracker<>(context(), ReportService.class, null), "report service");
	}

	static Connector mimic3() throws Exception {
		return connector("mimic3");
	}

	static Connector omop() throws Exception {
		return connector("omop");
	}

	private static Connector connector(String id) throws Exception {
		ServiceTracker<Connector, Connector> tracker = new ServiceTracker<>(context(), Connector.class, null);
		tracker.open();
		tracker.waitForService(TimeUnit.SECONDS.toMillis(20));
		return Arrays.stream(tracker.getServices(new Connector[0])).filter(c -> id.equals(c.id())).findFirst()
				.orElseThrow(() -> new AssertionError("no connector service with id " + id));
	}

	private static <T> T await(ServiceTracker<T, T> tracker, String what) throws InterruptedException {
		tracker.open();
		T service = tracker.waitForService(TimeUnit.SECONDS.toMillis(20));
		if (service == null) {
			throw new AssertionError("no " + what + " service registered");
		}
		return service;
	}

	private static BundleContext context() {
		return FrameworkUtil.getBundle(Services.class).getBundleContext();
	}
}
