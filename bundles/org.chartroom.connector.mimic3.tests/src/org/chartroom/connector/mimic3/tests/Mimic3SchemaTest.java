package org.chartroom.connector.mimic3.tests;

import static org.chartroom.connector.mimic3.tests.Mimic3Model.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.chartroom.model.warehouse.Column;
import org.chartroom.model.warehouse.ColumnType;
import org.chartroom.model.warehouse.Dataset;
import org.chartroom.model.warehouse.ForeignKey;
import org.chartroom.model.warehouse.Index;
import org.chartroom.model.warehouse.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The MIMIC-III v1.4 schema model: tables, columns, descriptions, keys and indexes. */
class Mimic3SchemaTest {

	/** All 26 tables of MIMIC-III v1.4, in the order of the model. */
	static final List<String> TABLES = List.of("ADMISSIONS", "CALLOUT", "CAREGIVERS", "CHARTEVENTS", "CPTEVENTS", "D_CPT",
			"D_ICD_DIAGNOSES", "D_ICD_PROCEDURES", "D_ITEMS", "D_LABITEMS", "DATETIMEEVENTS", "DIAGNOSES_ICD", "DRGCODES",
			"ICUSTAYS", "INPUTEVENTS_CV", "INPUTEVENTS_MV", "LABEVENTS", "MICROBIOLOGYEVENTS", "NOTEEVENTS", "OUTPUTEVENTS",
			"PATIENTS", "PRESCRIPTIONS", "PROCEDUREEVENTS_MV", "PROCEDURES_ICD", "SERVICES", "TRANSFERS");

	/**
	 * SUBJECT_ID in 19 tables, HADM_ID in 18, ICUSTAY_ID in 8, item ids in 10 (six ITEMID to D_ITEMS, LABEVENTS to
	 * D_LABITEMS, three in MICROBIOLOGYEVENTS), CGID in 7, ICD9_CODE in 2.
	 */
	static final int FOREIGN_KEYS = 64;
	static final int INDEXES = 86;
	static final int UNIQUE_INDEXES = 9;
	static final int COLUMNS = 324;

	private static Dataset dataset;

	@BeforeAll
	static void loadModel() throws IOException {
		dataset = Mimic3Model.load();
	}

	@Test
	void isTheMimic3DataSet() {
		assertEquals("mimic3", dataset.getName());
		assertEquals("mimic3", dataset.getSourceKind());
		assertTrue(dataset.getDescription().contains("MIMIC-III"), dataset.getDescription());
		assertTrue(dataset.getDescription().contains("an import does not enforce them"),
				"the description must say that foreign keys are not enforced");
	}

	@Test
	void hasAllTwentySixTables() {
		assertEquals(TABLES, dataset.getTables().stream().map(Table::getName).toList());
		assertEquals(COLUMNS, dataset.getTables().stream().mapToInt(t -> t.getColumns().size()).sum());
	}

	@Test
	void everyTableAndColumnIsDescribed() {
		List<String> undescribed = new ArrayList<>();
		for (Table table : dataset.getTables()) {
			if (table.getDescription() == null || table.getDescription().isBlank()) {
				undescribed.add(table.getName());
			}
			for (Column column : table.getColumns()) {
				if (column.getDescription() == null || column.getDescription().isBlank()) {
					undescribed.add(table.getName() + "." + column.getName());
				}
			}
		}
		assertEquals(List.of(), undescribed);
	}

	@Test
	void columnNamesAreUpperCaseAndUniqueInTheirTable() {
		for (Table table : dataset.getTables()) {
			Set<String> names = new HashSet<>();
			for (Column column : table.getColumns()) {
				assertEquals(column.getName().toUpperCase(), column.getName());
				assertTrue(names.add(column.getName()), table.getName() + "." + column.getName() + " twice");
			}
		}
	}

	@Test
	void textColumnsHaveALengthAndOtherColumnsNone() {
		for (Table table : dataset.getTables()) {
			for (Column column : table.getColumns()) {
				String name = table.getName() + "." + column.getName();
				boolean text = column.getType() == ColumnType.VARCHAR || column.getType() == ColumnType.CHAR;
				assertEquals(text, column.getLength() > 0, name + " " + column.getType() + " length " + column.getLength());
				assertFalse(column.getType() == ColumnType.BOOLEAN, name + " has no type set");
			}
		}
	}

