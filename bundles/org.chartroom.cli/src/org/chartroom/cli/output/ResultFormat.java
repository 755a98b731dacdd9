package org.chartroom.cli.output;

import java.io.PrintWriter;

/** The output formats of {@code query}. */
public enum ResultFormat {
	table, csv, json;

	/** A writer of this format onto {@code out}. */
	public ResultWriter writer(PrintWriter out) {
		return switch (this) {
		case table -> new TableResultWriter(out);
		case csv -> new CsvResultWriter(out);
		case json -> new JsonResultWriter(out);
		};
	}
}
