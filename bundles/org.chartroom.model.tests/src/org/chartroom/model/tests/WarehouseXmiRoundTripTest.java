package org.chartroom.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.chartroom.model.warehouse.Column;
import org.chartroom.model.warehouse.ColumnType;
import org.chartroom.model.warehouse.Dataset;
import org.chartroom.model.warehouse.ForeignKey;
import org.chartroom.model.warehouse.PrimaryKey;
import org.chartroom.model.warehouse.Table;
import org.chartroom.model.warehouse.Warehouse;
import org.chartroom.model.warehouse.WarehouseFactory;
import org.chartroom.model.warehouse.WarehousePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saves a small MIMIC-like warehouse model as XMI and reads it back into a fresh resource set. */
class WarehouseXmiRoundTripTest {

	private static final String DIAGNOSIS_DESCRIPTION = "Preliminary, free-text diagnosis for the patient on hospital admission";

	private static final WarehouseFactory FACTORY = WarehouseFactory.eINSTANCE;

	@TempDir
	Path tempDir;

	@Test
	void reloadedModelHasTheSameTablesColumnsAndKeys() throws IOException {
		Warehouse original = mimicLikeWarehouse();
		Path file = XmiFiles.save(original, tempDir.resolve("mimic.xmi"));

		Warehouse reloaded = XmiFiles.load(file);

		assertNotSame(original, reloaded);
		assertEquals("chartroom-demo", reloaded.getName());
		assertEquals(1, reloaded.getDatasets().size());
		Dataset dataset = reloaded.getDatasets().get(0);
		assertEquals("mimic3-demo", dataset.getName());
		assertEquals("mimic3", dataset.getSourceKind());
		assertEquals(List.of("PATIENTS", "ADMISSIONS"), dataset.getTables().stream().map(Table::getName).toList());

		Table patients = dataset.getTables().get(0);
		assertEquals(3, patients.getColumns().size());
		assertEquals(List.of("SUBJECT_ID", "GENDER", "DOB"), patients.getColumns().stream().map(Column::getName).toList());
		Column subjectId = patients.getColumns().get(0);
		assertEquals(ColumnType.INTEGER, subjectId.getType());
		assertFalse(subjectId.isNullable());
		assertEquals(List.of(subjectId), patients.getPrimaryKey().getColumns());
		assertEquals("pat_subid_unique", patients.getPrimaryKey().getName());
		assertTrue(patients.getForeignKeys().isEmpty());

		Table admissions = dataset.getTables().get(1);
		assertEquals(5, admissions.getColumns().size());
		Column hadmId = admissions.getColumns().get(0);
		assertEquals("HADM_ID", hadmId.getName());
		assertEquals(List.of(hadmId), admissions.getPrimaryKey().getColumns());

		Column diagnosis = admissions.getColumns().get(4);
		assertEquals("DIAGNOSIS", diagnosis.getName());
		assertEquals(ColumnType.VARCHAR, diagnosis.getType());
		assertEquals(255, diagnosis.getLength());
		assertTrue(diagnosis.isNullable());
		assertEquals(DIAGNOSIS_DESCRIPTION, diagnosis.getDescription());

		Column admitTime = admissions.getColumns().get(2);
		assertEquals("ADMITTIME", admitTime.getName());
		assertEquals(ColumnType.TIMESTAMP, admitTime.getType());
		assertFalse(admitTime.isNullable());
		Column deathTime = admissions.getColumns().get(3);
		assertEquals("DEATHTIME", deathTime.getName());
		assertEquals(ColumnType.TIMESTAMP, deathTime.getType());
		assertTrue(deathTime.isNullable());
		assertEquals(0, deathTime.getLength());
		assertNull(deathTime.getDescription());

		assertEquals(1, admissions.getForeignKeys().size());
		ForeignKey foreignKey = admissions.getForeignKeys().get(0);
		assertEquals("adm_subject_fk", foreignKey.getName());
		assertEquals(List.of(admissions.getColumns().get(1)), foreignKey.getColumns());
		Table target = foreignKey.getTargetTable();
		assertNotNull(target);
		assertFalse(target.eIsProxy());
		assertSame(patients, target, "the foreign key must lead to the reloaded PATIENTS table");
		assertEquals("PATIENTS", target.getName());
		assertEquals(1, foreignKey.getTargetColumns().size());
		Column targetColumn = foreignKey.getTargetColumns().get(0);
		assertFalse(targetColumn.eIsProxy());
		assertSame(subjectId, targetColumn);
		assertEquals("SUBJECT_ID", targetColumn.getName());
		assertSame(patients, targetColumn.eContainer());

		assertTrue(EcoreUtil.equals(original, reloaded));
		diagnosis.setLength(128);
		assertFalse(EcoreUtil.equals(original, reloaded), "a changed length must make the models differ");
	}

