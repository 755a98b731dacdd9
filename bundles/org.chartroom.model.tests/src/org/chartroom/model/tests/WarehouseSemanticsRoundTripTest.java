package org.chartroom.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
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
import org.chartroom.model.warehouse.DictionaryRef;
import org.chartroom.model.warehouse.DictionarySemantics;
import org.chartroom.model.warehouse.EventSemantics;
import org.chartroom.model.warehouse.Index;
import org.chartroom.model.warehouse.PatientSemantics;
import org.chartroom.model.warehouse.StaySemantics;
import org.chartroom.model.warehouse.Table;
import org.chartroom.model.warehouse.Warehouse;
import org.chartroom.model.warehouse.WarehouseFactory;
import org.chartroom.model.warehouse.WarehousePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Indexes, required tables and clinical semantics survive a save to XMI and a reload. */
class WarehouseSemanticsRoundTripTest {

	private static final WarehouseFactory FACTORY = WarehouseFactory.eINSTANCE;

	@TempDir
	Path tempDir;

	@Test
	void semanticsAndIndexesSurviveAReload() throws IOException {
		Warehouse original = warehouse();
		Warehouse reloaded = XmiFiles.load(XmiFiles.save(original, tempDir.resolve("semantics.xmi")));

		assertTrue(EcoreUtil.equals(original, reloaded));
		Dataset dataset = reloaded.getDatasets().get(0);
		Table patients = dataset.getTables().get(0);
		Table admissions = dataset.getTables().get(1);
		Table items = dataset.getTables().get(2);
		Table chart = dataset.getTables().get(3);

		assertTrue(patients.isRequired());
		assertFalse(items.isRequired());
		PatientSemantics patient = assertInstanceOf(PatientSemantics.class, patients.getSemantics());
		assertSame(patients.getColumns().get(0), patient.getIdColumn());
		assertSame(patients.getColumns().get(1), patient.getSexColumn());
		assertSame(patients.getColumns().get(2), patient.getBirthDateColumn());
		assertNull(patient.getDeathDateColumn());

		Index patientIndex = patients.getIndexes().get(0);
		assertEquals("PATIENTS_SUBJECT_ID_UNIQUE", patientIndex.getName());
		assertTrue(patientIndex.isUnique());
		assertEquals(List.of(patients.getColumns().get(0)), patientIndex.getColumns());

		StaySemantics stay = assertInstanceOf(StaySemantics.class, admissions.getSemantics());
		assertEquals("admission", stay.getLevel());
		assertEquals("Admissions", stay.getLabel());
		assertSame(admissions.getColumns().get(0), stay.getIdColumn());
		assertSame(admissions.getColumns().get(1), stay.getPatientColumn());
		assertSame(admissions.getColumns().get(2), stay.getStartColumn());
		assertNull(stay.getEndColumn());
		assertNull(stay.getParentStayColumn());

		DictionarySemantics dictionary = assertInstanceOf(DictionarySemantics.class, items.getSemantics());
		assertSame(items.getColumns().get(0), dictionary.getKeyColumn());
		assertSame(items.getColumns().get(1), dictionary.getLabelColumn());
		assertSame(items.getColumns().get(2), dictionary.getCategoryColumn());
		assertNull(dictionary.getCodeColumn());

		EventSemantics event = assertInstanceOf(EventSemantics.class, chart.getSemantics());
		assertEquals("chart", event.getDomain());
		assertSame(column(chart, "SUBJECT_ID"), event.getPatientColumn());
		assertSame(column(chart, "HADM_ID"), event.getStayColumn());
		assertSame(column(chart, "CHARTTIME"), event.getTimeColumn());
		assertNull(event.getEndTimeColumn());
		assertSame(column(chart, "ITEMID"), event.getConceptColumn());
		assertSame(column(chart, "VALUENUM"), event.getNumericValueColumn());
		assertSame(column(chart, "VALUE"), event.getTextValueColumn());
		assertSame(column(chart, "VALUEUOM"), event.getUnitColumn());

		DictionaryRef labels = event.getDictionary();
		assertSame(event, labels.eContainer());
		assertSame(items, labels.getDictionaryTable(), "the dictionary reference must lead to the reloaded D_ITEMS");
		assertFalse(labels.getKeyColumn().eIsProxy());
		assertSame(column(items, "ITEMID"), labels.getKeyColumn());
		assertSame(column(items, "LABEL"), labels.getLabelColumn());

		Index byPatientAndTime = chart.getIndexes().get(0);
		assertFalse(byPatientAndTime.isUnique());
		assertEquals(List.of(column(chart, "SUBJECT_ID"), column(chart, "CHARTTIME")), byPatientAndTime.getColumns(),
				"index columns keep their order");
	}

