package org.chartroom.population.export;

import java.io.IOException;
import java.io.Writer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.chartroom.population.Table1;
import org.chartroom.population.Table1Row;

/** A Table 1 as RFC 4180 CSV: {@code characteristic,value,n}, one line per row. */
public final class Table1Csv {

	private Table1Csv() {
	}

	public static void write(Table1 table, Writer out) throws IOException {
		CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("characteristic", "value", "n").get());
		for (Table1Row row : table.rows()) {
			csv.printRecord(row.characteristic(), row.value(), row.n());
		}
		csv.flush();
	}
}