	@Test
	void savedXmiNamesTheWarehouseNamespace() throws IOException {
		Path file = XmiFiles.save(mimicLikeWarehouse(), tempDir.resolve("ns.xmi"));

		String xmi = Files.readString(file, StandardCharsets.UTF_8);

		assertEquals("http://chartroom.org/model/warehouse/1.0", WarehousePackage.eNS_URI);
		assertTrue(xmi.contains("xmlns:warehouse=\"http://chartroom.org/model/warehouse/1.0\""), xmi);
		assertTrue(xmi.contains("<warehouse:Warehouse "), xmi);
		assertTrue(xmi.contains("name=\"ADMISSIONS\""), xmi);
	}

	@Test
	void newColumnIsNullableWithoutLength() {
		Column column = FACTORY.createColumn();

		assertTrue(column.isNullable());
		assertEquals(0, column.getLength());
		assertEquals(0, column.getPrecision());
		assertEquals(0, column.getScale());
		assertEquals(ColumnType.BOOLEAN, column.getType());
		assertFalse(column.eIsSet(WarehousePackage.Literals.COLUMN__NULLABLE));
	}

	private static Warehouse mimicLikeWarehouse() {
		Warehouse warehouse = FACTORY.createWarehouse();
		warehouse.setName("chartroom-demo");
		Dataset dataset = FACTORY.createDataset();
		dataset.setName("mimic3-demo");
		dataset.setDescription("A few tables of the MIMIC-III demo data set");
		dataset.setSourceKind("mimic3");
		warehouse.getDatasets().add(dataset);

		Table patients = table(dataset, "PATIENTS");
		Column subjectId = column(patients, "SUBJECT_ID", ColumnType.INTEGER, 0, false);
		column(patients, "GENDER", ColumnType.VARCHAR, 5, false);
		column(patients, "DOB", ColumnType.TIMESTAMP, 0, false);
		primaryKey(patients, "pat_subid_unique", subjectId);

		Table admissions = table(dataset, "ADMISSIONS");
		Column hadmId = column(admissions, "HADM_ID", ColumnType.INTEGER, 0, false);
		Column admissionSubject = column(admissions, "SUBJECT_ID", ColumnType.INTEGER, 0, false);
		column(admissions, "ADMITTIME", ColumnType.TIMESTAMP, 0, false);
		column(admissions, "DEATHTIME", ColumnType.TIMESTAMP, 0, true);
		column(admissions, "DIAGNOSIS", ColumnType.VARCHAR, 255, true).setDescription(DIAGNOSIS_DESCRIPTION);
		primaryKey(admissions, "adm_hadm_unique", hadmId);

		ForeignKey foreignKey = FACTORY.createForeignKey();
		foreignKey.setName("adm_subject_fk");
		foreignKey.getColumns().add(admissionSubject);
		foreignKey.setTargetTable(patients);
		foreignKey.getTargetColumns().add(subjectId);
		admissions.getForeignKeys().add(foreignKey);
		return warehouse;
	}

	private static Table table(Dataset dataset, String name) {
		Table table = FACTORY.createTable();
		table.setName(name);
		dataset.getTables().add(table);
		return table;
	}

	private static Column column(Table table, String name, ColumnType type, int length, boolean nullable) {
		Column column = FACTORY.createColumn();
		column.setName(name);
		column.setType(type);
		column.setLength(length);
		column.setNullable(nullable);
		table.getColumns().add(column);
		return column;
	}

	private static void primaryKey(Table table, String name, Column... columns) {
		PrimaryKey key = FACTORY.createPrimaryKey();
		key.setName(name);
		key.getColumns().addAll(List.of(columns));
		table.setPrimaryKey(key);
	}
}