	@Test
	void typesOfColumnsThatAreEasyToGetWrong() {
		assertColumn("DIAGNOSES_ICD", "ICD9_CODE", ColumnType.VARCHAR, 10, true);
		assertColumn("D_ICD_DIAGNOSES", "ICD9_CODE", ColumnType.VARCHAR, 10, false);
		assertColumn("D_ICD_PROCEDURES", "ICD9_CODE", ColumnType.VARCHAR, 10, false);
		assertColumn("PRESCRIPTIONS", "NDC", ColumnType.VARCHAR, 120, true);
		assertColumn("PRESCRIPTIONS", "GSN", ColumnType.VARCHAR, 200, true);
		assertColumn("PRESCRIPTIONS", "DOSE_VAL_RX", ColumnType.VARCHAR, 120, true);
		assertColumn("DRGCODES", "DRG_CODE", ColumnType.VARCHAR, 20, false);
		assertColumn("CPTEVENTS", "CPT_CD", ColumnType.VARCHAR, 10, false);
		assertColumn("CHARTEVENTS", "VALUE", ColumnType.VARCHAR, 255, true);
		assertColumn("CHARTEVENTS", "VALUENUM", ColumnType.DOUBLE, 0, true);
		assertColumn("CHARTEVENTS", "ROW_ID", ColumnType.INTEGER, 0, false);
		assertColumn("NOTEEVENTS", "TEXT", ColumnType.CLOB, 0, true);
		assertColumn("NOTEEVENTS", "ISERROR", ColumnType.CHAR, 1, true);
		assertColumn("DATETIMEEVENTS", "VALUE", ColumnType.TIMESTAMP, 0, true);
		assertColumn("PATIENTS", "DOB", ColumnType.TIMESTAMP, 0, false);
		assertColumn("PATIENTS", "SUBJECT_ID", ColumnType.INTEGER, 0, false);
		assertColumn("ADMISSIONS", "DIAGNOSIS", ColumnType.VARCHAR, 255, true);
		assertColumn("INPUTEVENTS_MV", "ORDERCOMPONENTTYPEDESCRIPTION", ColumnType.VARCHAR, 200, true);
	}

	@Test
	void everyTableHasRowIdAsItsPrimaryKey() {
		for (Table table : dataset.getTables()) {
			assertNotNull(table.getPrimaryKey(), table.getName());
			assertEquals(List.of(table.getColumns().get(0)), table.getPrimaryKey().getColumns(), table.getName());
			assertEquals("ROW_ID", table.getColumns().get(0).getName());
			assertFalse(table.getColumns().get(0).isNullable());
		}
	}

	@Test
	void foreignKeysResolveWithinTheDataSet() {
		int count = 0;
		for (Table table : dataset.getTables()) {
			for (ForeignKey key : table.getForeignKeys()) {
				count++;
				String name = table.getName() + " " + key.getName();
				Table target = key.getTargetTable();
				assertNotNull(target, name);
				assertFalse(target.eIsProxy(), name + " target is a proxy");
				assertSame(dataset, target.eContainer(), name);
				assertFalse(key.getColumns().isEmpty(), name);
				assertEquals(key.getColumns().size(), key.getTargetColumns().size(), name);
				for (int i = 0; i < key.getColumns().size(); i++) {
					Column column = key.getColumns().get(i);
					Column targetColumn = key.getTargetColumns().get(i);
					assertFalse(column.eIsProxy(), name);
					assertFalse(targetColumn.eIsProxy(), name);
					assertSame(table, column.eContainer(), name);
					assertSame(target, targetColumn.eContainer(), name);
					assertEquals(targetColumn.getType(), column.getType(), name);
					assertEquals(targetColumn.getLength(), column.getLength(), name);
				}
			}
		}
		assertEquals(FOREIGN_KEYS, count);
	}

	@Test
	void foreignKeysLeadToAPrimaryKeyOrAUniqueIndex() {
		for (Table table : dataset.getTables()) {
			for (ForeignKey key : table.getForeignKeys()) {
				Table target = key.getTargetTable();
				boolean primary = target.getPrimaryKey().getColumns().equals(key.getTargetColumns());
				boolean unique = target.getIndexes().stream()
						.anyMatch(index -> index.isUnique() && index.getColumns().equals(key.getTargetColumns()));
				assertTrue(primary || unique, table.getName() + " " + key.getName() + " leads to no key of " + target.getName());
			}
		}
	}

	@Test
	void expectedForeignKeys() {
		assertForeignKey("CHARTEVENTS", "SUBJECT_ID", "PATIENTS", "SUBJECT_ID");
		assertForeignKey("CHARTEVENTS", "HADM_ID", "ADMISSIONS", "HADM_ID");
		assertForeignKey("CHARTEVENTS", "ICUSTAY_ID", "ICUSTAYS", "ICUSTAY_ID");
		assertForeignKey("CHARTEVENTS", "ITEMID", "D_ITEMS", "ITEMID");
		assertForeignKey("CHARTEVENTS", "CGID", "CAREGIVERS", "CGID");
		assertForeignKey("LABEVENTS", "ITEMID", "D_LABITEMS", "ITEMID");
		assertForeignKey("MICROBIOLOGYEVENTS", "SPEC_ITEMID", "D_ITEMS", "ITEMID");
		assertForeignKey("MICROBIOLOGYEVENTS", "ORG_ITEMID", "D_ITEMS", "ITEMID");
		assertForeignKey("MICROBIOLOGYEVENTS", "AB_ITEMID", "D_ITEMS", "ITEMID");
		assertForeignKey("DIAGNOSES_ICD", "ICD9_CODE", "D_ICD_DIAGNOSES", "ICD9_CODE");
		assertForeignKey("PROCEDURES_ICD", "ICD9_CODE", "D_ICD_PROCEDURES", "ICD9_CODE");
		assertForeignKey("ICUSTAYS", "HADM_ID", "ADMISSIONS", "HADM_ID");
		assertForeignKey("ADMISSIONS", "SUBJECT_ID", "PATIENTS", "SUBJECT_ID");
		assertTrue(table(dataset, "PATIENTS").getForeignKeys().isEmpty());
		assertTrue(table(dataset, "D_ITEMS").getForeignKeys().isEmpty());
	}

