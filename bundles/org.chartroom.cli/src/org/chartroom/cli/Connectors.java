package org.chartroom.cli;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.chartroom.core.connector.Connector;

/** The connectors installed in this process, found as OSGi services. */
public interface Connectors {

	/** Every installed connector. */
	List<Connector> all();

	/** The connector whose {@link Connector#id()} is {@code id}. */
	default Optional<Connector> find(String id) {
		return all().stream().filter(c -> c.id().equals(id)).findFirst();
	}

	/** Their ids, sorted and comma-separated, for messages. */
	default String ids() {
		List<Connector> all = all();
		return all.isEmpty() ? "none installed"
				: all.stream().map(Connector::id).sorted(Comparator.naturalOrder()).collect(Collectors.joining(", "));
	}
}
