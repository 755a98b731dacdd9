package org.chartroom.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chartroom.report.ReportDesign;
import org.chartroom.report.ReportFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built-in overview on the MIMIC-III demo in all three formats: its figures equal those of direct
 * SQL over the demo's tables, and its charts are there as images.
 */
class OverviewReportTest {

	private static ReportDesign overview;
	private static Rendered html;

	@BeforeAll
	static void render() throws Exception {
		overview = Services.reports().find("overview").orElseThrow(() -> new AssertionError("no built-in report 'overview'"));
		html = Rendered.run(overview, Map.of(), ReportFormat.HTML, "overview");
	}

	@Test
	void patientsStaysAndMortalityEqualDirectSql() throws Exception {
		long died = DirectSql.count("SELECT COUNT(*) FROM PATIENTS WHERE DOD IS NOT NULL");
		assertEquals(100, DirectSql.count("SELECT COUNT(*) FROM PATIENTS"));
		assertContains(html.htmlText(), "Patients Died (date of death known) Mortality 100 " + died + " " + percent(died, 100));
		assertContains(html.htmlText(), "Admissions 129 100 ");
		assertContains(html.htmlText(), "ICU stays 136 100 ");
	}

	@Test
	void sexAndAgeGroupsEqualDirectSql() throws Exception {
		StringBuilder sexes = new StringBuilder("Sex Patients");
		for (Object[] row : DirectSql.rows("SELECT GENDER, COUNT(*) FROM PATIENTS GROUP BY GENDER ORDER BY GENDER")) {
			sexes.append(' ').append(row[0]).append(' ').append(row[1]);
		}
		assertContains(html.htmlText(), sexes.toString());
		long over89 = DirectSql.count("SELECT COUNT(*) FROM PATIENTS P JOIN (SELECT SUBJECT_ID, MIN(ADMITTIME) AS FIRST_ADMIT"
				+ " FROM ADMISSIONS GROUP BY SUBJECT_ID) F ON F.SUBJECT_ID = P.SUBJECT_ID"
				+ " WHERE {fn TIMESTAMPDIFF(SQL_TSI_YEAR, P.DOB, F.FIRST_ADMIT)} > 89");
		assertContains(html.htmlText(), ">89 " + over89);
	}

	@Test
	void topDiagnosisAndTableSizesEqualDirectSql() throws Exception {
		Object[] top = DirectSql.rows("SELECT E.ICD9_CODE, D.LONG_TITLE, COUNT(DISTINCT E.SUBJECT_ID) AS N FROM DIAGNOSES_ICD E"
				+ " LEFT JOIN D_ICD_DIAGNOSES D ON D.ICD9_CODE = E.ICD9_CODE GROUP BY E.ICD9_CODE, D.LONG_TITLE"
				+ " ORDER BY N DESC, E.ICD9_CODE FETCH FIRST 1 ROWS ONLY").get(0);
		assertContains(html.htmlText(), "Code Diagnosis Patients " + top[0] + " " + top[1] + " " + top[2]);
		assertContains(html.htmlText(), "CHARTEVENTS 758,355");
		assertContains(html.htmlText(), "PATIENTS 100");
	}

	@Test
	void htmlIsOneFileWithItsThreeChartsEmbedded() {
		Matcher images = Pattern.compile("<img[^>]+src=\"data:image/png;base64,").matcher(html.html());
		int count = 0;
		while (images.find()) {
			count++;
		}
		assertEquals(3, count, "age groups, stays per year, length of stay");
		assertTrue(!html.html().matches("(?s).*<img[^>]+src=\"(?!data:).*"), "no image outside the file");
	}

	@Test
	void pdfHasTheFiguresOnItsPagesAndTheCharts() throws Exception {
		Rendered pdf = Rendered.run(overview, Map.of(), ReportFormat.PDF, "overview");
		assertTrue(new String(pdf.bytes(), 0, 5).equals("%PDF-"));
		List<String> pages = pdf.pdfPages();
		assertTrue(pages.size() >= 3, "overview, diagnoses and measurements, table sizes: " + pages.size() + " pages");
		assertContains(pages.get(0), "Dataset overview");
		assertContains(pages.get(0), "Admissions 129 100");
		assertContains(String.join(" ", pages), "Top 20 diagnoses");
		assertContains(pages.get(pages.size() - 1), "CHARTEVENTS 758,355");
		assertEquals(3, pdf.pdfImages(), "three charts");
	}

	@Test
	void xlsxHoldsTheFigures() throws Exception {
		Rendered xlsx = Rendered.run(overview, Map.of(), ReportFormat.XLSX, "overview");
		assertEquals("PK", new String(xlsx.bytes(), 0, 2));
		List<String> values = xlsx.xlsxCells().stream().map(c -> c.substring(c.indexOf('=') + 1)).toList();
		assertTrue(values.contains("Dataset overview"), values.toString());
		assertTrue(values.contains("CHARTEVENTS"), values.toString());
		assertTrue(hasNumber(values, 758355), "CHARTEVENTS' rows as a number: " + values);
		assertTrue(hasNumber(values, 129), "admissions as a number: " + values);
		assertTrue(values.containsAll(List.of("F", "M")), values.toString());
	}

	/** Whether a cell holds this whole number (XLSX stores numbers as doubles: "129.0"). */
	private static boolean hasNumber(List<String> values, long expected) {
		return values.stream().anyMatch(v -> v.matches("-?[0-9.]+(E[0-9]+)?") && Double.parseDouble(v) == expected);
	}

	static String percent(long part, long whole) {
		return String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * part / whole);
	}

	static void assertContains(String text, String expected) {
		assertTrue(text.contains(expected), () -> "expected '" + expected + "' in: " + text);
	}
}
