package org.chartroom.connector.mimic3.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.chartroom.core.concepts.Concept;
import org.chartroom.core.concepts.ConceptDetails;
import org.chartroom.core.concepts.ConceptDetailsReader;
import org.chartroom.core.concepts.ConceptIndex;
import org.chartroom.core.concepts.ConceptIndexReader;
import org.chartroom.core.concepts.ConceptPage;
import org.chartroom.core.concepts.ConceptQuery;
import org.chartroom.core.concepts.ConceptUse;
import org.chartroom.core.concepts.ConceptUseTable;
import org.chartroom.core.concepts.NumericDistribution;
import org.chartroom.core.concepts.TextDistribution;
import org.chartroom.core.concepts.TextDistribution.ValueCount;
import org.chartroom.core.imports.DatasetImport;
import org.chartroom.core.imports.ImportListener;
import org.chartroom.core.store.Workspace;
import org.chartroom.core.workspace.DatasetName;
import org.chartroom.model.warehouse.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The concept index of the real MIMIC-III demo, built from the model's semantics. The expected figures
 * come from direct SQL on the imported demo ({@code ./chartroom query}), e.g.
 * {@code SELECT COUNT(DISTINCT SUBJECT_ID), COUNT(*) FROM CHARTEVENTS WHERE ITEMID = 211} gives 48, 7396.
 */
class ConceptIndexTest {

	@TempDir
	static Path folder;

	private static Workspace workspace;
	private static Dataset schema;
	private static ConceptIndex index;
	private static final List<String> derived = new ArrayList<>();

	@BeforeAll
	static void importTheDemo() throws Exception {
		schema = Services.mimic3().schema();
		workspace = Services.derby().open(folder.resolve("ws"));
		new DatasetImport(workspace, Services.mimic3()).run(DatasetName.of("mimic3"), DemoFolder.mimic3(), false,
				new ImportListener() {
					@Override
					public void derivedTableCreated(String table, java.time.Duration elapsed) {
						derived.add(table);
						System.out.println(table + " counted in " + elapsed.toMillis() + " ms");
					}
				}, null);
		index = new ConceptIndexReader(workspace).read("mimic3", schema, null);
	}

	@AfterAll
	static void closeWorkspace() throws Exception {
		if (workspace != null) {
			workspace.close();
		}
	}

	private static String id(Concept concept) {
		return concept.dictionary() + " " + concept.key();
	}

	@Test
	void theImportCountedTheUseOfConceptsOnceBeforePublishing() throws Exception {
		assertEquals(List.of(ConceptUseTable.NAME), derived);
		assertEquals(12_487 + 753 + 14_567 + 3_882, index.size(), "D_ITEMS, D_LABITEMS, D_ICD_DIAGNOSES, D_ICD_PROCEDURES");
		assertEquals(List.of("D_ICD_DIAGNOSES", "D_ICD_PROCEDURES", "D_ITEMS", "D_LABITEMS"), index.dictionaries());
		assertEquals(26, workspace.tables("mimic3").size(), "the derived table is not one of the dataset's tables");
		assertEquals(26, workspace.findDataset("mimic3").orElseThrow().tableCount());
	}

