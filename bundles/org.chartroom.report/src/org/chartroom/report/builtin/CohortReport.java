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
		return Map.of("comparison", "SELECT " + SqlText.literal("Cohort") + " AS POPULATION, C.PATIENTS, C.DIED FROM ("
				+ cohort.mortality() + ") AS C UNION ALL SELECT " + SqlText.literal("Whole dataset") + ", A.PATIENTS, A.DIED FROM ("
				+ all.mortality() + ") AS A",
				"stays", cohort.stays(),
				"patientsBySex", cohort.patientsBySex(),
				"patientsByAgeGroup", cohort.patientsByAgeGroup(),
				"lengthOfStay", cohort.lengthOfStay(),
				"topDiagnoses", cohort.topDiagnoses());
	}

	@Override
	public List<ReportChart> charts(ReportContext context) {
		return List.of(new ReportChart("ageGroupChart", "patientsByAgeGroup", ReportChart.Kind.BAR, "AGE_GROUP", "PATIENTS",
				Optional.empty(), "Cohort by age group (years)", "Patients"));
	}
}
