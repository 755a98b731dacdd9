package org.chartroom.synthetic.mimic3;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Wall-clock times as seconds since 1970-01-01 00:00:00 (no zone: MIMIC's times have none), and
 * their text as the files write it, {@code YYYY-MM-DD HH:MM:SS}. Formatting is plain arithmetic,
 * so no locale or time zone can change it; it runs for every row of the largest tables.
 */
final class Timestamps {

	static final long MINUTE = 60;
	static final long HOUR = 3600;
	static final long DAY = 86_400;
	static final long YEAR = 365 * DAY;

	private Timestamps() {
	}

	static long of(int year, int month, int day) {
		return LocalDate.of(year, month, day).toEpochDay() * DAY;
	}

	static LocalDateTime toLocal(long time) {
		return LocalDateTime.ofEpochSecond(time, 0, ZoneOffset.UTC);
	}

	/** Midnight of the day {@code time} falls on. */
	static long midnight(long time) {
		return Math.floorDiv(time, DAY) * DAY;
	}

	/** The next full hour at or after {@code time}. */
	static long ceilHour(long time) {
		return -Math.floorDiv(-time, HOUR) * HOUR;
	}

	/** The same wall-clock time {@code years} calendar years earlier (29 February becomes 28). */
	static long minusYears(long time, int years) {
		LocalDateTime local = toLocal(time).minusYears(years);
		return local.toEpochSecond(ZoneOffset.UTC);
	}

	/** {@code YYYY-MM-DD HH:MM:SS}. */
	static String format(long time) {
		long days = Math.floorDiv(time, DAY);
		int seconds = (int) (time - days * DAY);
		char[] text = new char[19];
		writeDate(days, text);
		text[10] = ' ';
		two(seconds / 3600, text, 11);
		text[13] = ':';
		two(seconds / 60 % 60, text, 14);
		text[16] = ':';
		two(seconds % 60, text, 17);
		return new String(text);
	}

	/** The civil date of a day count (H. Hinnant's days-to-civil algorithm), for years 0 to 9999. */
	private static void writeDate(long epochDay, char[] text) {
		long z = epochDay + 719_468;
		long era = Math.floorDiv(z, 146_097);
		long dayOfEra = z - era * 146_097;
		long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
		long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
		long mp = (5 * dayOfYear + 2) / 153;
		int day = (int) (dayOfYear - (153 * mp + 2) / 5 + 1);
		int month = (int) (mp < 10 ? mp + 3 : mp - 9);
		int year = (int) (yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
		if (year < 0 || year > 9999) {
			throw new IllegalArgumentException("year out of range: " + year);
		}
		two(year / 100, text, 0);
		two(year % 100, text, 2);
		text[4] = '-';
		two(month, text, 5);
		text[7] = '-';
		two(day, text, 8);
	}

	private static void two(int value, char[] text, int at) {
		text[at] = (char) ('0' + value / 10);
		text[at + 1] = (char) ('0' + value % 10);
	}
}
