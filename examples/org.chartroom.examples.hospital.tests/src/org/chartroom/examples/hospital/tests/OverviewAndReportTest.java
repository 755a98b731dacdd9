package org.chartroom.examples.hospital.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.chartroom.core.overview.DatasetOverview;
import org.chartroom.core.overview.DatasetOverviewReader;
import org.chartroom.core.store.DatasetInfo;
import org.chartroom.report.ReportFormat;
import org.junit.jupiter.api.Test;

/** The dataset overview and the plugin's own report design, rendered by Chartroom's report service. */
class OverviewAndReportTest {

	@Test
	void theOverviewFindsPatientsAndEncountersThroughTheModel() throws Exception {
		DatasetInfo dataset = HospitalWorkspace.get().findDataset(HospitalWorkspace.DATASET).orElseThrow();
		DatasetOverview overview = new DatasetOverviewReader(HospitalWorkspace.get()).read(dataset.name(),
				HospitalServices.connector().schemaOf(dataset), null);
		assertEquals(50, overview.patients().orElseThrow().rows());
		assertEquals(1, overview.stays().size());
		assertEquals("Encounters", overview.stays().get(0).label());
		assertEquals(HospitalWorkspace.count("SELECT COUNT(*) FROM ENCOUNTER"), overview.stays().get(0).rows());
		assertEquals(94, overview.stays().get(0).rows());
		assertEquals("TimeSpan[start=2021-01-16T03:00, end=2024-09-17T19:00]", overview.timeSpan().orElseThrow().toString());
	}

	@Test
	void theWardReportRendersToHtmlWithTheFiguresOfHandWrittenSql() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		HospitalServices.reports().run(HospitalWorkspace.get(), HospitalWorkspace.DATASET, HospitalServices.wardReport(), Map.of(),
				ReportFormat.HTML, out, null);
		Path file = Path.of("target", "reports", "hospital-wards.html").toAbsolutePath();
		Files.createDirectories(file.getParent());
		Files.write(file, out.toByteArray());
		String text = out.toString(StandardCharsets.UTF_8).replaceAll("(?s)<style.*?</style>", " ").replaceAll("<[^>]+>", " ")
				.replace("&nbsp;", " ").replaceAll("\\s+", " ");
		assertTrue(text.contains("Encounters by ward"), text);
		for (Object[] row : HospitalWorkspace.rows("SELECT WARD, COUNT(*), COUNT(DISTINCT PATIENT_ID) FROM ENCOUNTER GROUP BY WARD")) {
			String line = row[0] + " " + row[1] + " " + row[2] + " ";
			assertTrue(text.contains(line), "the report lacks '" + line + "': " + text);
		}
		assertTrue(text.contains("Ward Encounters Patients Mean length of stay (days) Deaths Cardiology 21 18 5.2 0 "
				+ "Internal medicine 20 16 5.7 3 Pulmonology 33 26 6.2 3 Surgery 20 17 4.7 1 "), text);
	}
}
