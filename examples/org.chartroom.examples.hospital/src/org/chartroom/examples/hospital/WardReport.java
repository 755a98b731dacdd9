package org.chartroom.examples.hospital;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;

import org.chartroom.report.ReportDesign;
import org.osgi.service.component.annotations.Component;

/**
 * A report written for this hospital's own schema: encounters, patients, length of stay and deaths per
 * ward. Its SQL names the export's tables, so it runs on datasets of this connector only; a design
 * meant for any schema would compute its queries from the model instead (see {@code ReportDesign#queries}).
 */
@Component(service = ReportDesign.class)
public final class WardReport implements ReportDesign {

	public static final String ID = "hospital-wards";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String name() {
		return "Encounters by ward (St. Example's Hospital)";
	}

	@Override
	public String description() {
		return "Encounters, patients, mean length of stay and deaths per ward, for datasets of the hospital connector.";
	}

	@Override
	public InputStream open() throws IOException {
		String path = "/designs/" + ID + ".rptdesign";
		InputStream in = WardReport.class.getResourceAsStream(path);
		if (in == null) {
			throw new FileNotFoundException("The bundle org.chartroom.examples.hospital lacks " + path);
		}
		return in;
	}
}
