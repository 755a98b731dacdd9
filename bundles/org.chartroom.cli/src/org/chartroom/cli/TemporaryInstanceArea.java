package org.chartroom.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.osgi.service.datalocation.Location;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * A command-line run keeps no Eclipse state, but some bundles insist on an instance area (BIRT's
 * chart engine asks for its state location when it starts). The launch script leaves the instance
 * area unset ({@code -data @noDefault}); this sets it to a temporary folder removed when the run ends.
 */
final class TemporaryInstanceArea implements AutoCloseable {

	private final Optional<Path> folder;

	private TemporaryInstanceArea(Optional<Path> folder) {
		this.folder = folder;
	}

	static TemporaryInstanceArea open(BundleContext context) throws IOException {
		Optional<Location> instance = instanceLocation(context);
		if (instance.isEmpty() || instance.get().isSet() || instance.get().isReadOnly()) {
			return new TemporaryInstanceArea(Optional.empty());
		}
		Path folder = Files.createTempDirectory("chartroom-cli-");
		try {
			instance.get().set(folder.toUri().toURL(), false);
		} catch (IllegalStateException e) {
			delete(folder);
			return new TemporaryInstanceArea(Optional.empty());
		}
		return new TemporaryInstanceArea(Optional.of(folder));
	}

	private static Optional<Location> instanceLocation(BundleContext context) {
		try {
			return context.getServiceReferences(Location.class, Location.INSTANCE_FILTER).stream().findFirst()
					.map(context::getService);
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	public void close() {
		folder.ifPresent(TemporaryInstanceArea::delete);
	}

	private static void delete(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
		} catch (IOException | UncheckedIOException e) {
			// a temporary folder left behind is harmless
		}
	}
}
