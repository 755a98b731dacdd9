package org.chartroom.connector.mimic3.tests;

import static org.chartroom.connector.mimic3.tests.Mimic3Model.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.chartroom.model.warehouse.Column;
import org.chartroom.model.warehouse.ConceptSet;
import org.chartroom.model.warehouse.Dataset;
import org.chartroom.model.warehouse.DictionaryRef;
import org.chartroom.model.warehouse.DictionarySemantics;
import org.chartroom.model.warehouse.EventSemantics;
import org.chartroom.model.warehouse.PatientSemantics;
import org.chartroom.model.warehouse.StaySemantics;
import org.chartroom.model.warehouse.Table;
import org.chartroom.model.warehouse.WarehousePackage;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The clinical semantics of the MIMIC-III model: patients, stays, events and dictionaries. */
class Mimic3SemanticsTest {

	static final int EVENT_TABLES = 17;
	static final int DICTIONARY_TABLES = 6;

	private static final Map<String, String> EVENT_DOMAINS = new TreeMap<>(Map.ofEntries(
			Map.entry("CALLOUT", "callout"), Map.entry("CHARTEVENTS", "chart"), Map.entry("CPTEVENTS", "procedure"),
			Map.entry("DATETIMEEVENTS", "datetime"), Map.entry("DIAGNOSES_ICD", "diagnosis"), Map.entry("DRGCODES", "drg"),
			Map.entry("INPUTEVENTS_CV", "input"), Map.entry("INPUTEVENTS_MV", "input"), Map.entry("LABEVENTS", "lab"),
			Map.entry("MICROBIOLOGYEVENTS", "microbiology"), Map.entry("NOTEEVENTS", "note"),
			Map.entry("OUTPUTEVENTS", "output"), Map.entry("PRESCRIPTIONS", "prescription"),
			Map.entry("PROCEDUREEVENTS_MV", "procedure"), Map.entry("PROCEDURES_ICD", "procedure"),
			Map.entry("SERVICES", "service"), Map.entry("TRANSFERS", "transfer")));

	private static Dataset dataset;

	@BeforeAll
	static void loadModel() throws IOException {
		dataset = Mimic3Model.load();
	}

	@Test
	void everyTableHasOneRole() {
		List<Table> tables = dataset.getTables();
		assertTrue(tables.stream().allMatch(t -> t.getSemantics() != null),
				() -> "without semantics: " + tables.stream().filter(t -> t.getSemantics() == null).map(Table::getName).toList());
		assertEquals(List.of("PATIENTS"), namesWith(PatientSemantics.class));
		assertEquals(List.of("ADMISSIONS", "ICUSTAYS"), namesWith(StaySemantics.class));
		assertEquals(EVENT_TABLES, namesWith(EventSemantics.class).size());
		assertEquals(List.of("CAREGIVERS", "D_CPT", "D_ICD_DIAGNOSES", "D_ICD_PROCEDURES", "D_ITEMS", "D_LABITEMS"),
				namesWith(DictionarySemantics.class));
		assertEquals(DICTIONARY_TABLES, namesWith(DictionarySemantics.class).size());
	}

	@Test
	void patients() {
		PatientSemantics patient = assertInstanceOf(PatientSemantics.class, table(dataset, "PATIENTS").getSemantics());
		assertEquals("SUBJECT_ID", patient.getIdColumn().getName());
		assertEquals("GENDER", patient.getSexColumn().getName());
		assertEquals("DOB", patient.getBirthDateColumn().getName());
		assertEquals("DOD", patient.getDeathDateColumn().getName());
	}

	@Test
	void admissionsAndIcuStays() {
		StaySemantics admission = assertInstanceOf(StaySemantics.class, table(dataset, "ADMISSIONS").getSemantics());
		assertEquals("admission", admission.getLevel());
		assertEquals("Admissions", admission.getLabel());
		assertEquals("HADM_ID", admission.getIdColumn().getName());
		assertEquals("SUBJECT_ID", admission.getPatientColumn().getName());
		assertEquals("ADMITTIME", admission.getStartColumn().getName());
		assertEquals("DISCHTIME", admission.getEndColumn().getName());
		assertNull(admission.getParentStayColumn());

		StaySemantics icu = assertInstanceOf(StaySemantics.class, table(dataset, "ICUSTAYS").getSemantics());
		assertEquals("icu", icu.getLevel());
		assertEquals("ICU stays", icu.getLabel());
		assertEquals("ICUSTAY_ID", icu.getIdColumn().getName());
		assertEquals("SUBJECT_ID", icu.getPatientColumn().getName());
		assertEquals("INTIME", icu.getStartColumn().getName());
		assertEquals("OUTTIME", icu.getEndColumn().getName());
		assertEquals("HADM_ID", icu.getParentStayColumn().getName());
	}

