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

	static final long TIMEOUT_MINUTES = 5;

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

	/** A run still going, its output in files; closing it kills what is left of it. */
	static final class Running implements AutoCloseable {

		private final Process process;
		private final Path out;
		private final Path err;

		private Running(Process process, Path out, Path err) {
			this.process = process;
			this.out = out;
			this.err = err;
		}

		Process process() {
			return process;
		}

		/** What it has written to stderr so far. */
		String err() throws IOException {
			return Files.readString(err, StandardCharsets.UTF_8);
		}

		String out() throws IOException {
			return Files.readString(out, StandardCharsets.UTF_8);
		}

		/**
		 * Kills the process and every process it started with SIGKILL, as a crash or {@code kill -9}
		 * would, and waits until all have gone.
		 */
		void kill() throws Exception {
			List<ProcessHandle> all = new ArrayList<>(process.descendants().toList()); // before their parent dies
			all.add(process.toHandle());
			all.forEach(ProcessHandle::destroyForcibly);
			for (ProcessHandle handle : all) {
				handle.onExit().get(TIMEOUT_MINUTES, TimeUnit.MINUTES);
			}
		}

		@Override
		public void close() throws Exception {
			try {
				if (process.isAlive()) {
					kill();
				}
			} finally {
				Files.deleteIfExists(out);
				Files.deleteIfExists(err);
			}
		}
	}

	/** Starts {@code ./chartroom args} and returns at once. */
	Running start(String... args) throws IOException {
		Path out = Files.createTempFile("chartroom-out", ".txt");
		Path err = Files.createTempFile("chartroom-err", ".txt");
		try {
			return new Running(builder(args).redirectOutput(out.toFile()).redirectError(err.toFile()).start(), out, err);
		} catch (IOException e) {
			Files.deleteIfExists(out);
			Files.deleteIfExists(err);
			throw e;
		}
	}

	private ProcessBuilder builder(String... args) {
		List<String> command = new ArrayList<>();
		command.add(script.toString());
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().remove("CHARTROOM_WORKSPACE");
		builder.environment().putAll(environment);
		return builder;
	}

	/** Runs {@code ./chartroom args} with stdout going to a file, for results too large to hold; returns the exit code. */
	int runTo(Path stdout, Path stderr, String... args) throws IOException, InterruptedException {
		Process process = builder(args).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
		if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException("./chartroom " + String.join(" ", args) + " did not finish in " + TIMEOUT_MINUTES
					+ " minutes");
		}
		return process.exitValue();
	}

	Run run(String... args) throws IOException, InterruptedException {
		ProcessBuilder builder = builder(args);
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
