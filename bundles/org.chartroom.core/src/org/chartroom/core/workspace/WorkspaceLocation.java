package org.chartroom.core.workspace;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the workspace is, as the command-line contract orders it: the {@code --workspace}
 * option, then the environment variable {@code CHARTROOM_WORKSPACE}, then
 * {@code ~/.chartroom/workspace}.
 */
public final class WorkspaceLocation {

	public static final String ENVIRONMENT_VARIABLE = "CHARTROOM_WORKSPACE";

	private WorkspaceLocation() {
	}

	public static Path resolve(Optional<String> option, Map<String, String> environment, Path userHome) {
		String chosen = option.filter(s -> !s.isBlank())
				.or(() -> Optional.ofNullable(environment.get(ENVIRONMENT_VARIABLE)).filter(s -> !s.isBlank()))
				.orElse(null);
		Path path = chosen != null ? Path.of(chosen) : userHome.resolve(".chartroom").resolve("workspace");
		return path.toAbsolutePath().normalize();
	}

	/**
	 * The location for this process: its option, environment and home folder. The home folder is
	 * {@code $HOME}, as {@code ~} means in a shell; Java's {@code user.home} only when it is unset.
	 */
	public static Path resolve(Optional<String> option) {
		String home = Optional.ofNullable(System.getenv("HOME")).filter(h -> !h.isBlank())
				.orElse(System.getProperty("user.home"));
		return resolve(option, System.getenv(), Path.of(home));
	}
}
