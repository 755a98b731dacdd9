package org.chartroom.report.tests;

import static org.chartroom.report.tests.OverviewReportTest.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Map;

import org.chartroom.core.store.UnknownDatasetException;
import org.chartroom.report.FileReportDesign;
import org.chartroom.report.ReportDesign;
import org.chartroom.report.ReportException;
import org.chartroom.report.ReportFormat;
import org.chartroom.report.ReportParameterException;
import org.junit.jupiter.api.Test;

/** The patient and cohort reports, the custom design of docs/, and the errors a user can make. */
class PatientAndCohortReportTest {

	private static final String PATIENT = "10006";

	private static ReportDesign design(String id) throws Exception {
		return Services.reports().find(id).orElseThrow(() -> new AssertionError("no built-in report '" + id + "'"));
	}

	@Test
	void patientSummaryShowsTheStaysLabsAndVitalsOfThePatient() throws Exception {
		Rendered html = Rendered.run(design("patient"), Map.of("patient", PATIENT), ReportFormat.HTML, "patient");
		String text = html.htmlText();
		Object[] patient = DirectSql.rows("SELECT GENDER FROM PATIENTS WHERE SUBJECT_ID = " + PATIENT).get(0);
		assertContains(text, "Patient Sex Born Died Age at first stay " + PATIENT + " " + patient[0]);
		long admissions = DirectSql.count("SELECT COUNT(*) FROM ADMISSIONS WHERE SUBJECT_ID = " + PATIENT);
		long icuStays = DirectSql.count("SELECT COUNT(*) FROM ICUSTAYS WHERE SUBJECT_ID = " + PATIENT);
		assertEquals(admissions, count(text, " Admissions "), text);
		assertEquals(icuStays, count(text, " ICU stays "), text);
		long labTests = DirectSql.count("SELECT COUNT(DISTINCT ITEMID) FROM LABEVENTS WHERE SUBJECT_ID = " + PATIENT);
		assertTrue(labTests > 0);
		assertEquals(1, count(html.html(), "src=\"data:image/png;base64,"), "the vitals chart");
		Rendered pdf = Rendered.run(design("patient"), Map.of("patient", PATIENT), ReportFormat.PDF, "patient");
		assertContains(pdf.pdfPages().get(0), "Patient summary");
		assertEquals(1, pdf.pdfImages());
	}

	@Test
	void cohortSummaryComparesTheCohortWithTheDataset() throws Exception {
		Rendered html = Rendered.run(design("cohort"), Map.of("patients", "10006, 10011,10013"), ReportFormat.HTML, "cohort");
		long died = DirectSql.count("SELECT COUNT(*) FROM PATIENTS WHERE DOD IS NOT NULL AND SUBJECT_ID IN (10006, 10011, 10013)");
		long diedAll = DirectSql.count("SELECT COUNT(*) FROM PATIENTS WHERE DOD IS NOT NULL");
		assertContains(html.htmlText(), "Cohort 3 " + died + " " + OverviewReportTest.percent(died, 3));
		assertContains(html.htmlText(), "Whole dataset 100 " + diedAll + " " + OverviewReportTest.percent(diedAll, 100));
		long admissions = DirectSql.count("SELECT COUNT(*) FROM ADMISSIONS WHERE SUBJECT_ID IN (10006, 10011, 10013)");
		assertContains(html.htmlText(), "Admissions " + admissions + " 3 ");
		Rendered xlsx = Rendered.run(design("cohort"), Map.of("patients", "10006,10011,10013"), ReportFormat.XLSX, "cohort");
		assertTrue(xlsx.xlsxCells().stream().anyMatch(c -> c.endsWith("=Whole dataset")), xlsx.xlsxCells().toString());
	}

	@Test
	void customDesignFromTheDocsRunsWithItsParameter() throws Exception {
		Path example = Path.of(System.getProperty("chartroom.repo.dir"), "docs", "reports", "admissions-by-type.rptdesign");
		Rendered html = Rendered.run(new FileReportDesign(example), Map.of(), ReportFormat.HTML, "admissions-by-type");
		StringBuilder expected = new StringBuilder("Admission type Admissions Patients");
		for (Object[] row : DirectSql.rows("SELECT ADMISSION_TYPE, COUNT(*), COUNT(DISTINCT SUBJECT_ID) FROM ADMISSIONS"
				+ " GROUP BY ADMISSION_TYPE ORDER BY ADMISSION_TYPE")) {
			expected.append(' ').append(row[0]).append(' ').append(row[1]).append(' ').append(row[2]);
		}
		assertContains(html.htmlText(), expected.toString());
		Rendered later = Rendered.run(new FileReportDesign(example), Map.of("fromYear", "2150"), ReportFormat.HTML, "admissions-2150");
		long since2150 = DirectSql.count("SELECT COUNT(*) FROM ADMISSIONS WHERE YEAR(ADMITTIME) >= 2150");
		assertEquals(since2150, sumOfAdmissions(later.htmlText()));
	}

	@Test
	void badParametersAndUnknownPatientsAreRefusedClearly() throws Exception {
		ReportException missing = assertThrows(ReportParameterException.class, () -> run("patient", Map.of()));
		assertEquals("The report 'patient' needs the parameter 'patient' (Patient id).", missing.getMessage());
		ReportException unknownParam = assertThrows(ReportParameterException.class, () -> run("overview", Map.of("colour", "red")));
		assertEquals("The report 'overview' has no parameter 'colour'; it takes none.", unknownParam.getMessage());
		ReportException notAnId = assertThrows(ReportParameterException.class, () -> run("patient", Map.of("patient", "abc")));
		assertEquals("The parameter 'patient' of report 'patient' takes patient ids (SUBJECT_ID, whole numbers), not 'abc'.",
				notAnId.getMessage());
		ReportException unknown = assertThrows(ReportException.class, () -> run("patient", Map.of("patient", "99999999")));
		assertEquals("Unknown patient 99999999 in dataset demo (PATIENTS.SUBJECT_ID).", unknown.getMessage());
		ReportException someUnknown = assertThrows(ReportException.class, () -> run("cohort", Map.of("patients", "10006,1,2")));
		assertEquals("Unknown patients 1, 2 in dataset demo (PATIENTS.SUBJECT_ID).", someUnknown.getMessage());
		assertThrows(UnknownDatasetException.class, () -> Services.reports().run(DemoWorkspace.get(), "nosuch", design("overview"),
				Map.of(), ReportFormat.HTML, new ByteArrayOutputStream(), null));
	}

	private static void run(String id, Map<String, String> parameters) throws Exception {
		Services.reports().run(DemoWorkspace.get(), DemoWorkspace.DATASET, design(id), parameters, ReportFormat.HTML,
				new ByteArrayOutputStream(), null);
	}

	private static long sumOfAdmissions(String text) {
		String table = text.substring(text.indexOf("Admission type Admissions Patients"));
		java.util.regex.Matcher row = java.util.regex.Pattern.compile(" ([A-Z]+) ([0-9,]+) ([0-9,]+)").matcher(table);
		long sum = 0;
		while (row.find()) {
			sum += Long.parseLong(row.group(2).replace(",", ""));
		}
		return sum;
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			count++;
		}
		return count;
	}
}
