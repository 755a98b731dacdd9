package org.chartroom.cli.verbs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;

import org.chartroom.core.imports.TableLoad;
import org.chartroom.core.imports.TableProgress;
import org.junit.jupiter.api.Test;

/** The import's progress lines on stderr: at most one every two seconds, only for tables that take longer. */
class ImportProgressPrinterTest {

	private static TableProgress at(String table, long millis, long rows, double fraction) {
		return new TableProgress(table, rows, fraction, rows * 1000 / millis, Duration.ofMillis(millis));
	}

	@Test
	void aLineEveryTwoSecondsWhileALongTableLoads() {
		StringWriter text = new StringWriter();
		ImportProgressPrinter printer = new ImportProgressPrinter(new PrintWriter(text));
		printer.tableProgress(at("CAREGIVERS", 1_000, 5_000, 0.66)); // a quick table: no line
		printer.tableLoaded(new TableLoad("CAREGIVERS", "CAREGIVERS.csv.gz", 7_567, Duration.ofMillis(1_500)));
		printer.tableProgress(at("CHARTEVENTS", 1_000, 150_000, 0.2));
		printer.tableProgress(at("CHARTEVENTS", 2_040, 310_000, 0.413));
		printer.tableProgress(at("LABEVENTS", 2_100, 70_000, 0.9)); // loading beside it: its own clock
		printer.tableProgress(at("CHARTEVENTS", 3_050, 460_000, 0.61));
		printer.tableProgress(at("CHARTEVENTS", 4_050, 610_000, 0.8));
		printer.tableLoaded(new TableLoad("CHARTEVENTS", "CHARTEVENTS.csv.gz", 758_355, Duration.ofMillis(5_000)));
		printer.warning("something to know");
		assertEquals("""
				CAREGIVERS                  7,567 rows      1.5 s      5,044 rows/s
				  CHARTEVENTS             310,000 rows      41%      151,960 rows/s
				  LABEVENTS                70,000 rows      90%       33,333 rows/s
				  CHARTEVENTS             610,000 rows      80%      150,617 rows/s
				CHARTEVENTS               758,355 rows      5.0 s    151,671 rows/s
				warning: something to know
				""", text.toString());
	}
}