	@Test
	void indexesCoverTheirOwnTableAndHaveUniqueNames() {
		Set<String> names = new HashSet<>();
		int unique = 0;
		for (Table table : dataset.getTables()) {
			for (Index index : table.getIndexes()) {
				assertTrue(names.add(index.getName()), "index name " + index.getName() + " twice");
				assertFalse(index.getColumns().isEmpty(), index.getName());
				for (Column column : index.getColumns()) {
					assertFalse(column.eIsProxy(), index.getName());
					assertSame(table, column.eContainer(), index.getName());
				}
				unique += index.isUnique() ? 1 : 0;
			}
		}
		assertEquals(INDEXES, names.size());
		assertEquals(UNIQUE_INDEXES, unique);
	}

	@Test
	void indexesForThePatientBrowserAndCohortQueries() {
		assertIndex("ADMISSIONS", "SUBJECT_ID", false);
		assertIndex("ADMISSIONS", "HADM_ID", true);
		assertIndex("PATIENTS", "SUBJECT_ID", true);
		assertIndex("ICUSTAYS", "ICUSTAY_ID", true);
		assertIndex("ICUSTAYS", "SUBJECT_ID", false);
		assertIndex("ICUSTAYS", "HADM_ID", false);
		assertIndex("D_ITEMS", "ITEMID", true);
		assertIndex("D_LABITEMS", "ITEMID", true);
		assertIndex("CAREGIVERS", "CGID", true);
		assertIndex("D_ICD_DIAGNOSES", "ICD9_CODE", true);
		assertIndex("D_ICD_PROCEDURES", "ICD9_CODE", true);
		for (String column : List.of("SUBJECT_ID", "HADM_ID", "ICUSTAY_ID", "ITEMID", "CHARTTIME")) {
			assertIndex("CHARTEVENTS", column, false);
		}
		for (String column : List.of("SUBJECT_ID", "HADM_ID", "ITEMID", "CHARTTIME")) {
			assertIndex("LABEVENTS", column, false);
		}
		for (String column : List.of("SUBJECT_ID", "HADM_ID", "ICUSTAY_ID", "ITEMID", "STARTTIME")) {
			assertIndex("INPUTEVENTS_MV", column, false);
		}
		assertIndex("DIAGNOSES_ICD", "ICD9_CODE", false);
	}

	@Test
	void requiredTablesArePatientsAdmissionsAndIcuStays() {
		assertEquals(List.of("ADMISSIONS", "ICUSTAYS", "PATIENTS"),
				dataset.getTables().stream().filter(Table::isRequired).map(Table::getName).toList());
	}

	private static void assertColumn(String tableName, String columnName, ColumnType type, int length, boolean nullable) {
		Column column = column(tableName, columnName);
		String name = tableName + "." + columnName;
		assertEquals(type, column.getType(), name);
		assertEquals(length, column.getLength(), name);
		assertEquals(nullable, column.isNullable(), name);
	}

	private static void assertForeignKey(String tableName, String columnName, String targetTable, String targetColumn) {
		Table table = table(dataset, tableName);
		Column column = column(tableName, columnName);
		ForeignKey key = table.getForeignKeys().stream().filter(k -> k.getColumns().equals(List.of(column))).findFirst()
				.orElseThrow(() -> new AssertionError("no foreign key on " + tableName + "." + columnName));
		assertSame(table(dataset, targetTable), key.getTargetTable());
		assertEquals(List.of(column(targetTable, targetColumn)), key.getTargetColumns());
	}

	private static void assertIndex(String tableName, String columnName, boolean unique) {
		Column column = column(tableName, columnName);
		assertTrue(table(dataset, tableName).getIndexes().stream()
				.anyMatch(index -> index.getColumns().equals(List.of(column)) && index.isUnique() == unique),
				"no " + (unique ? "unique " : "") + "index on " + tableName + "." + columnName);
	}

	private static Column column(String tableName, String columnName) {
		return table(dataset, tableName).getColumns().stream().filter(c -> columnName.equals(c.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("no column " + tableName + "." + columnName));
	}
}
