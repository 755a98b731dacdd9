package org.chartroom.core.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.chartroom.core.connector.Connector;
import org.chartroom.model.warehouse.Dataset;
import org.chartroom.model.warehouse.Table;
import org.chartroom.model.warehouse.WarehouseFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where an import finds its files: a folder or a zip, the files at the top or in exactly one folder. */
class ImportSourceTest {

	@TempDir
	Path folder;

	private static final Connector CONNECTOR = new Connector() {
		private final Dataset schema = tables("PATIENTS", "ADMISSIONS");

		@Override
		public String id() {
			return "test";
		}

		@Override
		public String displayName() {
			return "Test";
		}

		@Override
		public Dataset schema() {
			return schema;
		}
	};

	private static Dataset tables(String... tables) {
		Dataset dataset = WarehouseFactory.eINSTANCE.createDataset();
		for (String name : tables) {
			Table table = WarehouseFactory.eINSTANCE.createTable();
			table.setName(name);
			dataset.getTables().add(table);
		}
		return dataset;
	}

	private Path zip(String name, Map<String, byte[]> entries) throws IOException {
		Path zip = folder.resolve(name);
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				out.putNextEntry(new ZipEntry(entry.getKey()));
				out.write(entry.getValue());
				out.closeEntry();
			}
		}
		return zip;
	}

	private static byte[] text(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] gzip(byte[] bytes) throws IOException {
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		try (OutputStream out = new GZIPOutputStream(buffer)) {
			out.write(bytes);
		}
		return buffer.toByteArray();
	}

	private static String read(SourceFile file) throws IOException {
		try (InputStream in = file.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void aZipWithItsFilesInOneTopFolder() throws Exception {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("demo-1.4/", new byte[0]);
		entries.put("demo-1.4/PATIENTS.csv", text("subject_id\n1\n"));
		entries.put("demo-1.4/ADMISSIONS.csv", text("hadm_id\n2\n"));
		entries.put("demo-1.4/LICENSE.txt", text("ODbL"));
		entries.put("demo-1.4/NOTES.csv", text("x\n"));
		Path zip = zip("demo-1.4.zip", entries);
		try (ImportSource source = ImportSource.open(zip, CONNECTOR)) {
			assertEquals(zip + "!/demo-1.4", source.location());
			SourceFile patients = source.file("PATIENTS").orElseThrow();
			assertEquals("PATIENTS.csv", patients.name());
			assertEquals("demo-1.4.zip!/demo-1.4/PATIENTS.csv", patients.location());
			assertEquals(13, patients.size());
			assertEquals("subject_id\n1\n", read(patients));
			assertEquals("hadm_id\n2\n", read(source.file("ADMISSIONS").orElseThrow()));
			assertEquals(List.of("NOTES.csv matches no table of Test: skipped."), source.skipped());
		}
	}

	@Test
	void aZipWithLowerCaseGzipEntriesAtItsRootAndAnUpperCaseExtension() throws Exception {
		byte[] gz = gzip(text("subject_id\n1\n"));
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("patients.csv.gz", gz);
		entries.put("admissions.csv.gz", gzip(text("hadm_id\n")));
		entries.put("other/README.md", text("not data"));
		Path zip = zip("FULL.ZIP", entries);
		try (ImportSource source = ImportSource.open(zip, CONNECTOR)) {
			assertEquals(zip.toString(), source.location());
			SourceFile patients = source.file("PATIENTS").orElseThrow();
			assertEquals("FULL.ZIP!/patients.csv.gz", patients.location());
			assertEquals(gz.length, patients.size(), "the size of the bytes as stored, still gzip-compressed");
			try (InputStream in = patients.openStream()) {
				assertTrue(Arrays.equals(gz, in.readAllBytes()));
			}
		}
	}

	@Test
	void filesInTwoFoldersOrDeeperAreNotLookedFor() throws Exception {
		Path two = zip("two.zip", Map.of("a/PATIENTS.csv", text("x\n"), "b/ADMISSIONS.csv", text("x\n")));
		ImportException e = assertThrows(ImportException.class, () -> ImportSource.open(two, CONNECTOR));
		assertEquals("No CSV files (*.csv or *.csv.gz) in " + two + ".", e.getMessage());

		Path deep = zip("deep.zip", Map.of("a/b/PATIENTS.csv", text("x\n")));
		e = assertThrows(ImportException.class, () -> ImportSource.open(deep, CONNECTOR));
		assertEquals("No CSV files (*.csv or *.csv.gz) in " + deep + ".", e.getMessage());
	}

	@Test
	void aFolderFollowsTheSameRule() throws Exception {
		Path top = Files.createDirectories(folder.resolve("top/inner"));
		Files.writeString(top.resolve("Patients.CSV"), "subject_id\n");
		try (ImportSource source = ImportSource.open(folder.resolve("top"), CONNECTOR)) {
			assertEquals(top.toString(), source.location());
			assertEquals("Patients.CSV", source.file("PATIENTS").orElseThrow().location());
		}
	}

	@Test
	void aTruncatedZipIsRefusedWithOneMessage() throws Exception {
		Path zip = zip("cut.zip", Map.of("PATIENTS.csv", text("subject_id\n1\n".repeat(1000))));
		byte[] whole = Files.readAllBytes(zip);
		Files.write(zip, Arrays.copyOf(whole, whole.length / 2));
		ImportException e = assertThrows(ImportException.class, () -> ImportSource.open(zip, CONNECTOR));
		assertEquals("Cannot read the zip file " + zip + ": it is damaged or truncated (zip END header not found).",
				e.getMessage());
	}

	@Test
	void aDamagedEntryFailsWhileReadingAndSaysSo() throws Exception {
		StringBuilder csv = new StringBuilder("subject_id\n");
		for (int i = 0; i < 50_000; i++) {
			csv.append(i).append('\n');
		}
		Path zip = zip("damaged.zip", Map.of("PATIENTS.csv", text(csv.toString())));
		byte[] bytes = Files.readAllBytes(zip);
		Arrays.fill(bytes, 200, 400, (byte) 0xff); // inside the compressed data; the directory at the end stays intact
		Files.write(zip, bytes);
		try (ImportSource source = ImportSource.open(zip, CONNECTOR)) {
			IOException e = assertThrows(IOException.class, () -> read(source.file("PATIENTS").orElseThrow()));
			assertTrue(CsvInput.isDecodingProblem(e), e::toString);
			assertTrue(CsvInput.describe(e).startsWith("the zip entry is damaged ("), CsvInput.describe(e));
		}
	}

	@Test
	void neitherAFolderNorAZip() throws Exception {
		Path text = Files.writeString(folder.resolve("PATIENTS.csv"), "subject_id\n");
		ImportException e = assertThrows(ImportException.class, () -> ImportSource.open(text, CONNECTOR));
		assertEquals(text + " is not a folder or a zip file: give the folder or the .zip file that holds the CSV files.",
				e.getMessage());
		e = assertThrows(ImportException.class, () -> ImportSource.open(folder.resolve("nothing"), CONNECTOR));
		assertEquals("No such folder or zip file: " + folder.resolve("nothing"), e.getMessage());
	}
}
