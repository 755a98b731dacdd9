package org.chartroom.install;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a p2 repository is, as a person types it: a web address ({@code https://plugins.example.org/chartroom}),
 * a {@code file:} URI, a folder, or a zipped repository ({@code .zip}, read in place).
 */
public final class RepositoryLocation {

	private RepositoryLocation() {
	}

	public static URI parse(String text) throws InstallException {
		String location = text == null ? "" : text.strip();
		if (location.isEmpty()) {
			throw new InstallException("No repository is given: type a web address or choose a folder.");
		}
		if (location.matches("(?i)(https?|file|jar):.*")) {
			try {
				return new URI(location);
			} catch (URISyntaxException e) {
				throw new InstallException("'" + location + "' is not a valid address: " + e.getReason() + ".");
			}
		}
		Path path = Path.of(location.startsWith("~/") ? System.getProperty("user.home") + location.substring(1) : location)
				.toAbsolutePath().normalize();
		if (Files.isRegularFile(path) && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
			return URI.create("jar:" + path.toUri() + "!/");
		}
		if (!Files.isDirectory(path)) {
			throw new InstallException("No repository at " + path + ": there is no such folder or .zip file.");
		}
		return path.toUri();
	}
}
