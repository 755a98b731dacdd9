package org.chartroom.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class WorkspaceLocationTest {

	private static final Path HOME = Path.of("/home/ada");
	private static final Map<String, String> ENV = Map.of("CHARTROOM_WORKSPACE", "/data/env-ws");

	@Test
	void optionWinsOverEnvironment() {
		assertEquals(Path.of("/data/opt-ws"), WorkspaceLocation.resolve(Optional.of("/data/opt-ws"), ENV, HOME));
	}

	@Test
	void environmentWinsOverDefault() {
		assertEquals(Path.of("/data/env-ws"), WorkspaceLocation.resolve(Optional.empty(), ENV, HOME));
	}

	@Test
	void defaultIsInTheHomeFolder() {
		assertEquals(Path.of("/home/ada/.chartroom/workspace"), WorkspaceLocation.resolve(Optional.empty(), Map.of(), HOME));
		assertEquals(Path.of("/home/ada/.chartroom/workspace"),
				WorkspaceLocation.resolve(Optional.empty(), Map.of("CHARTROOM_WORKSPACE", " "), HOME));
	}

	@Test
	void relativePathsBecomeAbsolute() {
		Path resolved = WorkspaceLocation.resolve(Optional.of("ws/../ws2"), Map.of(), HOME);
		assertEquals(Path.of("ws2").toAbsolutePath(), resolved);
	}
}
