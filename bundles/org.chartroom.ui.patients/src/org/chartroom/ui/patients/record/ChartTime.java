package org.chartroom.ui.patients.record;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.TimeZone;

/**
 * Times on the chart's axis: wall-clock times taken as UTC milliseconds and shown in UTC, so that no
 * local time zone or daylight-saving gap moves a (shifted) MIMIC time.
 */
final class ChartTime {

	static final TimeZone ZONE = TimeZone.getTimeZone("UTC");

	private ChartTime() {
	}

	static double millis(LocalDateTime time) {
		return time.toInstant(ZoneOffset.UTC).toEpochMilli();
	}
}
