package org.chartroom.synthetic.mimic3.tests;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.chartroom.core.connector.Connector;
import org.chartroom.core.generate.DataGenerator.GeneratedTable;
import org.chartroom.core.imports.DatasetImport;
import org.chartroom.core.imports.ImportListener;
import org.chartroom.core.imports.ImportResult;
import org.chartroom.core.store.TableInfo;
import org.chartroom.core.store.Workspace;
import org.chartroom.core.workspace.DatasetName;
import org.chartroom.model.warehouse.Column;
import org.chartroom.model.warehouse.EventSemantics;
import org.chartroom.model.warehouse.ForeignKey;
import org.chartroom.model.warehouse.StaySemantics;
import org.chartroom.model.warehouse.Table;
import org.chartroom.model.warehouse.TableSemantics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generates 20 patients with seed 42, imports them with the MIMIC-III connector into a fresh
 * workspace, and checks that the data hangs together: every foreign key of the model resolves,
 * stays nest, nothing happens after death, notes span lines.
 */
class SyntheticImportTest {

	/** Rows per table for 20 patients, seed 42: a regression guard (any change to the generator changes them). */
	static final Map<String, Long> ROWS = new TreeMap<>(Map.ofEntries(entry("ADMISSIONS", 26L), entry("CALLOUT", 16L),
			entry("CAREGIVERS", 1_000L), entry("CHARTEVENTS", 93_561L), entry("CPTEVENTS", 211L), entry("D_CPT", 10L),
			entry("D_ICD_DIAGNOSES", 88L), entry("D_ICD_PROCEDURES", 33L), entry("D_ITEMS", 350L), entry("D_LABITEMS", 37L),
			entry("DATETIMEEVENTS", 1_521L), entry("DIAGNOSES_ICD", 309L), entry("DRGCODES", 52L), entry("ICUSTAYS", 27L),
			entry("INPUTEVENTS_CV", 3_656L), entry("INPUTEVENTS_MV", 1_498L), entry("LABEVENTS", 10_520L),
			entry("MICROBIOLOGYEVENTS", 270L), entry("NOTEEVENTS", 287L), entry("OUTPUTEVENTS", 1_910L), entry("PATIENTS", 20L),
			entry("PRESCRIPTIONS", 2_175L), entry("PROCEDUREEVENTS_MV", 111L), entry("PROCEDURES_ICD", 82L),
			entry("SERVICES", 36L), entry("TRANSFERS", 92L)));
	private static final String DATASET = "syn";

	@TempDir
	static Path folder;

	private static Connector connector;
	private static List<GeneratedTable> generated;
	private static Workspace workspace;
	private static ImportResult result;
	private static final List<String> warnings = new ArrayList<>();

	@BeforeAll
	static void generateAndImport() throws Exception {
		connector = Services.mimic3Connector();
		Path files = folder.resolve("syn20");
		generated = Services.mimic3Generator().generate(20, 42, files, null);
		workspace = Services.derby().open(folder.resolve("ws"));
		result = new DatasetImport(workspace, connector).run(DatasetName.of(DATASET), files, false, new ImportListener() {
			@Override
			public void warning(String message) {
				warnings.add(message);
			}
		}, null);
	}

	@AfterAll
	static void closeWorkspace() throws Exception {
		if (workspace != null) {
			workspace.close();
		}
	}

	private static Object value(String sql) throws Exception {
		return Rows.single(workspace, DATASET, sql);
	}

	private static long count(String sql) throws Exception {
		return ((Number) value(sql)).longValue();
	}

	@Test
	void importsCleanlyWithTheRecordedRowCounts() throws Exception {
		assertEquals(List.of(), warnings, "26 files, one per table, nothing else");
		assertEquals(26, result.dataset().tableCount());
		Map<String, Long> written = new TreeMap<>();
		generated.forEach(t -> written.put(t.table(), t.rows()));
		assertEquals(ROWS, written);
		Map<String, Long> stored = new TreeMap<>();
		for (TableInfo table : workspace.tables(DATASET)) {
			stored.put(table.name(), table.rowCount());
		}
		assertEquals(ROWS, stored);
		assertTrue(ROWS.values().stream().allMatch(rows -> rows > 0), "every table has rows");
	}

