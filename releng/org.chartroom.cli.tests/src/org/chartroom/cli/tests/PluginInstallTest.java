package org.chartroom.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.chartroom.cli.tests.ChartroomCommand.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An institution's plugin installed as users install it: the example hospital feature from its own p2
 * repository (the folder an institution would host) into a copy of the built product, with p2's
 * director application, headless. Chartroom is not rebuilt; afterwards the product lists the new
 * connector and imports the hospital's files.
 */
class PluginInstallTest {

	private static final String FEATURE = "org.chartroom.examples.hospital.feature.feature.group";

	@Test
	void theExampleFeatureInstallsFromItsRepositoryAndItsConnectorWorks(@TempDir Path folder) throws Exception {
		Path repository = InstalledProduct.repo().resolve("examples/org.chartroom.examples.hospital.repository/target/repository");
		assertTrue(Files.isRegularFile(repository.resolve("content.jar")) || Files.isRegularFile(repository.resolve("content.xml")),
				"the example's p2 repository is not built: " + repository);
		Path product = InstalledProduct.copy(InstalledProduct.built(), folder.resolve("chartroom"));
		Map<String, String> environment = Map.of("HOME", folder.resolve("home").toString());
		Path chartroom = product.resolve("chartroom");

		Run before = InstalledProduct.run(List.of(chartroom.toString(), "plugins", "--format", "csv"), environment);
		assertEquals(0, before.exitCode(), before::toString);
		assertTrue(before.out().startsWith("KIND,ID,LABEL,BUNDLE,VERSION\r\n"), before::toString);
		assertTrue(before.out().contains("\nconnector,mimic3,MIMIC-III v1.4,org.chartroom.connector.mimic3,0.1.0."), before::toString);
		assertFalse(before.out().contains("hospital"), before::toString);

		Run install = InstalledProduct.run(List.of(java(), "-jar", launcher(product).toString(), "-nosplash",
				"-application", "org.eclipse.equinox.p2.director",
				"-repository", repository.toUri().toString(),
				"-installIU", FEATURE,
				"-destination", product.toString(),
				"-profile", "DefaultProfile"), environment);
		assertEquals(0, install.exitCode(), install::toString);
		assertTrue(install.out().contains("Installing " + FEATURE), install::toString);
		assertTrue(install.out().contains("Operation completed"), install::toString);
		try (Stream<Path> plugins = Files.list(product.resolve("plugins"))) {
			assertEquals(1, plugins.filter(p -> p.getFileName().toString().startsWith("org.chartroom.examples.hospital_")).count());
		}

		Run after = InstalledProduct.run(List.of(chartroom.toString(), "plugins", "--format", "csv"), environment);
		assertEquals(0, after.exitCode(), after::toString);
		assertTrue(after.out().contains("\nconnector,hospital,St. Example's Hospital (CSV export),org.chartroom.examples.hospital,0.1.0."),
				after::toString);
		assertTrue(after.out().contains("\ngenerator,hospital,Generated St. Example's Hospital export,org.chartroom.examples.hospital,0.1.0."),
				after::toString);
		assertTrue(after.out().contains("\nreport,hospital-wards,Encounters by ward (St. Example's Hospital),"
				+ "org.chartroom.examples.hospital,0.1.0."), after::toString);

		Path files = folder.resolve("export");
		Run generate = InstalledProduct.run(List.of(chartroom.toString(), "generate", "--source", "hospital", "--patients", "20",
				"--seed", "3", files.toString()), environment);
		assertEquals(0, generate.exitCode(), generate::toString);
		Path workspace = folder.resolve("ws");
		Run imported = InstalledProduct.run(List.of(chartroom.toString(), "--workspace", workspace.toString(), "import",
				"--dataset", "hospital", "--source", "hospital", files.toString()), environment);
		assertEquals(0, imported.exitCode(), imported::toString);
		Run patients = InstalledProduct.run(List.of(chartroom.toString(), "--workspace", workspace.toString(), "query",
				"--dataset", "hospital", "--format", "csv", "SELECT COUNT(*) AS PATIENTS FROM PATIENT"), environment);
		assertEquals("PATIENTS\r\n20\r\n", patients.out(), patients::toString);
	}

	static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	static Path launcher(Path product) throws Exception {
		try (Stream<Path> plugins = Files.list(product.resolve("plugins"))) {
			return plugins.filter(p -> p.getFileName().toString().matches("org\\.eclipse\\.equinox\\.launcher_.*\\.jar")).findFirst()
					.orElseThrow(() -> new AssertionError("no Equinox launcher in " + product));
		}
	}
}
