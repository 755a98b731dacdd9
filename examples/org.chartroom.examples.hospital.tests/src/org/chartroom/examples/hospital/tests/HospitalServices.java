package org.chartroom.examples.hospital.tests;

import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.chartroom.core.connector.Connector;
import org.chartroom.core.generate.DataGenerator;
import org.chartroom.core.store.Store;
import org.chartroom.report.ReportDesign;
import org.chartroom.report.ReportService;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Chartroom's services as the product finds them: by interface, the plugin's by id. Nothing here knows the plugin's classes. */
final class HospitalServices {

	static final String ID = "hospital";

	private HospitalServices() {
	}

	static Store derby() throws Exception {
		BundleContext context = context();
		return await(new ServiceTracker<>(context,
				context.createFilter("(&(objectClass=" + Store.class.getName() + ")(chartroom.store=derby))"), null), "Derby store");
	}

	static ReportService reports() throws Exception {
		return await(new ServiceTracker<>(context(), ReportService.class, null), "report service");
	}

	static Connector connector() throws Exception {
		return byId(Connector.class, Connector::id).orElseThrow(() -> new AssertionError("no connector service with id " + ID));
	}

	static DataGenerator generator() throws Exception {
		return byId(DataGenerator.class, DataGenerator::id).orElseThrow(() -> new AssertionError("no generator with id " + ID));
	}

	static ReportDesign wardReport() throws Exception {
		return reports().find("hospital-wards").orElseThrow(() -> new AssertionError("no report design hospital-wards"));
	}

	private static <T> Optional<T> byId(Class<T> type, Function<T, String> id) throws Exception {
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context(), type, null);
		tracker.open();
		for (int attempt = 0; attempt < 200; attempt++) {
			Object[] services = tracker.getServices();
			if (services != null) {
				Optional<T> found = Arrays.stream(services).map(type::cast).filter(s -> ID.equals(id.apply(s))).findFirst();
				if (found.isPresent()) {
					return found;
				}
			}
			Thread.sleep(100);
		}
		return Optional.empty();
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
		return FrameworkUtil.getBundle(HospitalServices.class).getBundleContext();
	}
}
