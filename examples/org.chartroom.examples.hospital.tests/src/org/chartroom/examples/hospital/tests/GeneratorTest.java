package org.chartroom.examples.hospital.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.chartroom.core.generate.DataGenerator;
import org.chartroom.core.generate.DataGenerator.GeneratedTable;
import org.junit.jupiter.api.Test;

/** The generator writes every table of the model, the same bytes for the same seed, the same first patients for any N. */
class GeneratorTest {

	@Test
	void writesEveryTableWithTheRowsItReports() throws Exception {
		Map<String, Long> rows = new LinkedHashMap<>();
		for (GeneratedTable table : HospitalWorkspace.generated()) {
			rows.put(table.table(), table.rows());
			assertEquals(table.rows(), lines(table.file()).size() - 1, table.table() + ": one line per row after the header");
		}
		assertEquals(Map.of("CODE_LIST", 17L, "DIAGNOSIS", 199L, "ENCOUNTER", 94L, "LAB_RESULT", 2890L, "PATIENT", 50L,
				"VITAL_SIGN", 9690L), rows);
	}

	@Test
	void theSameSeedGivesTheSameBytesAndTheFirstPatientsStayTheSame() throws Exception {
		DataGenerator generator = HospitalServices.generator();
		Path root = Files.createTempDirectory("hospital-generator");
		generator.generate(20, 7, root.resolve("a"), null);
		generator.generate(20, 7, root.resolve("b"), null);
		generator.generate(5, 7, root.resolve("c"), null);
		generator.generate(20, 8, root.resolve("d"), null);
		for (String table : List.of("PATIENT", "ENCOUNTER", "VITAL_SIGN", "LAB_RESULT", "DIAGNOSIS", "CODE_LIST")) {
			String file = table + ".csv.gz";
			assertArrayEquals(Files.readAllBytes(root.resolve("a").resolve(file)), Files.readAllBytes(root.resolve("b").resolve(file)),
					file);
		}
		List<String> twenty = lines(root.resolve("a").resolve("PATIENT.csv.gz"));
		assertEquals(twenty.subList(0, 6), lines(root.resolve("c").resolve("PATIENT.csv.gz")));
		assertEquals("PATIENT_ID,SEX,BIRTH_DATE,DEATH_DATE", twenty.get(0));
		assertEquals(false, twenty.equals(lines(root.resolve("d").resolve("PATIENT.csv.gz"))), "another seed, other patients");
	}

	@Test
	void refusesAFolderThatIsNotEmpty() throws Exception {
		Path folder = Files.createTempDirectory("hospital-generator-full");
		Files.writeString(folder.resolve("notes.txt"), "mine");
		assertThrows(java.nio.file.DirectoryNotEmptyException.class,
				() -> HospitalServices.generator().generate(1, 1, folder, null));
		assertEquals(List.of(folder.resolve("notes.txt")), Files.list(folder).toList());
	}

	static List<String> lines(Path gz) throws Exception {
		try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			in.transferTo(out);
			return out.toString(StandardCharsets.UTF_8).lines().toList();
		}
	}
}
