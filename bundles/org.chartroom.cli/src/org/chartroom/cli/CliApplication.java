package org.chartroom.cli;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.chartroom.core.connector.Connector;
import org.chartroom.core.generate.DataGenerator;
import org.chartroom.core.store.Store;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The headless Equinox application behind {@code ./chartroom VERB ...}. It finds the store
 * service, hands the arguments to {@link Cli} and returns its exit code to the launcher.
 */
public final class CliApplication implements IApplication {

	private static final long STORE_WAIT_SECONDS = 20;
	private static final long SERVICE_WAIT_SECONDS = 5;

	@Override
	public Object start(IApplicationContext context) throws Exception {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		try (CliOutput output = CliOutput.ofProcess(); TemporaryInstanceArea instance = TemporaryInstanceArea.open(bundleContext())) {
			Store store = findStore();
			if (store == null) {
				output.err().println("chartroom: no store is available (the bundle org.chartroom.store.derby did not start).");
				return Integer.valueOf(Cli.EXIT_FAILED);
			}
			ServiceTracker<Connector, Connector> connectors = new ServiceTracker<>(bundleContext(), Connector.class, null);
			ServiceTracker<DataGenerator, DataGenerator> generators = new ServiceTracker<>(bundleContext(), DataGenerator.class,
					null);
			connectors.open();
			generators.open();
			try {
				return Integer.valueOf(new Cli(store, Installed.connectors(() -> installed(connectors, new Connector[0])),
						Installed.generators(() -> installed(generators, new DataGenerator[0])), output).run(args == null ? new String[0] : args));
			} catch (Error e) {
				// picocli hands verbs' exceptions to Cli, not errors (a class missing from a bundle, a
				// method changed under a stale build): without this the launcher would exit 0 silently.
				output.err().println("chartroom: internal error: " + e);
				e.printStackTrace(output.err());
				return Integer.valueOf(Cli.EXIT_FAILED);
			} finally {
				generators.close();
				connectors.close();
			}
		}
	}

	/** The services a tracker sees; when none is registered yet, waits a moment for declarative services to start them. */
	private static <S> List<S> installed(ServiceTracker<S, S> tracker, S[] type) {
		try {
			tracker.waitForService(TimeUnit.SECONDS.toMillis(SERVICE_WAIT_SECONDS));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return List.of(tracker.getServices(type));
	}

	private static BundleContext bundleContext() {
		return FrameworkUtil.getBundle(CliApplication.class).getBundleContext();
	}

	private Store findStore() throws InvalidSyntaxException, InterruptedException {
		BundleContext bundleContext = bundleContext();
		ServiceTracker<Store, Store> tracker = new ServiceTracker<>(bundleContext,
				bundleContext.createFilter("(&(objectClass=" + Store.class.getName() + ")(chartroom.store=derby))"), null);
		tracker.open();
		return tracker.waitForService(TimeUnit.SECONDS.toMillis(STORE_WAIT_SECONDS));
	}

	@Override
	public void stop() {
		// a CLI run ends by itself
	}
}
