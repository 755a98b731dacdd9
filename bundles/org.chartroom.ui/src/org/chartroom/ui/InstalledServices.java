package org.chartroom.ui;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The services of one type that are installed now (connectors, generators), for classic
 * handlers, which cannot have them injected. Holds on to them until closed, so that a service
 * is not deactivated and activated again between uses.
 */
public final class InstalledServices<T> implements AutoCloseable {

	private final ServiceTracker<T, T> tracker;

	private InstalledServices(ServiceTracker<T, T> tracker) {
		this.tracker = tracker;
	}

	/** Starts tracking the services of {@code type} for the bundle of {@code caller}. */
	public static <T> InstalledServices<T> track(Class<T> type, Class<?> caller) {
		BundleContext context = FrameworkUtil.getBundle(caller).getBundleContext();
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		return new InstalledServices<>(tracker);
	}

	/** The services installed now, highest ranking first. */
	public List<T> now() {
		ServiceReference<T>[] references = tracker.getServiceReferences();
		if (references == null) {
			return List.of();
		}
		return Arrays.stream(references)
				.sorted(Comparator.reverseOrder())
				.map(tracker::getService)
				.filter(service -> service != null)
				.toList();
	}

	@Override
	public void close() {
		tracker.close();
	}
}
