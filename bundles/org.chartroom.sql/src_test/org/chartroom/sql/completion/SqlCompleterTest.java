package org.chartroom.sql.completion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.chartroom.core.store.SqlDialect;
import org.chartroom.model.warehouse.Column;
import org.chartroom.model.warehouse.ColumnType;
import org.chartroom.model.warehouse.Dataset;
import org.chartroom.model.warehouse.DictionaryRef;
import org.chartroom.model.warehouse.EventSemantics;
import org.chartroom.model.warehouse.ForeignKey;
import org.chartroom.model.warehouse.Table;
import org.chartroom.model.warehouse.WarehouseFactory;
import org.chartroom.sql.completion.Completion.Kind;
import org.junit.jupiter.api.Test;

/** The completion rules on a small model of three tables, without a database. */
class SqlCompleterTest {

	private static final WarehouseFactory MODEL = WarehouseFactory.eINSTANCE;

	static final SqlDialect DIALECT = new SqlDialect() {
		@Override
		public String name() {
			return "test";
		}

		@Override
		public String normalizeIdentifier(String identifier) {
			return identifier.toUpperCase(Locale.ROOT);
		}

		@Override
		public String columnType(Column column) {
			throw new UnsupportedOperationException();
		}
	};

	private final List<String> lookups = new ArrayList<>();
	private final SqlCompleter completer = new SqlCompleter(schema(), DIALECT, (dictionary, text, limit) -> {
		lookups.add(dictionary.table().getName() + "." + dictionary.label().getName() + " '" + text + "'");
		return List.of(new Concept(211, "Heart Rate"), new Concept(220045, "Heart Rate"));
	});

	private static Dataset schema() {
		Dataset dataset = MODEL.createDataset();
		dataset.setName("test");
		Table patients = table(dataset, "PATIENTS", "SUBJECT_ID", "GENDER");
		Table items = table(dataset, "D_ITEMS", "ITEMID", "LABEL");
		Table chart = table(dataset, "CHARTEVENTS", "ROW_ID", "SUBJECT_ID", "ITEMID", "VALUE");
		foreignKey(chart, "SUBJECT_ID", patients);
		foreignKey(chart, "ITEMID", items);
		EventSemantics events = MODEL.createEventSemantics();
		events.setConceptColumn(column(chart, "ITEMID"));
		DictionaryRef dictionary = MODEL.createDictionaryRef();
		dictionary.setDictionaryTable(items);
		dictionary.setKeyColumn(column(items, "ITEMID"));
		dictionary.setLabelColumn(column(items, "LABEL"));
		events.setDictionary(dictionary);
		chart.setSemantics(events);
		return dataset;
	}

	private static Table table(Dataset dataset, String name, String... columns) {
		Table table = MODEL.createTable();
		table.setName(name);
		for (String columnName : columns) {
			Column column = MODEL.createColumn();
			column.setName(columnName);
			column.setType(columnName.endsWith("ID") ? ColumnType.INTEGER : ColumnType.VARCHAR);
			table.getColumns().add(column);
		}
		dataset.getTables().add(table);
		return table;
	}

	private static void foreignKey(Table from, String column, Table to) {
		ForeignKey key = MODEL.createForeignKey();
		key.setName(from.getName() + "_" + column + "_FK");
		key.getColumns().add(column(from, column));
		key.setTargetTable(to);
		key.getTargetColumns().add(column(to, column));
		from.getForeignKeys().add(key);
	}

	private static Column column(Table table, String name) {
		return table.getColumns().stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow();
	}

	/** Completes at the {@code |} in the text. */
	private List<Completion> at(String textWithCaret) throws Exception {
		int caret = textWithCaret.indexOf('|');
		return completer.complete(textWithCaret.replace("|", ""), caret);
	}

	private List<String> replacements(String textWithCaret) throws Exception {
		return at(textWithCaret).stream().map(Completion::replacement).toList();
	}

	@Test
	void tablesAfterFromJoinAndCommas() throws Exception {
		assertEquals(List.of("PATIENTS", "D_ITEMS", "CHARTEVENTS"), replacements("SELECT * FROM |"));
		List<Completion> typed = at("SELECT * FROM ch|");
		assertEquals(List.of(new Completion(Kind.TABLE, "CHARTEVENTS", "", "CHARTEVENTS", 14, 2)), typed);
		assertEquals(List.of("D_ITEMS"), replacements("SELECT * FROM CHARTEVENTS c JOIN d|"));
		assertEquals(List.of("PATIENTS"), replacements("select * from chartevents c, p|"));
	}

