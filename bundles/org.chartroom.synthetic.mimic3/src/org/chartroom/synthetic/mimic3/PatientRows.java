package org.chartroom.synthetic.mimic3;

import java.io.IOException;

/** Writes the rows one patient contributes to some tables. */
interface PatientRows {

	/** The random stream these rows are drawn from. */
	Chance.Part part();

	void write(PatientPlan patient, Chance chance) throws IOException;
}