	@Test
	void savedReferencesNameTablesAndColumns() throws IOException {
		String xmi = Files.readString(XmiFiles.save(warehouse(), tempDir.resolve("names.xmi")), StandardCharsets.UTF_8);

		assertTrue(xmi.contains("labelColumn=\"//@datasets[name='demo']/@tables[name='D_ITEMS']/@columns[name='LABEL']\""), xmi);
		assertTrue(xmi.contains("xsi:type=\"warehouse:EventSemantics\" domain=\"chart\""), xmi);
		assertTrue(xmi.contains("required=\"true\""), xmi);
	}

	@Test
	void newTablesAndIndexesHaveNeutralDefaults() {
		Table table = FACTORY.createTable();
		assertFalse(table.isRequired());
		assertFalse(table.eIsSet(WarehousePackage.Literals.TABLE__REQUIRED));
		assertTrue(table.getIndexes().isEmpty());
		assertNull(table.getSemantics());

		Index index = FACTORY.createIndex();
		assertFalse(index.isUnique());
		assertTrue(index.getColumns().isEmpty());
		assertTrue(WarehousePackage.Literals.TABLE_SEMANTICS.isAbstract());
	}

	private static Warehouse warehouse() {
		Warehouse warehouse = FACTORY.createWarehouse();
		warehouse.setName("semantics");
		Dataset dataset = FACTORY.createDataset();
		dataset.setName("demo");
		warehouse.getDatasets().add(dataset);

		Table patients = table(dataset, "PATIENTS", "SUBJECT_ID", "GENDER", "DOB");
		patients.setRequired(true);
		PatientSemantics patient = FACTORY.createPatientSemantics();
		patient.setIdColumn(column(patients, "SUBJECT_ID"));
		patient.setSexColumn(column(patients, "GENDER"));
		patient.setBirthDateColumn(column(patients, "DOB"));
		patients.setSemantics(patient);
		index(patients, "PATIENTS_SUBJECT_ID_UNIQUE", true, column(patients, "SUBJECT_ID"));

		Table admissions = table(dataset, "ADMISSIONS", "HADM_ID", "SUBJECT_ID", "ADMITTIME");
		admissions.setRequired(true);
		StaySemantics stay = FACTORY.createStaySemantics();
		stay.setLevel("admission");
		stay.setLabel("Admissions");
		stay.setIdColumn(column(admissions, "HADM_ID"));
		stay.setPatientColumn(column(admissions, "SUBJECT_ID"));
		stay.setStartColumn(column(admissions, "ADMITTIME"));
		admissions.setSemantics(stay);

		Table items = table(dataset, "D_ITEMS", "ITEMID", "LABEL", "CATEGORY");
		DictionarySemantics dictionary = FACTORY.createDictionarySemantics();
		dictionary.setKeyColumn(column(items, "ITEMID"));
		dictionary.setLabelColumn(column(items, "LABEL"));
		dictionary.setCategoryColumn(column(items, "CATEGORY"));
		items.setSemantics(dictionary);

		Table chart = table(dataset, "CHARTEVENTS", "SUBJECT_ID", "HADM_ID", "ITEMID", "CHARTTIME", "VALUE", "VALUENUM",
				"VALUEUOM");
		EventSemantics event = FACTORY.createEventSemantics();
		event.setDomain("chart");
		event.setPatientColumn(column(chart, "SUBJECT_ID"));
		event.setStayColumn(column(chart, "HADM_ID"));
		event.setTimeColumn(column(chart, "CHARTTIME"));
		event.setConceptColumn(column(chart, "ITEMID"));
		event.setNumericValueColumn(column(chart, "VALUENUM"));
		event.setTextValueColumn(column(chart, "VALUE"));
		event.setUnitColumn(column(chart, "VALUEUOM"));
		DictionaryRef labels = FACTORY.createDictionaryRef();
		labels.setDictionaryTable(items);
		labels.setKeyColumn(column(items, "ITEMID"));
		labels.setLabelColumn(column(items, "LABEL"));
		event.setDictionary(labels);
		chart.setSemantics(event);
		index(chart, "CHARTEVENTS_SUBJECT_TIME_IDX", false, column(chart, "SUBJECT_ID"), column(chart, "CHARTTIME"));
		return warehouse;
	}

	private static Table table(Dataset dataset, String name, String... columns) {
		Table table = FACTORY.createTable();
		table.setName(name);
		for (String columnName : columns) {
			Column column = FACTORY.createColumn();
			column.setName(columnName);
			column.setType(columnName.endsWith("TIME") ? ColumnType.TIMESTAMP : ColumnType.VARCHAR);
			column.setLength(columnName.endsWith("TIME") ? 0 : 50);
			table.getColumns().add(column);
		}
		dataset.getTables().add(table);
		return table;
	}

	private static void index(Table table, String name, boolean unique, Column... columns) {
		Index index = FACTORY.createIndex();
		index.setName(name);
		index.setUnique(unique);
		index.getColumns().addAll(List.of(columns));
		table.getIndexes().add(index);
	}

	private static Column column(Table table, String name) {
		return table.getColumns().stream().filter(c -> name.equals(c.getName())).findFirst().orElseThrow();
	}
}
