package org.chartroom.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.chartroom.cli.tests.ChartroomCommand.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without the native Eclipse launcher, the product's {@code chartroom} script restarts Java itself when
 * it exits with 23 (p2's "restart me"), for the workbench and the command line alike. A stub "java"
 * stands in for the JVM: it asks for a restart twice, then ends with the code given.
 */
class LauncherRestartTest {

	private static final String STUB = """
			#!/usr/bin/env bash
			n=$(( $(cat "$STUB_COUNT" 2>/dev/null || echo 0) + 1 ))
			echo "$n" > "$STUB_COUNT"
			echo "run $n: $*" >> "$STUB_LOG"
			[ "$n" -le "$STUB_RESTARTS" ] && exit 23
			exit "$STUB_EXIT"
			""";

	@Test
	void theCommandLineIsStartedAgainWhileJavaExitsWith23(@TempDir Path folder) throws Exception {
		List<String> runs = runs(folder, List.of("info"), 2, 0, 0);
		assertEquals(3, runs.size(), runs::toString);
		runs.forEach(run -> assertTrue(run.contains("-application org.chartroom.cli.application") && run.endsWith(" info"), run));
	}

	@Test
	void theWorkbenchIsStartedAgainWhileJavaExitsWith23(@TempDir Path folder) throws Exception {
		List<String> runs = runs(folder, List.of(), 1, 0, 0);
		assertEquals(2, runs.size(), runs::toString);
		runs.forEach(run -> assertTrue(run.contains("-application org.chartroom.ui.application"), run));
	}

	@Test
	void anyOtherExitCodeEndsTheScriptWithIt(@TempDir Path folder) throws Exception {
		List<String> runs = runs(folder, List.of("query", "--dataset", "x", "SELECT 1"), 0, 1, 1);
		assertEquals(1, runs.size(), runs::toString);
	}

	private static List<String> runs(Path folder, List<String> args, int restarts, int exit, int expectedExit) throws Exception {
		Path install = Files.createDirectories(folder.resolve("install"));
		for (String file : List.of("chartroom", "find-java", "logging.properties")) {
			Files.copy(InstalledProduct.built().resolve(file), install.resolve(file));
		}
		Files.createDirectories(install.resolve("plugins"));
		Files.createFile(install.resolve("plugins/org.eclipse.equinox.launcher_1.0.0.jar"));
		Path jdk = Files.createDirectories(folder.resolve("jdk/bin"));
		Files.writeString(jdk.resolveSibling("release"), "JAVA_VERSION=\"25\"\n");
		Path java = jdk.resolve("java");
		Files.writeString(java, STUB);
		Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
		Path log = folder.resolve("runs.log");
		List<String> command = new java.util.ArrayList<>(List.of(install.resolve("chartroom").toString()));
		command.addAll(args);
		Run run = InstalledProduct.run(command, Map.of("JAVA_HOME", jdk.getParent().toString(), "STUB_COUNT",
				folder.resolve("count").toString(), "STUB_LOG", log.toString(), "STUB_RESTARTS", Integer.toString(restarts),
				"STUB_EXIT", Integer.toString(exit)));
		assertEquals(expectedExit, run.exitCode(), run::toString);
		return Files.readAllLines(log);
	}
}
