package org.chartroom.synthetic.mimic3;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** Times as the files write them, computed without java.time on the hot path. */
class TimestampsTest {

	private static long at(int year, int month, int day, int hour, int minute, int second) {
		return LocalDateTime.of(year, month, day, hour, minute, second).toEpochSecond(ZoneOffset.UTC);
	}

	@Test
	void formatsShiftedDatesAsMimicWritesThem() {
		assertEquals("2164-10-23 21:09:00", Timestamps.format(at(2164, 10, 23, 21, 9, 0)));
		assertEquals("2100-02-28 23:59:59", Timestamps.format(at(2100, 2, 28, 23, 59, 59)), "2100 is no leap year");
		assertEquals("2100-03-01 00:00:00", Timestamps.format(at(2100, 2, 28, 23, 59, 59) + 1));
		assertEquals("2104-02-29 12:00:00", Timestamps.format(at(2104, 2, 29, 12, 0, 0)));
		assertEquals("1844-07-01 00:00:00", Timestamps.format(at(1844, 7, 1, 0, 0, 0)), "the DOBs of patients over 89");
	}

	@Test
	void agreesWithJavaTimeEveryFewHoursOverTwoCenturies() {
		for (long t = at(1800, 1, 1, 0, 0, 0); t < at(2220, 1, 1, 0, 0, 0); t += 7 * 3600 + 13 * 60 + 17) {
			assertEquals(Timestamps.toLocal(t).toString().replace('T', ' ').substring(0, 16), Timestamps.format(t).substring(0, 16));
		}
	}

	@Test
	void helpers() {
		long t = at(2150, 6, 15, 13, 20, 5);
		assertEquals("2150-06-15 00:00:00", Timestamps.format(Timestamps.midnight(t)));
		assertEquals("2150-06-15 14:00:00", Timestamps.format(Timestamps.ceilHour(t)));
		assertEquals("2150-06-15 14:00:00", Timestamps.format(Timestamps.ceilHour(at(2150, 6, 15, 14, 0, 0))));
		assertEquals("1850-06-15 13:20:05", Timestamps.format(Timestamps.minusYears(t, 300)));
	}
}