	@Test
	void heartRateFindsBothItemsWithTheCountsOfChartevents() throws Exception {
		ConceptPage page = index.search(ConceptQuery.of("heart rate", 50));
		List<Concept> found = page.concepts();
		assertEquals("D_ITEMS 220045", id(found.get(0)), "exact labels first, the one with more patients first");
		assertEquals("D_ITEMS 211", id(found.get(1)));
		Concept metavision = found.get(0);
		Concept carevue = found.get(1);
		assertEquals("Heart Rate", carevue.label());
		assertEquals("211", carevue.code(), "D_ITEMS has no code column: the key is the code");
		assertEquals("carevue", carevue.vocabulary());
		assertEquals("", carevue.category());
		assertEquals(48, carevue.patients());
		assertEquals(7_396, carevue.rows());
		assertEquals(List.of(new ConceptUse("CHARTEVENTS", 48, 7_396)), carevue.uses());
		assertEquals("Routine Vital Signs", metavision.category());
		assertEquals("metavision", metavision.vocabulary());
		assertEquals(50, metavision.patients());
		assertEquals(8_094, metavision.rows());
		assertEquals(List.of(List.of(48, 7_396), List.of(50, 8_094)), Rows.of(workspace, "mimic3",
				"SELECT COUNT(DISTINCT SUBJECT_ID), COUNT(*) FROM CHARTEVENTS WHERE ITEMID IN (211, 220045) GROUP BY ITEMID ORDER BY ITEMID"));
		List<String> ids = found.stream().map(ConceptIndexTest::id).toList();
		assertTrue(ids.containsAll(List.of("D_ITEMS 220046", "D_ITEMS 220047", "D_ITEMS 3494", "D_ITEMS 5972")), ids.toString());
		assertEquals(page.total(), found.size());
	}

	@Test
	void anIcd9CodeIsFoundExactlyAndByItsStart() {
		Concept chf = index.search(ConceptQuery.of("4280", 10)).concepts().get(0);
		assertEquals("D_ICD_DIAGNOSES 4280", id(chf));
		assertEquals("Congestive heart failure, unspecified", chf.label());
		assertEquals(35, chf.patients());
		assertEquals(39, chf.rows());
		assertEquals(List.of(new ConceptUse("DIAGNOSES_ICD", 35, 39)), chf.uses());

		ConceptPage septicemia = index.search(ConceptQuery.of("038", 100).withDictionary("d_icd_diagnoses"));
		assertEquals(15, septicemia.total(), "SELECT COUNT(*) FROM D_ICD_DIAGNOSES WHERE ICD9_CODE LIKE '038%'");
		Concept first = septicemia.concepts().get(0);
		assertEquals("D_ICD_DIAGNOSES 0389", id(first), "the most used first");
		assertEquals(16, first.patients());
		assertEquals(24, first.rows());
	}

	@Test
	void filtersByCategoryVocabularyAndDictionary() {
		assertEquals(List.of("D_ITEMS 220045"), index.search(ConceptQuery.of("heart rate", 50).withCategory("Routine Vital Signs"))
				.concepts().stream().map(ConceptIndexTest::id).toList());
		List<String> carevue = index.search(ConceptQuery.of("heart rate", 50).withVocabulary("carevue")).concepts().stream()
				.map(ConceptIndexTest::id).toList();
		assertEquals("D_ITEMS 211", carevue.get(0));
		assertEquals(List.of("D_ITEMS 211", "D_ITEMS 3494", "D_ITEMS 5972"), carevue.stream().sorted().toList());
		assertEquals(48, index.search(ConceptQuery.of("", 0).withCategory("Routine Vital Signs")).total(),
				"SELECT COUNT(*) FROM D_ITEMS WHERE CATEGORY = 'Routine Vital Signs'");
		assertTrue(index.vocabularies().containsAll(List.of("carevue", "hospital", "metavision")), index.vocabularies().toString());
		assertEquals(0, index.search(ConceptQuery.of("heart rate", 50).withDictionary("D_LABITEMS")
				.withVocabulary("carevue")).total());
	}

	@Test
	void pagesFollowTheRanking() {
		ConceptPage all = index.search(ConceptQuery.of("heart", 1_000));
		ConceptPage second = index.search(ConceptQuery.of("heart", 10).page(10, 10));
		assertEquals(all.total(), second.total());
		assertEquals(10, second.offset());
		assertEquals(all.concepts().subList(10, 20), second.concepts());
	}