	@Test
	void everyForeignKeyOfTheModelResolves() throws Exception {
		Map<String, Long> orphans = new TreeMap<>();
		int keys = 0;
		for (Table table : connector.schema().getTables()) {
			for (ForeignKey key : table.getForeignKeys()) {
				keys++;
				String column = key.getColumns().get(0).getName();
				String target = key.getTargetTable().getName();
				String targetColumn = key.getTargetColumns().get(0).getName();
				long count = count("SELECT COUNT(*) FROM " + table.getName() + " c WHERE c." + column + " IS NOT NULL"
						+ " AND NOT EXISTS (SELECT 1 FROM " + target + " t WHERE t." + targetColumn + " = c." + column + ")");
				orphans.put(key.getName(), count);
			}
		}
		assertEquals(64, keys);
		assertEquals(Map.of(), orphans.entrySet().stream().filter(e -> e.getValue() != 0)
				.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), "foreign keys with orphans");
	}

	@Test
	void everyIcuStayLiesWithinItsAdmission() throws Exception {
		assertEquals(27, count("SELECT COUNT(*) FROM icustays i JOIN admissions a ON a.hadm_id = i.hadm_id"
				+ " AND a.subject_id = i.subject_id"));
		assertEquals(0, count("SELECT COUNT(*) FROM icustays i JOIN admissions a ON a.hadm_id = i.hadm_id"
				+ " WHERE i.intime < a.admittime OR i.outtime > a.dischtime OR i.outtime <= i.intime"));
	}

	/** Every time column the model's semantics name (event times, stay ends), for patients who died. */
	@Test
	void nobodyHasEventsAfterTheirDateOfDeath() throws Exception {
		Map<String, Long> late = new TreeMap<>();
		for (Table table : connector.schema().getTables()) {
			TableSemantics semantics = table.getSemantics();
			List<Column> times = new ArrayList<>();
			Column patient = null;
			if (semantics instanceof EventSemantics event) {
				patient = event.getPatientColumn();
				times.add(event.getTimeColumn());
				times.add(event.getEndTimeColumn());
			} else if (semantics instanceof StaySemantics stay) {
				patient = stay.getPatientColumn();
				times.add(stay.getStartColumn());
				times.add(stay.getEndColumn());
			}
			for (Column time : times) {
				if (time != null && patient != null) {
					late.put(table.getName() + "." + time.getName(), count("SELECT COUNT(*) FROM " + table.getName()
							+ " e JOIN patients p ON p.subject_id = e." + patient.getName() + " WHERE p.dod IS NOT NULL AND e."
							+ time.getName() + " > {fn TIMESTAMPADD(SQL_TSI_DAY, 1, p.dod)}"));
				}
			}
		}
		assertTrue(late.size() >= 20, "time columns checked: " + late.keySet());
		assertEquals(Map.of(), late.entrySet().stream().filter(e -> e.getValue() != 0)
				.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), "events after death");
	}

	@Test
	void deathsAgreeBetweenPatientsAndAdmissions() throws Exception {
		assertEquals(count("SELECT COUNT(*) FROM patients WHERE dod IS NOT NULL"),
				count("SELECT COUNT(*) FROM patients WHERE expire_flag = 1"));
		assertEquals(0, count("SELECT COUNT(*) FROM admissions a JOIN patients p ON p.subject_id = a.subject_id"
				+ " WHERE a.hospital_expire_flag = 1 AND (a.deathtime <> a.dischtime OR p.expire_flag <> 1"
				+ " OR p.dod_hosp IS NULL OR CAST(a.deathtime AS DATE) <> CAST(p.dod AS DATE)"
				+ " OR a.discharge_location <> 'DEAD/EXPIRED')"));
		assertEquals(0, count("SELECT COUNT(*) FROM admissions WHERE hospital_expire_flag = 0 AND deathtime IS NOT NULL"));
	}

	@Test
	void notesSpanSeveralLinesWithCommasAndQuotes() throws Exception {
		List<List<Object>> texts = Rows.of(workspace, DATASET, "SELECT text FROM noteevents");
		assertEquals(287, texts.size());
		assertTrue(texts.stream().allMatch(t -> ((String) t.get(0)).contains("\n")), "every note has several lines");
		assertTrue(texts.stream().anyMatch(t -> ((String) t.get(0)).contains("\"")), "some quote");
		assertTrue(texts.stream().allMatch(t -> ((String) t.get(0)).contains(",")), "all have commas");
	}

	@Test
	void codesAndQuirksAreKeptAsMimicHasThem() throws Exception {
		assertEquals("0389", value("SELECT icd9_code FROM d_icd_diagnoses WHERE icd9_code = '0389'"), "leading zero kept");
		assertTrue(count("SELECT COUNT(*) FROM drgcodes WHERE drg_type = 'APR '") > 0, "APR with its trailing blank");
		assertTrue(count("SELECT COUNT(*) FROM caregivers WHERE label = 'NA'") > 0, "NA is a label, not a NULL");
		assertEquals(0, count("SELECT COUNT(*) FROM chartevents c JOIN d_items d ON d.itemid = c.itemid"
				+ " WHERE (c.itemid < 220000 AND d.dbsource <> 'carevue') OR (c.itemid >= 220000 AND d.dbsource <> 'metavision')"));
		assertTrue(count("SELECT COUNT(*) FROM chartevents WHERE itemid IN (211, 220045)") > 1000, "heart rate, both systems");
	}
}
