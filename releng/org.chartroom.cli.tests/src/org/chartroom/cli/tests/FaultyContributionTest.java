package org.chartroom.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.chartroom.cli.Cli;
import org.chartroom.cli.CliOutput;
import org.chartroom.cli.Installed;
import org.chartroom.core.connector.Connector;
import org.chartroom.core.generate.DataGenerator;
import org.chartroom.core.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

/**
 * A plugin whose every method throws, registered at run time next to the real contributions: the verbs
 * that list contributions leave it out, name its bundle once on stderr and go on with the rest.
 */
class FaultyContributionTest {

	private final List<ServiceRegistration<?>> registrations = new ArrayList<>();
	private final List<ServiceTracker<?, ?>> trackers = new ArrayList<>();

	@BeforeEach
	void registerFaultyServices() {
		BundleContext context = context();
		registrations.add(context.registerService(Connector.class, new FaultyConnector(), new Hashtable<>()));
		registrations.add(context.registerService(DataGenerator.class, new FaultyGenerator(), new Hashtable<>()));
	}

	@AfterEach
	void unregister() {
		registrations.forEach(ServiceRegistration::unregister);
		trackers.forEach(ServiceTracker::close);
	}

	@Test
	void pluginsListsTheOthersAndNamesTheFaultyBundleOnce(@TempDir Path folder) throws Exception {
		Result result = run("--workspace", folder.toString(), "plugins", "--format", "csv");
		assertEquals(0, result.code(), result::toString);
		assertTrue(result.out().startsWith("KIND,ID,LABEL,BUNDLE,VERSION\r\n"), result::toString);
		assertTrue(result.out().contains("\nconnector,mimic3,MIMIC-III v1.4,org.chartroom.connector.mimic3,0.1.0."), result::toString);
		assertTrue(result.out().contains("\nstore,derby,"), result::toString);
		assertEquals(List.of(faultLine("connector")), result.err().lines().toList(), result::toString);
	}

	@Test
	void importsSourceListAndInfoKeepWorking(@TempDir Path folder) throws Exception {
		Result unknown = run("--workspace", folder.toString(), "import", "--dataset", "x", "--source", "nope", folder.toString());
		assertEquals(2, unknown.code(), unknown::toString);
		assertEquals(List.of(faultLine("connector"), "chartroom: Unknown source 'nope'. Known sources: mimic3.",
				"Run 'chartroom import --help' for usage."), unknown.err().lines().toList());

		Result info = run("--workspace", folder.toString(), "info");
		assertEquals(0, info.code(), info::toString);
		assertTrue(info.out().contains("Datasets   none"), info::toString);
	}

	private String faultLine(String kind) {
		Bundle bundle = FrameworkUtil.getBundle(FaultyContributionTest.class);
		return "chartroom: The " + kind + " of plugin " + bundle.getSymbolicName() + " " + bundle.getVersion()
				+ " failed (java.lang.IllegalStateException: broken on purpose); it is left out.";
	}

	record Result(int code, String out, String err) {
	}

	private Result run(String... args) throws Exception {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		Cli cli = new Cli(store(), Installed.connectors(() -> services(Connector.class)),
				Installed.generators(() -> services(DataGenerator.class)), new CliOutput(out, err));
		int code = cli.run(args);
		cli.output().close();
		return new Result(code, out.toString(), err.toString());
	}

	private <S> List<S> services(Class<S> type) {
		ServiceTracker<S, S> tracker = new ServiceTracker<>(context(), type, null);
		tracker.open();
		trackers.add(tracker);
		return tracker.getTracked().values().stream().toList();
	}

	private static Store store() throws Exception {
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

	/** A connector whose every method throws, as a plugin built against another API might. */
	static final class FaultyConnector implements Connector {
		@Override
		public String id() {
			throw new IllegalStateException("broken on purpose");
		}

		@Override
		public String displayName() {
			throw new IllegalStateException("broken on purpose");
		}

		@Override
		public org.chartroom.model.warehouse.Dataset schema() {
			throw new IllegalStateException("broken on purpose");
		}
	}

	/** A generator whose every method throws. */
	static final class FaultyGenerator implements DataGenerator {
		@Override
		public String id() {
			throw new IllegalStateException("broken on purpose");
		}

		@Override
		public String displayName() {
			throw new IllegalStateException("broken on purpose");
		}

		@Override
		public List<GeneratedTable> generate(int patients, long seed, Path folder,
				org.eclipse.core.runtime.IProgressMonitor monitor) {
			throw new IllegalStateException("broken on purpose");
		}
	}

	private static BundleContext context() {
		return FrameworkUtil.getBundle(FaultyContributionTest.class).getBundleContext();
	}
}