	@Test
	void columnsAfterAnAliasOrTableName() throws Exception {
		assertEquals(List.of("ROW_ID", "SUBJECT_ID", "ITEMID", "VALUE"), replacements("SELECT c.| FROM CHARTEVENTS c"));
		assertEquals(List.of(new Completion(Kind.COLUMN, "ITEMID", "INTEGER", "ITEMID", 9, 2)), at("SELECT c.it| FROM CHARTEVENTS AS c"));
		assertEquals(List.of("LABEL"), replacements("SELECT d.l| FROM CHARTEVENTS c JOIN D_ITEMS d ON c.ITEMID = d.ITEMID"));
		assertEquals(List.of("GENDER"), replacements("SELECT patients.g| FROM patients"));
	}

	@Test
	void joinConditionsFromForeignKeysEarlierTableFirst() throws Exception {
		assertEquals(List.of(new Completion(Kind.JOIN, "c.ITEMID = d.ITEMID", "foreign key CHARTEVENTS_ITEMID_FK",
				"c.ITEMID = d.ITEMID", 46, 0)), at("SELECT * FROM CHARTEVENTS c JOIN D_ITEMS d ON |"));
		assertEquals(List.of("d.ITEMID = c.ITEMID"), replacements("SELECT * FROM D_ITEMS d JOIN CHARTEVENTS c ON |"));
		assertEquals(List.of("c.SUBJECT_ID = p.SUBJECT_ID"),
				replacements("SELECT * FROM CHARTEVENTS c JOIN D_ITEMS d ON c.ITEMID = d.ITEMID JOIN PATIENTS p ON |"));
	}

	@Test
	void conceptsAfterTheConceptColumnInsertTheCodeWithItsLabel() throws Exception {
		List<Completion> typed = at("SELECT * FROM CHARTEVENTS c WHERE c.ITEMID = heart r|");
		assertEquals(List.of(new Completion(Kind.CONCEPT, "Heart Rate — 211", "D_ITEMS.LABEL", "211 /* Heart Rate */", 45, 7),
				new Completion(Kind.CONCEPT, "Heart Rate — 220045", "D_ITEMS.LABEL", "220045 /* Heart Rate */", 45, 7)), typed);
		assertEquals(List.of("D_ITEMS.LABEL 'heart r'"), lookups);
		assertEquals(" 211 /* Heart Rate */", replacements("SELECT * FROM CHARTEVENTS WHERE ITEMID =|").get(0));
		assertEquals("211 /* Heart Rate */", replacements("SELECT * FROM CHARTEVENTS WHERE ITEMID = |").get(0));
	}

	@Test
	void noConceptsWhereTheColumnHasNoDictionaryOrTheClauseGoesOn() throws Exception {
		assertEquals(List.of("ROW_ID (CHARTEVENTS)", "SUBJECT_ID (CHARTEVENTS)", "ITEMID (CHARTEVENTS)", "VALUE (CHARTEVENTS)",
				"PATIENTS", "D_ITEMS", "CHARTEVENTS"),
				at("SELECT * FROM CHARTEVENTS WHERE VALUE = |").stream().map(Completion::label).toList());
		assertEquals(List.of("VALUE"), replacements("SELECT * FROM CHARTEVENTS c WHERE c.ITEMID = 211 AND c.v|"));
		assertEquals(List.of(), lookups);
	}

	@Test
	void keywordsInTheCaseTypedAndNothingInsideStringsOrComments() throws Exception {
		assertEquals(List.of("select"), replacements("sel|"));
		assertEquals(List.of("SELECT"), replacements("SEL|"));
		assertEquals(List.of(), at("SELECT 'FR|"));
		assertEquals(List.of(), at("SELECT 1 -- FR|"));
		assertEquals(List.of("CHARTEVENTS"), replacements("SELECT 1 FROM PATIENTS; SELECT * FROM CH|"), "only the statement at the caret");
	}
	private List<String> labels(String textWithCaret) throws Exception {
		return at(textWithCaret).stream().map(Completion::label).toList();
	}

	@Test
	void withNothingTypedTheKeywordsThatStartAStatement() throws Exception {
		List<String> start = List.of("SELECT", "VALUES", "INSERT", "UPDATE", "DELETE", "CREATE", "DROP");
		assertEquals(start, replacements("|"));
		assertEquals(start, replacements("  \n|"));
		assertEquals(start, replacements("SELECT 1 FROM PATIENTS;\n|"), "the next statement starts after the semicolon");
		assertEquals(List.of(new Completion(Kind.KEYWORD, "SELECT", "", "SELECT", 3, 0)), at("   |").subList(0, 1));
	}

