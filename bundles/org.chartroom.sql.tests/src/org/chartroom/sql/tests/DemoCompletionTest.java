package org.chartroom.sql.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.chartroom.core.store.Workspace;
import org.chartroom.sql.completion.Completion;
import org.chartroom.sql.completion.SqlCompleter;
import org.chartroom.sql.completion.WorkspaceConceptSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Completion on the MIMIC-III connector's model, concepts looked up in the imported demo. */
class DemoCompletionTest {

	private static SqlCompleter completer;

	@BeforeAll
	static void completerOnTheDemo() throws Exception {
		Workspace workspace = DemoWorkspace.get();
		completer = new SqlCompleter(DemoWorkspace.mimic3().schema(), workspace.dialect(),
				new WorkspaceConceptSource(workspace, DemoWorkspace.DATASET));
	}

	/** Completes at the {@code |} in the text. */
	private static List<Completion> at(String textWithCaret) throws Exception {
		return completer.complete(textWithCaret.replace("|", ""), textWithCaret.indexOf('|'));
	}

	private static List<String> replacements(String textWithCaret) throws Exception {
		return at(textWithCaret).stream().map(Completion::replacement).toList();
	}

	@Test
	void theModelsTablesAfterFrom() throws Exception {
		assertEquals(List.of("ADMISSIONS", "CALLOUT", "CAREGIVERS", "CHARTEVENTS", "CPTEVENTS", "DATETIMEEVENTS", "DIAGNOSES_ICD",
				"DRGCODES", "D_CPT", "D_ICD_DIAGNOSES", "D_ICD_PROCEDURES", "D_ITEMS", "D_LABITEMS", "ICUSTAYS", "INPUTEVENTS_CV",
				"INPUTEVENTS_MV", "LABEVENTS", "MICROBIOLOGYEVENTS", "NOTEEVENTS", "OUTPUTEVENTS", "PATIENTS", "PRESCRIPTIONS",
				"PROCEDUREEVENTS_MV", "PROCEDURES_ICD", "SERVICES", "TRANSFERS").stream().sorted().toList(),
				replacements("SELECT * FROM |").stream().sorted().toList());
		assertEquals(List.of("D_CPT", "D_ICD_DIAGNOSES", "D_ICD_PROCEDURES", "D_ITEMS", "D_LABITEMS"),
				replacements("select * from d_|").stream().sorted().toList());
	}

	@Test
	void chartEventsColumnsAfterItsAlias() throws Exception {
		assertEquals(List.of("ROW_ID", "SUBJECT_ID", "HADM_ID", "ICUSTAY_ID", "ITEMID", "CHARTTIME", "STORETIME", "CGID", "VALUE",
				"VALUENUM", "VALUEUOM", "WARNING", "ERROR", "RESULTSTATUS", "STOPPED"), replacements("SELECT c.| FROM CHARTEVENTS c"));
		assertEquals(List.of("VALUE", "VALUENUM", "VALUEUOM"), replacements("SELECT c.val| FROM CHARTEVENTS c"));
	}

	@Test
	void ctrlSpaceWithNothingTypedOffersTheDerbyKeywordsThatFit() throws Exception {
		assertEquals(List.of("SELECT", "VALUES", "INSERT", "UPDATE", "DELETE", "CREATE", "DROP"), replacements(" |"));
		assertEquals(List.of("ON", "WHERE", "JOIN", "INNER", "LEFT", "RIGHT", "CROSS", "GROUP", "ORDER", "FETCH", "OFFSET", "UNION"),
				replacements("SELECT * FROM CHARTEVENTS c JOIN D_ITEMS d |"));
		assertEquals(List.of("by"), replacements("select itemid, count(*) from chartevents group |"));
	}

	@Test
	void theJoinConditionFromTheForeignKey() throws Exception {
		assertEquals(List.of("c.ITEMID = d.ITEMID"), replacements("SELECT * FROM CHARTEVENTS c JOIN D_ITEMS d ON |"));
		assertEquals(List.of("c.SUBJECT_ID = p.SUBJECT_ID"), replacements("SELECT * FROM CHARTEVENTS c JOIN PATIENTS p ON |"));
	}

	@Test
	void heartRateByLabelWithItsCodeAndTheLabelAsAComment() throws Exception {
		String sql = "SELECT * FROM CHARTEVENTS c WHERE c.ITEMID = heart rate|";
		List<Completion> proposals = at(sql);
		assertEquals(List.of("211 /* Heart Rate */", "220045 /* Heart Rate */", "220047 /* Heart Rate Alarm - Low */",
				"220046 /* Heart rate Alarm - High */", "3494 /* Lowest Heart Rate */"),
				proposals.stream().map(Completion::replacement).toList());
		assertEquals("Heart Rate — 211", proposals.get(0).label());
		assertEquals(sql.indexOf("heart"), proposals.get(0).offset());
		assertEquals("heart rate".length(), proposals.get(0).length());
	}

	@Test
	void byCodeTheItemItselfComesFirst() throws Exception {
		assertEquals("211 /* Heart Rate */", replacements("SELECT * FROM CHARTEVENTS WHERE ITEMID = 211|").get(0));
	}
}
