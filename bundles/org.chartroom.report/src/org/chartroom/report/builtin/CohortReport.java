package org.chartroom.report.builtin;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chartroom.cohort.io.CohortMembersTable;
import org.chartroom.cohort.io.SavedCohorts;
import org.chartroom.core.store.StoreException;
import org.chartroom.report.ReportChart;
import org.chartroom.report.ReportContext;
import org.chartroom.report.ReportDesign;
import org.chartroom.report.ReportException;
import org.chartroom.report.ReportParameterException;
import org.osgi.service.component.annotations.Component;

/**
 * A group of patients beside the whole dataset: size, sex, age, stays and their length, mortality.
 * The group is a cohort saved by the cohort builder or {@code ./chartroom cohort --save} (parameter
 * 'cohort'), or a comma-separated list of patient ids (parameter 'patients').
 */
@Component(service = ReportDesign.class)
public final class CohortReport extends BundledDesign {

	public static final String ID = "cohort";
	public static final String COHORT = "cohort";
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
		return "A saved cohort (parameter 'cohort') or a list of patients (parameter 'patients': comma-separated ids) beside "
				+ "the whole dataset: size, sex, age, stays, length of stay and mortality.";
	}

	@Override
	public Map<String, String> queries(ReportContext context) throws ReportException {
		Roles roles = Roles.of(ID, context);
		PopulationQueries cohort = scope(context, roles);
		PopulationQueries all = PopulationQueries.all(roles);
		return Map.of("comparison", comparison(context, cohort, all),
				"stays", cohort.stays(),
				"patientsBySex", cohort.patientsBySex(),
				"patientsByAgeGroup", cohort.patientsByAgeGroup(),
				"lengthOfStay", cohort.lengthOfStay(),
				"topDiagnoses", cohort.topDiagnoses());
	}

	/** The patients the report is about: a saved cohort's members, or the listed ids; exactly one of the two. */
	private static PopulationQueries scope(ReportContext context, Roles roles) throws ReportException {
		String cohort = context.parameters().getOrDefault(COHORT, "").strip();
		String patients = context.parameters().getOrDefault(PATIENTS, "").strip();
		if (cohort.isEmpty() == patients.isEmpty()) {
			throw new ReportParameterException("The report '" + ID + "' needs either the parameter '" + COHORT
					+ "' (a saved cohort's name) or '" + PATIENTS + "' (comma-separated patient ids), not "
					+ (cohort.isEmpty() ? "neither." : "both."));
		}
		if (patients.isEmpty()) {
			requireMembers(context, cohort);
			return PopulationQueries.ofSavedCohort(roles, CohortMembersTable.NAME, CohortMembersTable.key(cohort));
		}
		return PopulationQueries.of(roles, PatientIds.require(ID, PATIENTS, patients, roles, context));
	}

	private static void requireMembers(ReportContext context, String cohort) throws ReportException {
		String dataset = context.dataset().name();
		try {
			if (new SavedCohorts(context.workspace()).memberPatientIds(dataset, cohort).isEmpty()) {
				throw new ReportException("The cohort '" + cohort + "' of dataset " + dataset + " has no members.");
			}
		} catch (StoreException | IOException e) {
			throw new ReportException(e.getMessage(), e);
		}
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
