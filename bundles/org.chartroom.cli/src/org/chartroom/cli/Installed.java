package org.chartroom.cli;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.chartroom.core.connector.Connector;
import org.chartroom.core.contrib.Contributions;
import org.chartroom.core.generate.DataGenerator;

/**
 * The services of one kind installed in this process (connectors, generators), found as OSGi
 * services and told apart by the id users type after {@code --source}.
 */
public final class Installed<T> {

	private final Supplier<List<T>> all;
	private final Function<T, String> id;

	private Installed(Supplier<List<T>> all, Function<T, String> id) {
		this.all = all;
		this.id = id;
	}

	public static Installed<Connector> connectors(Supplier<List<Connector>> all) {
		return new Installed<>(all, Connector::id);
	}

	public static Installed<DataGenerator> generators(Supplier<List<DataGenerator>> all) {
		return new Installed<>(all, DataGenerator::id);
	}

	/** The same services less those whose id throws: such a fault is reported once, and the rest still work. */
	public Installed<T> isolatedBy(Contributions contributions, String kind) {
		return new Installed<>(() -> contributions.usable(kind, all.get(), id), id);
	}

	/** Every one installed now. */
	public List<T> all() {
		return all.get();
	}

	/** The one whose id is {@code id}. */
	public Optional<T> find(String wanted) {
		return all().stream().filter(s -> id.apply(s).equals(wanted)).findFirst();
	}

	/** Their ids, sorted and comma-separated, for messages. */
	public String ids() {
		List<T> services = all();
		return services.isEmpty() ? "none installed"
				: services.stream().map(id).sorted().collect(Collectors.joining(", "));
	}
}
