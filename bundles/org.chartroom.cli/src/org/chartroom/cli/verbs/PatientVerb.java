package org.chartroom.cli.verbs;

import java.util.Optional;
import java.util.concurrent.Callable;

import org.chartroom.cli.Cli;
import org.chartroom.core.connector.Connector;
import org.chartroom.core.patients.PatientSummary;
import org.chartroom.core.patients.Patients;
import org.chartroom.core.patients.Timeline;
import org.chartroom.core.store.DatasetInfo;
import org.chartroom.core.store.StoreException;
import org.chartroom.core.store.UnknownDatasetException;
import org.chartroom.core.store.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code patient --dataset NAME --id ID [--format text|json]}: one patient's demographics, stays, event
 * counts per table and events, read through the model of the dataset's connector (the same service as
 * the patient browser).
 */
@Command(name = "patient", mixinStandardHelpOptions = true,
		description = { "Show one patient: demographics, stays (admissions, ICU stays with their length), death, the "
				+ "number of events in each event table and every event in time order." })
public final class PatientVerb implements Callable<Integer> {

	/** Output formats of this verb. */
	public enum Format {
		text, json
	}

	@ParentCommand
	private Cli cli;

	@Option(names = "--dataset", paramLabel = "NAME", required = true, description = "The dataset the patient is in.")
	private String dataset;

	@Option(names = "--id", paramLabel = "ID", required = true,
			description = "The patient's id, as the patient table holds it (MIMIC-III SUBJECT_ID, OMOP person_id).")
	private String id;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
			description = "text or json (default: ${DEFAULT-VALUE}).")
	private Format format;

	@Override
	public Integer call() throws Exception {
		try (Workspace workspace = cli.openWorkspace()) {
			DatasetInfo info = workspace.findDataset(dataset).orElse(null);
			if (info == null) {
				workspace.tables(dataset); // throws the error that names the datasets there are
				throw new UnknownDatasetException("Unknown dataset '" + dataset + "'.");
			}
			Connector connector = cli.connectorOf(info, ", so the patients of dataset " + info.name() + " cannot be read.");
			Patients patients = new Patients(workspace, info.name(), connector.schemaOf(info));
			Optional<PatientSummary> patient = patients.summary(id, null);
			if (patient.isEmpty()) {
				throw new StoreException("Unknown patient '" + id + "' in dataset " + info.name() + ": no patient has "
						+ patients.idColumnName() + " " + id + ".");
			}
			Timeline timeline = patients.timeline(patient.get(), Optional.empty(), null);
			if (format == Format.json) {
				new PatientJson(cli.output().out()).print(info.name(), patients.idColumnName(), patient.get(), timeline);
			} else {
				new PatientText(cli.output().out()).print(info.name(), patients.idColumnName(), patient.get(), timeline);
			}
		}
		return Cli.EXIT_OK;
	}
}
