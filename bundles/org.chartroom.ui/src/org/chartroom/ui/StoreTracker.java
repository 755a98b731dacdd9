package org.chartroom.ui;

import java.time.Duration;
import java.util.Optional;

import org.chartroom.core.store.Store;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Finds the workspace store among the OSGi services (the UI never names its implementation
 * bundle) and holds on to it until closed.
 */
final class StoreTracker implements AutoCloseable {

	private static final String DERBY_FILTER = "(&(objectClass=" + Store.class.getName() + ")(chartroom.store=derby))";

	private final ServiceTracker<Store, Store> tracker;

	private StoreTracker(ServiceTracker<Store, Store> tracker) {
		this.tracker = tracker;
	}

	/** Starts tracking the Derby store for the bundle of {@code caller}. */
	static StoreTracker derby(Class<?> caller) throws InvalidSyntaxException {
		BundleContext context = FrameworkUtil.getBundle(caller).getBundleContext();
		ServiceTracker<Store, Store> tracker = new ServiceTracker<>(context, context.createFilter(DERBY_FILTER), null);
		tracker.open();
		return new StoreTracker(tracker);
	}

	/** The store, waiting up to {@code wait} for it to register. */
	Optional<Store> await(Duration wait) {
		try {
			return Optional.ofNullable(tracker.waitForService(wait.toMillis()));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

	@Override
	public void close() {
		tracker.close();
	}
}
