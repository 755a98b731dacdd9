package org.chartroom.cli;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.chartroom.core.generate.DataGenerator;

/** The generators of synthetic source files installed in this process, found as OSGi services. */
public interface Generators {

	/** Every installed generator. */
	List<DataGenerator> all();

	/** The generator whose {@link DataGenerator#id()} is {@code id}. */
	default Optional<DataGenerator> find(String id) {
		return all().stream().filter(g -> g.id().equals(id)).findFirst();
	}

	/** Their ids, sorted and comma-separated, for messages. */
	default String ids() {
		List<DataGenerator> all = all();
		return all.isEmpty() ? "none installed"
				: all.stream().map(DataGenerator::id).sorted(Comparator.naturalOrder()).collect(Collectors.joining(", "));
	}
}
