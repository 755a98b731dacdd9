package org.chartroom.synthetic.mimic3;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One run of the generator over open table files: the catalogues, the caregiver pool and the
 * planner. The dictionaries are written first, then each patient, one at a time, to every table.
 */
final class Generation {

	private final long seed;
	private final TableFiles files;
	private final Caregivers caregivers;
	private final CodeBook codes = new CodeBook();
	private final Planner planner;
	private final ChartRows chart;
	private final DateTimeRows dateTimes;
	private final InputRows inputs;
	private final OutputRows outputs;
	private final ProcedureRows procedures;
	private final MicrobiologyRows microbiology;
	private final LabRows labs;
	private final List<PatientRows> parts;

	Generation(TableFiles files, long seed) {
		this.seed = seed;
		this.files = files;
		this.caregivers = new Caregivers(seed);
		Weighted<Condition> conditions = Condition.load();
		this.planner = new Planner(seed, conditions, caregivers);
		this.chart = new ChartRows(files);
		this.dateTimes = new DateTimeRows(files);
		this.inputs = new InputRows(files);
		this.outputs = new OutputRows(files);
		this.procedures = new ProcedureRows(files);
		this.microbiology = new MicrobiologyRows(files);
		this.labs = new LabRows(files);
		this.parts = List.of(new StayRows(files), new MovementRows(files), chart, dateTimes, inputs, outputs, procedures, labs,
				microbiology, new PrescriptionRows(files), new BillingRows(files, codes, conditions), new NoteRows(files));
	}

	void writeDictionaries() throws IOException {
		caregivers.write(files.table("CAREGIVERS"));
		List<DItem> items = new ArrayList<>();
		items.addAll(chart.items());
		items.addAll(dateTimes.items());
		items.addAll(inputs.items());
		items.addAll(outputs.items());
		items.addAll(procedures.items());
		items.addAll(microbiology.items());
		ItemDictionary.write(files.table("D_ITEMS"), items);
		labs.writeDictionary(files.table("D_LABITEMS"));
		codes.writeDictionaries(files);
	}

	/** Plans the {@code index}-th patient (0-based, in order) and writes its rows to every table. */
	void writePatient(int index) throws IOException {
		PatientPlan patient = planner.plan(index);
		for (PatientRows part : parts) {
			part.write(patient, Chance.of(seed, patient.subjectId(), part.part()));
		}
	}
}
