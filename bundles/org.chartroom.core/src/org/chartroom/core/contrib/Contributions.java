package org.chartroom.core.contrib;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Calls into contributed services (connectors, stores, generators, report designs, ...) so that one
 * that throws cannot take the caller down, as Eclipse's {@code SafeRunner} does for extensions: the
 * fault is logged, handed once per bundle to the reporter (the CLI prints it on stderr, the workbench
 * shows it) and the call yields nothing, so the caller goes on with the other contributions.
 *
 * <p>Listing reads service properties where they say enough, so that no bundle is started just to be
 * listed: a contribution whose service carries {@code chartroom.id} and {@code chartroom.label} (or,
 * for connectors, {@code chartroom.connector}) is listed without {@code getService}.
 */
public final class Contributions {

	/** Service property: the contribution's id, so that it can be listed without being started. */
	public static final String ID_PROPERTY = "chartroom.id";
	/** Service property: the contribution's name for people, so that it can be listed without being started. */
	public static final String LABEL_PROPERTY = "chartroom.label";

	private static final System.Logger LOG = System.getLogger(Contributions.class.getName());

	private final Consumer<ContributionFault> reporter;
	private final Set<String> reported = ConcurrentHashMap.newKeySet();

	/** @param reporter hears the first fault of each bundle; later faults of the same bundle are only logged */
	public Contributions(Consumer<ContributionFault> reporter) {
		this.reporter = reporter;
	}

	/**
	 * {@code call} applied to {@code service}; empty when it throws (a {@link RuntimeException} or a
	 * {@link LinkageError}, as a plugin built against another API throws), which is logged and reported.
	 */
	public <S, R> Optional<R> call(String kind, S service, Function<? super S, ? extends R> call) {
		try {
			return Optional.ofNullable(call.apply(service));
		} catch (RuntimeException | LinkageError e) {
			fault(kind, bundleOf(service.getClass()), e);
			return Optional.empty();
		}
	}

	/** The services for which {@code probe} (e.g. {@code Connector::id}) works, in their order. */
	public <S> List<S> usable(String kind, Collection<S> services, Function<? super S, ?> probe) {
		List<S> usable = new ArrayList<>();
		for (S service : services) {
			if (call(kind, service, probe).isPresent()) {
				usable.add(service);
			}
		}
		return usable;
	}

	/**
	 * The registered services of a type as contributions, sorted by id. Id and label come from the
	 * service properties ({@code idProperty}, else {@link #ID_PROPERTY}; {@link #LABEL_PROPERTY}) when
	 * both are there; otherwise the service is got and asked, safely.
	 */
	public <S> List<Contribution> list(BundleContext context, String kind, Class<S> type, Optional<String> idProperty,
			Function<? super S, String> id, Function<? super S, String> label) {
		List<Contribution> found = new ArrayList<>();
		Collection<ServiceReference<S>> references;
		try {
			references = context.getServiceReferences(type, null);
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e); // no filter given
		}
		for (ServiceReference<S> reference : references) {
			describe(context, kind, reference, idProperty, id, label).ifPresent(found::add);
		}
		found.sort((a, b) -> a.id().compareTo(b.id()));
		return found;
	}

	private <S> Optional<Contribution> describe(BundleContext context, String kind, ServiceReference<S> reference,
			Optional<String> idProperty, Function<? super S, String> id, Function<? super S, String> label) {
		Bundle bundle = reference.getBundle();
		if (bundle == null) {
			return Optional.empty(); // unregistered meanwhile
		}
		String name = bundle.getSymbolicName();
		String version = bundle.getVersion().toString();
		Optional<String> idValue = idProperty.map(reference::getProperty).or(() -> Optional.ofNullable(reference.getProperty(ID_PROPERTY)))
				.map(String::valueOf);
		Optional<String> labelValue = Optional.ofNullable(reference.getProperty(LABEL_PROPERTY)).map(String::valueOf);
		if (idValue.isPresent() && labelValue.isPresent()) {
			return Optional.of(new Contribution(kind, idValue.get(), labelValue.get(), name, version));
		}
		S service;
		try {
			service = context.getService(reference);
		} catch (RuntimeException | LinkageError e) {
			fault(kind, name + " " + version, e);
			return Optional.empty();
		}
		if (service == null) {
			fault(kind, name + " " + version, new IllegalStateException("its service could not be created"));
			return Optional.empty();
		}
		try {
			Optional<String> gotId = idValue.or(() -> call(kind, service, id));
			Optional<String> gotLabel = gotId.isEmpty() ? Optional.empty() : labelValue.or(() -> call(kind, service, label));
			return gotLabel.map(l -> new Contribution(kind, gotId.get(), l, name, version));
		} finally {
			context.ungetService(reference);
		}
	}

	private void fault(String kind, String bundle, Throwable error) {
		ContributionFault fault = new ContributionFault(bundle, kind, error);
		LOG.log(Level.INFO, fault.message(), error);
		if (reported.add(bundle)) {
			reporter.accept(fault);
		}
	}

	private static String bundleOf(Class<?> type) {
		Bundle bundle = FrameworkUtil.getBundle(type);
		return bundle == null ? type.getName() : bundle.getSymbolicName() + " " + bundle.getVersion();
	}

	/** A reporter that drops faults, for callers that only want them logged. */
	public static Contributions loggingOnly() {
		return new Contributions(fault -> {
		});
	}

}