	/** Direct SQL: COUNT 7391, MIN 0.0, MAX 189.0; the 3696th of 7391 sorted values (OFFSET 3695) is 85.0; unit BPM. */
	@Test
	void theHeartRateOfCarevueSpreadsFromZeroTo189AroundAMedianOf85() throws Exception {
		Concept carevue = index.find("D_ITEMS", "211").orElseThrow();
		ConceptDetails details = new ConceptDetailsReader(workspace).read("mimic3", schema, carevue, null);
		assertTrue(details.fields().contains(new ConceptDetails.Field("LINKSTO", "chartevents")), details.fields().toString());
		assertEquals(1, details.distributions().size());
		NumericDistribution numbers = (NumericDistribution) details.distributions().get(0);
		assertEquals("CHARTEVENTS", numbers.eventTable());
		assertEquals("VALUENUM", numbers.column());
		assertEquals("BPM", numbers.unit());
		assertEquals(7_391, numbers.count());
		assertEquals(0.0, numbers.min());
		assertEquals(85.0, numbers.median());
		assertEquals(189.0, numbers.max());
		assertEquals(ConceptDetailsReader.BINS, numbers.bins().size());
		assertEquals(7_391, numbers.bins().stream().mapToLong(NumericDistribution.HistogramBin::count).sum());
		assertEquals(189.0, numbers.bins().get(ConceptDetailsReader.BINS - 1).to(), 1e-9);
	}

	/** Direct SQL: 7,414 rows, all with VALUE and none with VALUENUM; SR (Sinus Rhythm) 4,627 times. */
	@Test
	void theHeartRhythmOfMetavisionIsMostlySinusRhythm() throws Exception {
		Concept rhythm = index.find("D_ITEMS", "220048").orElseThrow();
		ConceptDetails details = new ConceptDetailsReader(workspace).read("mimic3", schema, rhythm, null);
		TextDistribution values = (TextDistribution) details.distributions().get(0);
		assertEquals("VALUE", values.column());
		assertEquals(7_414, values.count());
		assertEquals(new ValueCount("SR (Sinus Rhythm)", 4_627), values.top().get(0));
		assertEquals(new ValueCount("ST (Sinus Tachycardia) ", 1_751), values.top().get(1), "whitespace is data");
		assertEquals(ConceptDetailsReader.TOP_VALUES, values.top().size());
	}

	@Test
	void theStoredUseSurvivesReopeningTheWorkspace() throws Exception {
		Path copy = folder.resolve("reopened");
		try (Workspace other = Services.derby().open(copy)) {
			new DatasetImport(other, Services.mimic3()).run(DatasetName.of("tiny"), tinyMimic3(folder.resolve("tiny")),
					false, ImportListener.NONE, null);
		}
		try (Workspace reopened = Services.derby().open(copy)) {
			assertFalse(reopened.ensureDerived("tiny", new ConceptUseTable(schema), null), "kept since the import");
			assertEquals(List.of(List.of("D_ITEMS", "211", 1L, 1L)), Rows.of(reopened, "tiny",
					"SELECT DICTIONARY_TABLE, CONCEPT_KEY, PATIENTS, EVENT_ROWS FROM " + ConceptUseTable.NAME
							+ " WHERE EVENT_TABLE IS NULL ORDER BY 1, 2"));
			ConceptIndex tiny = new ConceptIndexReader(reopened).read("tiny", schema, null);
			Concept heartRate = tiny.find("D_ITEMS", "211").orElseThrow();
			assertEquals(1, heartRate.patients());
			assertEquals(1, heartRate.rows());
		}
	}

	/** One patient, admission and ICU stay, item 211 in D_ITEMS and one chart event of it. */
	private static Path tinyMimic3(Path source) throws Exception {
		SmallFiles files = new SmallFiles(schema);
		java.nio.file.Files.createDirectories(source);
		for (String table : List.of("PATIENTS", "ADMISSIONS", "ICUSTAYS")) {
			SmallFiles.write(source.resolve(table + ".csv"), files.header(table) + "\n" + files.row(table, 1) + "\n");
		}
		SmallFiles.write(source.resolve("D_ITEMS.csv"), files.header("D_ITEMS") + "\n" + files.row("D_ITEMS", 1, "ITEMID", "211") + "\n");
		SmallFiles.write(source.resolve("CHARTEVENTS.csv"),
				files.header("CHARTEVENTS") + "\n" + files.row("CHARTEVENTS", 1, "ITEMID", "211") + "\n");
		return source;
	}
}
