package org.chartroom.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.chartroom.cli.tests.ChartroomCommand.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plugins --repository/--install/--updates/--update}: what Help ▸ Install New Software… and Check
 * for Updates… do, headless, on a copy of the built product and the example plugin's p2 repository (a
 * local folder, as an institution's update site would be a web folder).
 */
class PluginsVerbInstallTest {

	private static final String FEATURE = "org.chartroom.examples.hospital.feature";
	private static final String NAME = "St. Example's Hospital connector (example plugin)";

	@Test
	void installsListsAndUpdatesTheExamplePlugin(@TempDir Path folder) throws Exception {
		Path repository = InstalledProduct.repo().resolve("examples/org.chartroom.examples.hospital.repository/target/repository");
		String version = groupVersion(repository);
		Path product = InstalledProduct.copy(InstalledProduct.built(), folder.resolve("chartroom"));
		Map<String, String> environment = Map.of("HOME", folder.resolve("home").toString());
		String chartroom = product.resolve("chartroom").toString();

		Run offered = InstalledProduct.run(List.of(chartroom, "plugins", "--repository", repository.toString(), "--format", "csv"),
				environment);
		assertEquals(0, offered.exitCode(), offered::toString);
		assertEquals("ID,NAME,VERSION,INSTALLED\r\n" + FEATURE + "," + NAME + "," + version + ",\r\n", offered.out());

		Run installed = InstalledProduct.run(List.of(chartroom, "plugins", "--repository", repository.toString(), "--install",
				FEATURE, "--format", "csv"), environment);
		assertEquals(0, installed.exitCode(), installed::toString);
		assertEquals("ID,NAME,VERSION,INSTALLED\r\n" + FEATURE + "," + NAME + "," + version + "," + version + "\r\n", installed.out());
		assertEquals("Installed " + FEATURE + "; it takes effect from the next start.\n", installed.err());

		Run listed = InstalledProduct.run(List.of(chartroom, "plugins", "--format", "csv"), environment);
		assertTrue(listed.out().contains("\r\nconnector,hospital,St. Example's Hospital (CSV export),org.chartroom.examples.hospital,"),
				listed::toString);

		// p2 remembers where the plugin came from: nothing newer there
		Run none = InstalledProduct.run(List.of(chartroom, "plugins", "--updates", "--format", "csv"), environment);
		assertEquals(0, none.exitCode(), none::toString);
		assertEquals("ID,NAME,INSTALLED,AVAILABLE\r\n", none.out());

		// the institution publishes a newer version in another local folder
		String newer = "0.2.0" + version.substring("0.1.0".length());
		Path next = newerRepository(repository, version, newer, folder.resolve("next"));
		Run found = InstalledProduct.run(List.of(chartroom, "plugins", "--updates", "--repository", next.toString(), "--format",
				"csv"), environment);
		assertEquals("ID,NAME,INSTALLED,AVAILABLE\r\n" + FEATURE + "," + NAME + "," + version + "," + newer + "\r\n", found.out(),
				found::toString);
		Run updated = InstalledProduct.run(List.of(chartroom, "plugins", "--update", "--repository", next.toString(), "--format",
				"csv"), environment);
		assertEquals(0, updated.exitCode(), updated::toString);
		Run after = InstalledProduct.run(List.of(chartroom, "plugins", "--repository", next.toString(), "--format", "csv"),
				environment);
		assertEquals("ID,NAME,VERSION,INSTALLED\r\n" + FEATURE + "," + NAME + "," + newer + "," + newer + "\r\n", after.out());
	}

	@Test
	void badLocationsAndIdsAreClearErrors(@TempDir Path folder) throws Exception {
		Path repository = InstalledProduct.repo().resolve("examples/org.chartroom.examples.hospital.repository/target/repository");
		Path product = InstalledProduct.copy(InstalledProduct.built(), folder.resolve("chartroom"));
		Map<String, String> environment = Map.of("HOME", folder.resolve("home").toString());
		String chartroom = product.resolve("chartroom").toString();

		Run noRepository = InstalledProduct.run(List.of(chartroom, "plugins", "--install", FEATURE), environment);
		assertEquals(2, noRepository.exitCode(), noRepository::toString);
		assertTrue(noRepository.err().startsWith("chartroom: --install needs --repository: where to install from.\n"),
				noRepository::toString);

		Path missing = folder.resolve("no-such-site");
		Run nothing = InstalledProduct.run(List.of(chartroom, "plugins", "--repository", missing.toString()), environment);
		assertEquals(1, nothing.exitCode(), nothing::toString);
		assertEquals("chartroom: No repository at " + missing + ": there is no such folder or .zip file.\n", nothing.err());

		Run unknown = InstalledProduct.run(List.of(chartroom, "plugins", "--repository", repository.toString(), "--install",
				"org.example.nothing"), environment);
		assertEquals(1, unknown.exitCode(), unknown::toString);
		assertEquals("chartroom: The repository " + repository.toUri() + " offers no plugin org.example.nothing.\n", unknown.err());
		try (Stream<Path> plugins = Files.list(product.resolve("plugins"))) {
			assertEquals(0, plugins.filter(p -> p.getFileName().toString().startsWith("org.chartroom.examples")).count());
		}
	}

	private static final Pattern GROUP = Pattern.compile("id='" + Pattern.quote(FEATURE + ".feature.group") + "' version='([^']+)'");

	private static String content(Path repository) throws IOException {
		try (ZipFile jar = new ZipFile(repository.resolve("content.jar").toFile()); InputStream xml = jar.getInputStream(jar.getEntry("content.xml"))) {
			return new String(xml.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static String groupVersion(Path repository) throws IOException {
		Matcher matcher = GROUP.matcher(content(repository));
		assertTrue(matcher.find(), "the example repository has the feature group");
		return matcher.group(1);
	}

	/**
	 * A copy of the repository whose feature group has a newer version over the same bundle: what
	 * publishing the next release looks like to p2's update check.
	 */
	private static Path newerRepository(Path repository, String version, String newer, Path copy) throws IOException {
		InstalledProduct.copy(repository, copy);
		for (String index : List.of("content.jar", "content.xml.xz", "p2.index")) {
			Files.deleteIfExists(copy.resolve(index));
		}
		String group = FEATURE + ".feature.group";
		String content = content(repository).replace("id='" + group + "' version='" + version + "'", "id='" + group + "' version='" + newer + "'")
				.replace("name='" + group + "' version='" + version + "'", "name='" + group + "' version='" + newer + "'");
		Files.writeString(copy.resolve("content.xml"), content);
		return copy;
	}
}
