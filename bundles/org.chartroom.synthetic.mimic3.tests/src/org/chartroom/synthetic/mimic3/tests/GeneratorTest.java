package org.chartroom.synthetic.mimic3.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.chartroom.core.generate.DataGenerator;
import org.chartroom.core.generate.DataGenerator.GeneratedTable;
import org.chartroom.model.warehouse.Column;
import org.chartroom.model.warehouse.Table;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator as a service: the same bytes for the same patients and seed, the model's headers, the folder rules, cancel. */
class GeneratorTest {

	@TempDir
	static Path folder;

	private static DataGenerator generator;

	@BeforeAll
	static void findTheGenerator() throws Exception {
		generator = Services.mimic3Generator();
	}

	private static List<Path> files(Path dir) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.sorted().toList();
		}
	}

	private static String firstLine(Path file) throws IOException {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
			return reader.readLine();
		}
	}

	@Test
	void describesItself() {
		assertEquals("mimic3", generator.id());
		assertEquals("Synthetic MIMIC-III", generator.displayName());
	}

	@Test
	void theSamePatientsAndSeedGiveByteIdenticalFiles() throws Exception {
		List<GeneratedTable> first = generator.generate(20, 42, folder.resolve("first"), null);
		List<GeneratedTable> second = generator.generate(20, 42, folder.resolve("second"), new NullProgressMonitor());
		assertEquals(26, first.size());
		assertEquals(first.stream().map(t -> t.table() + "=" + t.rows()).toList(),
				second.stream().map(t -> t.table() + "=" + t.rows()).toList());
		List<Path> firstFiles = files(folder.resolve("first"));
		assertEquals(26, firstFiles.size());
		for (Path file : firstFiles) {
			Path twin = folder.resolve("second").resolve(file.getFileName());
			assertEquals(-1, Files.mismatch(file, twin), () -> file.getFileName() + " differs between two runs");
		}
		Path other = folder.resolve("other-seed");
		generator.generate(20, 43, other, null);
		assertNotEquals(-1, Files.mismatch(folder.resolve("first/PATIENTS.csv.gz"), other.resolve("PATIENTS.csv.gz")));
	}

	@Test
	void everyFileHasTheHeaderOfItsTableInTheConnectorsModel() throws Exception {
		Path out = folder.resolve("headers");
		List<GeneratedTable> written = generator.generate(2, 1, out, null);
		List<Table> tables = Services.mimic3Connector().schema().getTables();
		assertEquals(tables.stream().map(Table::getName).toList(), written.stream().map(GeneratedTable::table).toList());
		for (Table table : tables) {
			Path file = out.resolve(table.getName() + ".csv.gz");
			assertEquals(table.getColumns().stream().map(Column::getName).collect(Collectors.joining(",")), firstLine(file));
		}
	}

	@Test
	void writesOnlyIntoANewOrEmptyFolder() throws Exception {
		Path used = Files.createDirectories(folder.resolve("used"));
		Files.writeString(used.resolve("notes.txt"), "mine");
		assertThrows(DirectoryNotEmptyException.class, () -> generator.generate(1, 1, used, null));
		assertEquals(List.of(used.resolve("notes.txt")), files(used), "nothing written, nothing lost");
		assertEquals("mine", Files.readString(used.resolve("notes.txt")));

		Path file = Files.writeString(folder.resolve("a-file"), "x");
		assertThrows(NotDirectoryException.class, () -> generator.generate(1, 1, file, null));

		IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
				() -> generator.generate(0, 1, folder.resolve("none"), null));
		assertEquals("The number of patients must be at least 1, not 0", none.getMessage());
		assertFalse(Files.exists(folder.resolve("none")));

		Path empty = Files.createDirectories(folder.resolve("empty"));
		assertEquals(26, generator.generate(1, 1, empty, null).size());
	}

	@Test
	void cancellingRemovesWhatWasWritten() throws Exception {
		Path created = folder.resolve("cancelled");
		assertThrows(OperationCanceledException.class, () -> generator.generate(50, 1, created, new CancelWhenWorkIsDone()));
		assertFalse(Files.exists(created), "the folder the generator created is gone");

		Path existing = Files.createDirectories(folder.resolve("cancelled-existing"));
		assertThrows(OperationCanceledException.class, () -> generator.generate(50, 1, existing, new CancelWhenWorkIsDone()));
		assertTrue(Files.isDirectory(existing), "a folder that was there stays");
		assertEquals(List.of(), files(existing), "and is empty again");
	}

	/** A monitor the user cancels as soon as some work is reported done: after the first patient was written. */
	private static final class CancelWhenWorkIsDone extends NullProgressMonitor {

		private boolean worked;

		@Override
		public void worked(int work) {
			worked = true;
		}

		@Override
		public boolean isCanceled() {
			return worked;
		}
	}
}
