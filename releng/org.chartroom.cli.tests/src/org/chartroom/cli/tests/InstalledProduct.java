package org.chartroom.cli.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.chartroom.cli.tests.ChartroomCommand.Run;

/** The product this build materialized, and commands run in a copy of it (never in the build's own). */
final class InstalledProduct {

	private InstalledProduct() {
	}

	static Path repo() {
		String repo = System.getProperty("chartroom.repo.dir");
		if (repo == null) {
			throw new IllegalStateException("The system property chartroom.repo.dir is not set (the parent POM passes it)");
		}
		return Path.of(repo);
	}

	/** The materialized product; the build makes it before this module runs. */
	static Path built() {
		Path product = repo().resolve("releng/org.chartroom.product/target/products/org.chartroom.product/linux/gtk/x86_64/chartroom");
		if (!Files.isRegularFile(product.resolve("configuration/config.ini"))) {
			throw new AssertionError("The product is not built: " + product + " (run the full build first)");
		}
		return product;
	}

	/** A copy of a folder with its file modes (the scripts stay executable). */
	static Path copy(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				} else {
					Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
		return to;
	}

	/** Runs a command to its end (at most 5 minutes) and keeps what it printed. */
	static Run run(List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
		Path out = Files.createTempFile("cmd-out", ".txt");
		Path err = Files.createTempFile("cmd-err", ".txt");
		try {
			ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectOutput(out.toFile())
					.redirectError(err.toFile());
			builder.environment().remove("CHARTROOM_WORKSPACE");
			builder.environment().putAll(environment);
			Process process = builder.start();
			if (!process.waitFor(ChartroomCommand.TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly();
				throw new IllegalStateException(String.join(" ", command) + " did not finish in time");
			}
			return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
					Files.readString(err, StandardCharsets.UTF_8));
		} finally {
			Files.deleteIfExists(out);
			Files.deleteIfExists(err);
		}
	}
}
