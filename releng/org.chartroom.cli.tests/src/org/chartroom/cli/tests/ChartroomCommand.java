package org.chartroom.cli.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the repository's {@code ./chartroom} script as a user would, and keeps what it printed. */
final class ChartroomCommand {

	/** What one run did. */
	record Run(int exitCode, String out, String err) {
		@Override
		public String toString() {
			return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
		}
	}

	private static final long TIMEOUT_MINUTES = 5;

	private final Path script;
	private final Map<String, String> environment;

	ChartroomCommand(Map<String, String> environment) {
		String repo = System.getProperty("chartroom.repo.dir");
		if (repo == null) {
			throw new IllegalStateException("The system property chartroom.repo.dir is not set (the parent POM passes it)");
		}
		this.script = Path.of(repo).resolve("chartroom");
		this.environment = environment;
	}

	Run run(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(script.toString());
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().remove("CHARTROOM_WORKSPACE");
		builder.environment().putAll(environment);
		Path out = Files.createTempFile("chartroom-out", ".txt");
		Path err = Files.createTempFile("chartroom-err", ".txt");
		try {
			builder.redirectOutput(out.toFile()).redirectError(err.toFile());
			Process process = builder.start();
			if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				throw new IllegalStateException("./chartroom " + String.join(" ", args) + " did not finish in "
						+ TIMEOUT_MINUTES + " minutes");
			}
			return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
					Files.readString(err, StandardCharsets.UTF_8));
		} finally {
			Files.deleteIfExists(out);
			Files.deleteIfExists(err);
		}
	}
}
