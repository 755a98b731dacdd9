package org.chartroom.report.builtin;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chartroom.report.ReportChart;
import org.chartroom.report.ReportContext;
import org.chartroom.report.ReportDesign;
import org.chartroom.report.ReportException;
import org.osgi.service.component.annotations.Component;

/**
 * A group of patients (parameter 'patients': comma-separated ids, until saved cohorts exist) beside
 * the whole dataset: size, sex, age, stays and their length, mortality.
 */
@Component(service = ReportDesign.class)
public final class CohortReport extends BundledDesign {

	public static final String ID = "cohort";
	public static final String PATIENTS = "patients";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String name() {
		return "Cohort summary";
	}

	@Override
	public String description() {
		return "A group of patients (parameter 'patients': comma-separated ids) beside the whole dataset: size, sex, age, "
				+ "stays, length of stay and mortality.";
	}

	@Override
	public Map<String, String> queries(ReportContext context) throws ReportException {
		Roles roles = Roles.of(ID, context);
		List<String> patients = PatientIds.require(ID, PATIENTS, context.parameters().get(PATIENTS), roles, context);
		PopulationQueries cohort = PopulationQueries.of(roles, patients);
		PopulationQueries all = PopulationQueries.all(roles);
		return Map.of("comparison", comparison(context, cohort, all),
				"stays", cohort.stays(),
				"patientsBySex", cohort.patientsBySex(),
				"patientsByAgeGroup", cohort.patientsByAgeGroup(),
				"lengthOfStay", cohort.lengthOfStay(),
				"topDiagnoses", cohort.topDiagnoses());
	}

	/**
	 * POPULATION, PATIENTS, DIED for the cohort and the whole dataset, counted here and handed to
	 * the design as a VALUES table.
	 */
	private static String comparison(ReportContext context, PopulationQueries cohort, PopulationQueries all)
			throws ReportException {
		long[] inCohort = counts(context, cohort.mortality());
		long[] inDataset = counts(context, all.mortality());
		return "SELECT POPULATION, PATIENTS, DIED FROM (VALUES (" + SqlText.literal("Cohort") + ", " + inCohort[0] + ", " + inCohort[1]
				+ "), (" + SqlText.literal("Whole dataset") + ", " + inDataset[0] + ", " + inDataset[1]
				+ ")) AS T(POPULATION, PATIENTS, DIED)";
	}

	private static long[] counts(ReportContext context, String sql) throws ReportException {
		long[] counts = new long[2];
		try {
			context.workspace().query(context.dataset().name(), sql, 0, new org.chartroom.core.store.RowHandler() {
				@Override
				public void columns(List<org.chartroom.core.store.ResultColumn> columns) {
					// PATIENTS, DIED
				}

				@Override
				public void row(Object[] values) {
					counts[0] = ((Number) values[0]).longValue();
					counts[1] = ((Number) values[1]).longValue();
				}
			}, null);
		} catch (org.chartroom.core.store.StoreException e) {
			throw new ReportException("Cannot count the cohort's patients: " + e.getMessage(), e);
		}
		return counts;
	}

	@Override
	public List<ReportChart> charts(ReportContext context) {
		return List.of(new ReportChart("ageGroupChart", "patientsByAgeGroup", ReportChart.Kind.BAR, "AGE_GROUP", "PATIENTS",
				Optional.empty(), "Cohort by age group (years)", "Patients"));
	}
}
