package org.chartroom.report.builtin;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chartroom.report.ReportChart;
import org.chartroom.report.ReportContext;
import org.chartroom.report.ReportDesign;
import org.chartroom.report.ReportException;
import org.osgi.service.component.annotations.Component;

/** One patient's summary: demographics, stays, the vitals of the first ICU stay, labs, medications, diagnoses. */
@Component(service = ReportDesign.class)
public final class PatientReport extends BundledDesign {

	public static final String ID = "patient";
	public static final String PATIENT = "patient";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String name() {
		return "Patient summary";
	}

	@Override
	public String description() {
		return "One patient (parameter 'patient'): demographics, stays, the main vitals of the first ICU stay, labs, "
				+ "medications and diagnoses.";
	}

	@Override
	public Map<String, String> queries(ReportContext context) throws ReportException {
		Roles roles = Roles.of(ID, context);
		String patient = PatientIds.require(ID, PATIENT, context.parameters().get(PATIENT), roles, context).get(0);
		PatientQueries queries = new PatientQueries(roles, patient);
		return Map.of("demographics", queries.demographics(),
				"stays", queries.stays(),
				"vitals", queries.vitals(context),
				"labs", queries.labs(),
				"medications", queries.medications(),
				"diagnoses", queries.diagnoses());
	}

	@Override
	public List<ReportChart> charts(ReportContext context) {
		return List.of(new ReportChart("vitalsChart", "vitals", ReportChart.Kind.LINE, "CHARTED", "VALUE", Optional.of("VITAL"),
				"Main vitals, first ICU stay", "Value"));
	}
}
