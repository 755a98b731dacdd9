package org.chartroom.report.builtin;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;

import org.chartroom.report.ReportDesign;

/** A built-in design whose {@code .rptdesign} lives in this bundle's {@code designs/} folder. */
abstract class BundledDesign implements ReportDesign {

	@Override
	public final InputStream open() throws IOException {
		String path = "/designs/" + id() + ".rptdesign";
		InputStream in = BundledDesign.class.getResourceAsStream(path);
		if (in == null) {
			throw new FileNotFoundException("The bundle org.chartroom.report lacks " + path);
		}
		return in;
	}
}