	@Test
	void chartEvents() {
		EventSemantics chart = event("CHARTEVENTS");
		assertEquals("chart", chart.getDomain());
		assertEquals("SUBJECT_ID", chart.getPatientColumn().getName());
		assertEquals("ICUSTAY_ID", chart.getStayColumn().getName());
		assertEquals("CHARTTIME", chart.getTimeColumn().getName());
		assertNull(chart.getEndTimeColumn());
		assertEquals("ITEMID", chart.getConceptColumn().getName());
		assertDictionary(chart, "D_ITEMS", "ITEMID", "LABEL");
		assertEquals("VALUENUM", chart.getNumericValueColumn().getName());
		assertEquals("VALUE", chart.getTextValueColumn().getName());
		assertEquals("VALUEUOM", chart.getUnitColumn().getName());
	}

	@Test
	void labAndCodedEvents() {
		EventSemantics lab = event("LABEVENTS");
		assertEquals("HADM_ID", lab.getStayColumn().getName());
		assertEquals("CHARTTIME", lab.getTimeColumn().getName());
		assertDictionary(lab, "D_LABITEMS", "ITEMID", "LABEL");
		assertEquals("VALUENUM", lab.getNumericValueColumn().getName());

		EventSemantics diagnoses = event("DIAGNOSES_ICD");
		assertNull(diagnoses.getTimeColumn(), "coded diagnoses have no time of their own");
		assertEquals("ICD9_CODE", diagnoses.getConceptColumn().getName());
		assertDictionary(diagnoses, "D_ICD_DIAGNOSES", "ICD9_CODE", "LONG_TITLE");
		assertDictionary(event("PROCEDURES_ICD"), "D_ICD_PROCEDURES", "ICD9_CODE", "LONG_TITLE");
		assertDictionary(event("MICROBIOLOGYEVENTS"), "D_ITEMS", "ITEMID", "LABEL");
		assertEquals("ORG_ITEMID", event("MICROBIOLOGYEVENTS").getConceptColumn().getName());

		EventSemantics inputs = event("INPUTEVENTS_MV");
		assertEquals("STARTTIME", inputs.getTimeColumn().getName());
		assertEquals("ENDTIME", inputs.getEndTimeColumn().getName());
		assertEquals("AMOUNT", inputs.getNumericValueColumn().getName());
		assertEquals("AMOUNTUOM", inputs.getUnitColumn().getName());

		EventSemantics prescriptions = event("PRESCRIPTIONS");
		assertEquals("DRUG", prescriptions.getConceptColumn().getName());
		assertNull(prescriptions.getDictionary());
		assertNull(prescriptions.getNumericValueColumn(), "DOSE_VAL_RX is text such as 1-2");
		assertEquals("DOSE_VAL_RX", prescriptions.getTextValueColumn().getName());

		EventSemantics notes = event("NOTEEVENTS");
		assertEquals("TEXT", notes.getTextValueColumn().getName());
		assertEquals("CATEGORY", notes.getConceptColumn().getName());
	}

	@Test
	void eventDomains() {
		Map<String, String> domains = new TreeMap<>();
		for (Table table : dataset.getTables()) {
			if (table.getSemantics() instanceof EventSemantics event) {
				domains.put(table.getName(), event.getDomain());
			}
		}
		assertEquals(EVENT_DOMAINS, domains);
	}

	/** Microbiology and notes with only a date fall back to CHARTDATE; the other event tables need no fallback. */
	@Test
	void dateOnlyEventsFallBackToChartdate() {
		assertEquals("CHARTDATE", event("MICROBIOLOGYEVENTS").getFallbackTimeColumn().getName());
		assertEquals("CHARTDATE", event("NOTEEVENTS").getFallbackTimeColumn().getName());
		assertEquals(List.of("MICROBIOLOGYEVENTS", "NOTEEVENTS"), dataset.getTables().stream()
				.filter(t -> t.getSemantics() instanceof EventSemantics e && e.getFallbackTimeColumn() != null)
				.map(Table::getName).toList());
	}

	/** The vital signs a timeline charts: D_ITEMS ids of both ICU systems (CareVue below 220000, MetaVision above). */
	@Test
	void vitalSignsAreConceptSetsOfDItems() throws IOException {
		Map<String, List<String>> vitals = new java.util.LinkedHashMap<>();
		for (ConceptSet set : dataset.getConceptSets()) {
			assertEquals("vital", set.getRole(), set.getName());
			assertSame(table(dataset, "D_ITEMS"), set.getDictionaryTable(), set.getName());
			vitals.put(set.getName(), List.copyOf(set.getCodes()));
		}
		assertEquals(List.of("Heart rate", "Systolic blood pressure", "Diastolic blood pressure", "Mean blood pressure", "SpO2",
				"Temperature (°C)", "Temperature (°F)", "Respiratory rate"), List.copyOf(vitals.keySet()));
		assertEquals(List.of("211", "220045"), vitals.get("Heart rate"));
		Map<String, String> labels = new TreeMap<>();
		try (CsvRecords csv = CsvRecords.openGzip(DemoFolder.file("D_ITEMS"))) {
			csv.next(); // header: row_id,itemid,label,...
			for (List<String> row = csv.next(); row != null; row = csv.next()) {
				labels.put(row.get(1), row.get(2));
			}
		}
		vitals.values().stream().flatMap(List::stream).forEach(code -> assertTrue(labels.containsKey(code), code + " is not in D_ITEMS"));
		assertEquals("Heart Rate", labels.get("211"));
		assertEquals("O2 saturation pulseoxymetry", labels.get("220277"));
	}