	@Test
	void withNothingTypedOnlyTheKeywordsThatMayFollowATable() throws Exception {
		assertEquals(List.of("AS", "WHERE", "JOIN", "INNER", "LEFT", "RIGHT", "CROSS", "GROUP", "ORDER", "FETCH", "OFFSET", "UNION"),
				replacements("SELECT * FROM PATIENTS |"));
		assertEquals(List.of("where", "join", "inner", "left", "right", "cross", "group", "order", "fetch", "offset", "union"),
				replacements("select * from patients p |"), "after an alias, in the case the statement is written in");
		assertEquals(List.of("ON", "WHERE", "JOIN", "INNER", "LEFT", "RIGHT", "CROSS", "GROUP", "ORDER", "FETCH", "OFFSET", "UNION"),
				replacements("SELECT * FROM CHARTEVENTS c JOIN D_ITEMS d |"));
		assertEquals(List.of("OUTER", "JOIN"), replacements("SELECT * FROM PATIENTS p LEFT |"));
		assertEquals(List.of("JOIN"), replacements("SELECT * FROM PATIENTS p INNER |"));
	}

	@Test
	void withNothingTypedTheKeywordsThatContinueAClause() throws Exception {
		assertEquals(List.of("FROM"), replacements("SELECT * |"));
		assertEquals(List.of("FROM", "AS"), replacements("SELECT GENDER |"));
		assertEquals(List.of("AND", "OR", "IS", "NOT", "IN", "LIKE", "BETWEEN", "GROUP", "ORDER", "FETCH", "OFFSET", "UNION"),
				replacements("SELECT * FROM CHARTEVENTS WHERE VALUE = 'x' |"));
		assertEquals(List.of("NULL", "NOT", "TRUE", "FALSE"), replacements("SELECT * FROM CHARTEVENTS WHERE VALUE IS |"));
		assertEquals(List.of("NULL", "TRUE", "FALSE"), replacements("SELECT * FROM CHARTEVENTS WHERE VALUE IS NOT |"));
		assertEquals(List.of("IN", "LIKE", "BETWEEN"), replacements("SELECT * FROM CHARTEVENTS WHERE VALUE NOT |"));
		assertEquals(List.of("BY"), replacements("SELECT * FROM PATIENTS ORDER |"));
		assertEquals(List.of("BY"), replacements("SELECT GENDER, COUNT(*) FROM PATIENTS GROUP |"));
		assertEquals(List.of("HAVING", "ORDER", "FETCH", "OFFSET", "UNION"), replacements("SELECT GENDER, COUNT(*) FROM PATIENTS GROUP BY GENDER |"));
		assertEquals(List.of("ASC", "DESC", "FETCH", "OFFSET"), replacements("SELECT * FROM PATIENTS ORDER BY GENDER |"));
		assertEquals(List.of("FETCH", "OFFSET"), replacements("SELECT * FROM PATIENTS ORDER BY GENDER DESC |"));
		assertEquals(List.of("FIRST", "NEXT"), replacements("SELECT * FROM PATIENTS FETCH |"));
		assertEquals(List.of("ROWS", "ROW"), replacements("SELECT * FROM PATIENTS FETCH FIRST 10 |"));
		assertEquals(List.of("ONLY"), replacements("SELECT * FROM PATIENTS FETCH FIRST 10 ROWS |"));
		assertEquals(List.of("FETCH"), replacements("SELECT * FROM PATIENTS OFFSET 5 ROWS |"));
		assertEquals(List.of("WHEN", "ELSE", "END"), replacements("SELECT CASE WHEN GENDER = 'F' THEN 1 |"));
		assertEquals(List.of("FROM", "AS"), replacements("SELECT CASE WHEN GENDER = 'F' THEN 1 END |"));
		assertEquals(List.of("ALL", "SELECT", "VALUES"), replacements("SELECT GENDER FROM PATIENTS UNION |"));
	}

	@Test
	void withNothingTypedWhereANameMayComeTheNamesFirstThenTheKeywordsThatFit() throws Exception {
		assertEquals(List.of("PATIENTS", "D_ITEMS", "CHARTEVENTS", "DISTINCT", "ALL", "CASE"), labels("SELECT |"));
		assertEquals(List.of("SUBJECT_ID (PATIENTS)", "GENDER (PATIENTS)", "PATIENTS", "D_ITEMS", "CHARTEVENTS", "NOT", "EXISTS",
				"CASE"), labels("SELECT * FROM PATIENTS WHERE |"));
		assertEquals(List.of("SUBJECT_ID (PATIENTS)", "GENDER (PATIENTS)", "PATIENTS", "D_ITEMS", "CHARTEVENTS"),
				labels("SELECT * FROM PATIENTS WHERE GENDER = |"), "after an operator, a value: no keyword");
	}

	@Test
	void withAPrefixTheKeywordsThatFitComeFirst() throws Exception {
		assertEquals(List.of("where", "when", "with"), replacements("SELECT * FROM PATIENTS w|"));
		assertEquals(List.of("OUTER", "OFFSET", "ON", "ONLY", "OR", "ORDER", "OVER"), replacements("SELECT * FROM PATIENTS p LEFT O|"));
	}
}
