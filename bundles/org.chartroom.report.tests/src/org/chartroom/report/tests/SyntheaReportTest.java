package org.chartroom.report.tests;

import static org.chartroom.report.tests.OverviewReportTest.assertContains;
import static org.chartroom.report.tests.OverviewReportTest.percent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.chartroom.report.ReportDesign;
import org.chartroom.report.ReportFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The three built-in reports on an OMOP CDM 5.4 dataset (Synthea, 28 persons, measurements
 * included), read through the same semantics as on MIMIC-III: visits as stays, the death table as
 * the date of death, concepts named through CONCEPT. Figures are checked against plain SQL.
 */
class SyntheaReportTest {

	private static final String DATASET = DemoWorkspace.SYNTHEA;
	/** The three persons with a row in DEATH. */
	private static final String DIED = "7,11,23";

	@BeforeAll
	static void importSynthea() throws Exception {
		DemoWorkspace.withSynthea();
	}

	private static ReportDesign design(String id) throws Exception {
		return Services.reports().find(id).orElseThrow(() -> new AssertionError("no built-in report '" + id + "'"));
	}

	@Test
	void overviewCountsPersonsDeathsVisitsAndMeasurementsAsSqlDoes() throws Exception {
		long persons = DirectSql.count(DATASET, "SELECT COUNT(*) FROM PERSON");
		long died = DirectSql.count(DATASET, "SELECT COUNT(DISTINCT PERSON_ID) FROM DEATH");
		long visits = DirectSql.count(DATASET, "SELECT COUNT(*) FROM VISIT_OCCURRENCE");
		assertEquals(28, persons);
		assertEquals(3, died);
		Rendered html = Rendered.run(DATASET, design("overview"), Map.of(), ReportFormat.HTML, "synthea-overview");
		String text = html.htmlText();
		assertContains(text, "Patients Died (date of death known) Mortality 28 3 " + percent(died, persons));
		assertContains(text, "Visits " + visits + " 28 ");
		StringBuilder sexes = new StringBuilder("Sex Patients");
		for (Object[] row : DirectSql.rows(DATASET,
				"SELECT GENDER_SOURCE_VALUE, COUNT(*) FROM PERSON GROUP BY GENDER_SOURCE_VALUE ORDER BY 1")) {
			sexes.append(' ').append(row[0]).append(' ').append(row[1]);
		}
		assertContains(text, sexes.toString());
		long heartRate = DirectSql.count(DATASET, "SELECT COUNT(DISTINCT PERSON_ID) FROM MEASUREMENT WHERE "
				+ "MEASUREMENT_CONCEPT_ID = 3027018 AND VALUE_AS_NUMBER IS NOT NULL");
		assertContains(text, "measurement 3027018 Heart rate " + heartRate);
		assertContains(text, "MEASUREMENT 10,040");

		Rendered pdf = Rendered.run(DATASET, design("overview"), Map.of(), ReportFormat.PDF, "synthea-overview");
		assertContains(pdf.pdfPages().get(0), "Dataset overview");
		assertEquals(3, pdf.pdfImages(), "age groups, stays per year, length of stay");
		Rendered xlsx = Rendered.run(DATASET, design("overview"), Map.of(), ReportFormat.XLSX, "synthea-overview");
		List<String> values = xlsx.xlsxCells().stream().map(c -> c.substring(c.indexOf('=') + 1)).toList();
		assertTrue(values.contains("MEASUREMENT") && values.contains("Visits"), values.toString());
	}

	@Test
	void patientSummaryOfAPersonWithMeasurements() throws Exception {
		Rendered html = Rendered.run(DATASET, design("patient"), Map.of("patient", "27"), ReportFormat.HTML, "synthea-patient");
		Object[] person = DirectSql.rows(DATASET, "SELECT GENDER_SOURCE_VALUE FROM PERSON WHERE PERSON_ID = 27").get(0);
		assertContains(html.htmlText(), "Patient Sex Born Died Age at first stay 27 " + person[0]);
		Rendered pdf = Rendered.run(DATASET, design("patient"), Map.of("patient", "27"), ReportFormat.PDF, "synthea-patient");
		assertContains(pdf.pdfPages().get(0), "Patient summary");
		Rendered xlsx = Rendered.run(DATASET, design("patient"), Map.of("patient", "27"), ReportFormat.XLSX, "synthea-patient");
		assertTrue(xlsx.xlsxCells().stream().anyMatch(c -> c.endsWith("=Patient summary")), xlsx.xlsxCells().toString());
	}

	@Test
	void cohortOfTheDeceasedBesideTheDataset() throws Exception {
		Rendered html = Rendered.run(DATASET, design("cohort"), Map.of("patients", DIED), ReportFormat.HTML, "synthea-cohort");
		assertContains(html.htmlText(), "Cohort 3 3 100.0%");
		assertContains(html.htmlText(), "Whole dataset 28 3 " + percent(3, 28));
		long visits = DirectSql.count(DATASET, "SELECT COUNT(*) FROM VISIT_OCCURRENCE WHERE PERSON_ID IN (" + DIED + ")");
		assertContains(html.htmlText(), "Visits " + visits + " 3 ");
		Rendered pdf = Rendered.run(DATASET, design("cohort"), Map.of("patients", DIED), ReportFormat.PDF, "synthea-cohort");
		assertContains(pdf.pdfPages().get(0), "Cohort summary");
		Rendered xlsx = Rendered.run(DATASET, design("cohort"), Map.of("patients", DIED), ReportFormat.XLSX, "synthea-cohort");
		assertTrue(xlsx.xlsxCells().stream().anyMatch(c -> c.endsWith("=Whole dataset")), xlsx.xlsxCells().toString());
	}
}