	/** Each column a role names is a column of the table itself, or of the dictionary table for a dictionary reference. */
	@Test
	void rolesNameColumnsOfTheirOwnTable() {
		for (Table table : dataset.getTables()) {
			assertColumnsBelongTo(table, table.getSemantics());
			if (table.getSemantics() instanceof EventSemantics event && event.getDictionary() != null) {
				DictionaryRef dictionary = event.getDictionary();
				assertNotNull(event.getConceptColumn(), table.getName() + " has a dictionary but no concept column");
				assertFalse(dictionary.getDictionaryTable().eIsProxy());
				assertColumnsBelongTo(dictionary.getDictionaryTable(), dictionary);
				DictionarySemantics target = assertInstanceOf(DictionarySemantics.class,
						dictionary.getDictionaryTable().getSemantics(), table.getName());
				assertSame(target.getKeyColumn(), dictionary.getKeyColumn(), table.getName());
			}
		}
	}

	/** The patient and stay columns of every event and stay table lead, by foreign key, to the patient and stay ids. */
	@Test
	void patientAndStayColumnsHaveForeignKeysToTheirIds() {
		Column patientId = ((PatientSemantics) table(dataset, "PATIENTS").getSemantics()).getIdColumn();
		List<Column> stayIds = List.of(((StaySemantics) table(dataset, "ADMISSIONS").getSemantics()).getIdColumn(),
				((StaySemantics) table(dataset, "ICUSTAYS").getSemantics()).getIdColumn());
		for (Table table : dataset.getTables()) {
			if (table.getSemantics() instanceof EventSemantics event) {
				assertLeadsTo(table, event.getPatientColumn(), List.of(patientId));
				if (event.getStayColumn() != null) {
					assertLeadsTo(table, event.getStayColumn(), stayIds);
				}
			} else if (table.getSemantics() instanceof StaySemantics stay) {
				assertLeadsTo(table, stay.getPatientColumn(), List.of(patientId));
				if (stay.getParentStayColumn() != null) {
					assertLeadsTo(table, stay.getParentStayColumn(), stayIds);
				}
			}
		}
	}

	private static void assertLeadsTo(Table table, Column column, List<Column> targets) {
		assertTrue(table.getForeignKeys().stream().anyMatch(key -> key.getColumns().equals(List.of(column))
				&& key.getTargetColumns().size() == 1 && targets.contains(key.getTargetColumns().get(0))),
				table.getName() + "." + column.getName() + " has no foreign key to " + targets.stream()
						.map(c -> ((Table) c.eContainer()).getName() + "." + c.getName()).toList());
	}

	private static void assertColumnsBelongTo(Table table, EObject roles) {
		for (EReference reference : roles.eClass().getEAllReferences()) {
			if (reference.isContainment() || reference.getEReferenceType() != WarehousePackage.Literals.COLUMN) {
				continue;
			}
			Column column = (Column) roles.eGet(reference);
			if (column != null) {
				assertFalse(column.eIsProxy(), table.getName() + " " + reference.getName());
				assertSame(table, column.eContainer(), table.getName() + " " + reference.getName() + " names "
						+ ((Table) column.eContainer()).getName() + "." + column.getName());
			} else {
				assertEquals(0, reference.getLowerBound(), table.getName() + " lacks " + reference.getName());
			}
		}
	}

	private static void assertDictionary(EventSemantics event, String table, String key, String label) {
		DictionaryRef dictionary = event.getDictionary();
		assertNotNull(dictionary);
		assertSame(table(dataset, table), dictionary.getDictionaryTable());
		assertEquals(key, dictionary.getKeyColumn().getName());
		assertEquals(label, dictionary.getLabelColumn().getName());
	}

	private static EventSemantics event(String table) {
		return assertInstanceOf(EventSemantics.class, table(dataset, table).getSemantics(), table);
	}

	private static List<String> namesWith(Class<?> role) {
		return dataset.getTables().stream().filter(t -> role.isInstance(t.getSemantics())).map(Table::getName).sorted()
				.toList();
	}
}
