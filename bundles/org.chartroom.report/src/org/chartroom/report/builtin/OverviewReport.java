package org.chartroom.report.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chartroom.core.store.StoreException;
import org.chartroom.core.store.TableInfo;
import org.chartroom.report.ReportChart;
import org.chartroom.report.ReportContext;
import org.chartroom.report.ReportDesign;
import org.chartroom.report.ReportException;
import org.osgi.service.component.annotations.Component;

/**
 * The dataset overview, like an Achilles summary: patients by sex and age, stays per year and by
 * length, mortality, the commonest diagnoses and measurements, and the size of each table.
 */
@Component(service = ReportDesign.class)
public final class OverviewReport extends BundledDesign {

	public static final String ID = "overview";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String name() {
		return "Dataset overview";
	}

	@Override
	public String description() {
		return "Patients by sex and age, stays per year and by length, mortality, the top 20 diagnoses and measured "
				+ "concepts, and table sizes.";
	}

	@Override
	public Map<String, String> queries(ReportContext context) throws ReportException {
		Roles roles = Roles.of(ID, context);
		PopulationQueries population = PopulationQueries.all(roles);
		return Map.of("stays", population.stays(),
				"mortality", population.mortality(),
				"patientsBySex", population.patientsBySex(),
				"patientsByAgeGroup", population.patientsByAgeGroup(),
				"staysPerYear", population.staysPerYear(),
				"lengthOfStay", population.lengthOfStay(),
				"topDiagnoses", population.topDiagnoses(),
				"topMeasurements", population.topMeasurements(),
				"tableSizes", tableSizes(context));
	}

	@Override
	public List<ReportChart> charts(ReportContext context) throws ReportException {
		String stays = Roles.label(Roles.of(ID, context).topStays());
		return List.of(
				new ReportChart("ageGroupChart", "patientsByAgeGroup", ReportChart.Kind.BAR, "AGE_GROUP", "PATIENTS",
						Optional.empty(), "Patients by age group (years)", "Patients"),
				new ReportChart("staysPerYearChart", "staysPerYear", ReportChart.Kind.BAR, "STAY_YEAR", "STAYS",
						Optional.empty(), stays + " per year", stays),
				new ReportChart("lengthOfStayChart", "lengthOfStay", ReportChart.Kind.BAR, "LOS_GROUP", "STAYS",
						Optional.of("KIND"), "Length of stay", "Stays"));
	}

	/** The row counts the store recorded, as a VALUES table: nothing is counted again. */
	static String tableSizes(ReportContext context) throws ReportException {
		List<TableInfo> tables;
		try {
			tables = context.workspace().tables(context.dataset().name());
		} catch (StoreException e) {
			throw new ReportException("Cannot list the tables of dataset " + context.dataset().name() + ": " + e.getMessage(), e);
		}
		List<String> rows = new ArrayList<>();
		for (TableInfo table : tables) {
			rows.add("(" + SqlText.literal(table.name()) + ", CAST(" + table.rowCount() + " AS BIGINT))");
		}
		if (rows.isEmpty()) {
			rows.add("(CAST(NULL AS VARCHAR(1)), CAST(0 AS BIGINT))");
		}
		return "SELECT TABLE_NAME, ROW_COUNT FROM (VALUES " + String.join(", ", rows) + ") AS T(TABLE_NAME, ROW_COUNT)"
				+ (tables.isEmpty() ? " WHERE 1 = 0" : "") + " ORDER BY TABLE_NAME";
	}
}
