package org.chartroom.population.tests;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.chartroom.core.patients.Age;

/**
 * A Table 1 worked out in the test: rows read by hand-written SQL, every figure computed here in Java
 * (ages with {@link Age}, lengths with {@link Duration}, quantiles by the type 7 formula on a sorted
 * array), printed as {@code value [n]} lines in the order of the built-in rows and one measurement.
 */
final class HandTable1 {

	private HandTable1() {
	}

	/**
	 * @param entriesSql rows {@code ENTRY_ID, PATIENT_ID, START, END, BIRTH, DEATH, SEX}
	 * @param eventsSql  rows {@code PATIENT_ID, TIME, VALUE} of the measured concept
	 */
	static List<String> values(String dataset, String entriesSql, String eventsSql) throws Exception {
		List<Object[]> entries = Counts.rows(dataset, entriesSql);
		Set<Object> patients = new HashSet<>();
		Map<Object, String> sexes = new HashMap<>();
		Set<Object> dead = new HashSet<>();
		List<Double> ages = new ArrayList<>();
		List<Double> stays = new ArrayList<>();
		int diedDuring = 0;
		for (Object[] row : entries) {
			patients.add(row[1]);
			LocalDateTime start = time(row[2]);
			LocalDateTime end = time(row[3]);
			Optional<Age> age = Age.between(Optional.ofNullable(time(row[4])), Optional.of(start));
			age.ifPresent(a -> ages.add((double) a.years()));
			if (end != null) {
				stays.add(Duration.between(start, end).getSeconds() / 86400.0);
			}
			LocalDate death = row[5] == null ? null : day(row[5]);
			if (death != null) {
				dead.add(row[1]);
				if (!death.isBefore(start.toLocalDate()) && (end == null || !death.isAfter(end.toLocalDate()))) {
					diedDuring++;
				}
			}
			sexes.put(row[1], row[6] == null ? "unknown" : row[6].toString().strip());
		}
		List<String> lines = new ArrayList<>();
		lines.add(patients.size() + " [" + patients.size() + "]");
		lines.add(entries.size() + " [" + entries.size() + "]");
		double[] a = sorted(ages);
		lines.add(age(q(a, 0.5)) + " (" + age(q(a, 0.25)) + "–" + age(q(a, 0.75)) + ") [" + a.length + "]");
		lines.add(age(a[0]) + "–" + age(a[a.length - 1]) + " [" + a.length + "]");
		lines.add(percent(Arrays.stream(a).filter(x -> x > 89).count(), a.length) + " [" + a.length + "]");
		Map<String, Integer> bySex = new TreeMap<>();
		sexes.values().forEach(s -> bySex.merge(s, 1, Integer::sum));
		bySex.values().forEach(count -> lines.add(percent(count, patients.size()) + " [" + patients.size() + "]"));
		double[] s = sorted(stays);
		lines.add(iqr(s) + " [" + s.length + "]");
		lines.add(percent(diedDuring, entries.size()) + " [" + entries.size() + "]");
		lines.add(percent(dead.size(), patients.size()) + " [" + patients.size() + "]");
		double[] first = firstValues(dataset, entries, eventsSql);
		lines.add(iqr(first) + " [" + first.length + "]");
		lines.add(percent(first.length, entries.size()) + " [" + entries.size() + "]");
		return lines;
	}

	/** Per entry, the value at the earliest event time within the entry (the lowest of several at that time). */
	private static double[] firstValues(String dataset, List<Object[]> entries, String eventsSql) throws Exception {
		Map<Object, List<Object[]>> events = new HashMap<>();
		for (Object[] event : Counts.rows(dataset, eventsSql)) {
			events.computeIfAbsent(event[0], k -> new ArrayList<>()).add(event);
		}
		List<Double> first = new ArrayList<>();
		for (Object[] entry : entries) {
			LocalDateTime start = time(entry[2]);
			LocalDateTime end = time(entry[3]);
			LocalDateTime bestTime = null;
			double best = 0;
			for (Object[] event : events.getOrDefault(entry[1], List.of())) {
				LocalDateTime t = time(event[1]);
				double v = ((Number) event[2]).doubleValue();
				if (t.isBefore(start) || (end != null && t.isAfter(end))) {
					continue;
				}
				if (bestTime == null || t.isBefore(bestTime) || (t.equals(bestTime) && v < best)) {
					bestTime = t;
					best = v;
				}
			}
			if (bestTime != null) {
				first.add(best);
			}
		}
		return sorted(first);
	}

	/** Type 7 on a sorted array, straight from the definition. */
	static double q(double[] x, double p) {
		double h = (x.length - 1) * p;
		int low = (int) Math.floor(h);
		int high = Math.min(low + 1, x.length - 1);
		return x[low] + (h - low) * (x[high] - x[low]);
	}

	private static String iqr(double[] x) {
		return x.length == 0 ? "–" : number(q(x, 0.5)) + " (" + number(q(x, 0.25)) + "–" + number(q(x, 0.75)) + ")";
	}

	private static double[] sorted(List<Double> values) {
		double[] array = values.stream().mapToDouble(Double::doubleValue).toArray();
		Arrays.sort(array);
		return array;
	}

	private static String age(double years) {
		return years > 89 ? ">89" : number(years);
	}

	static String number(double value) {
		BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
		return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
	}

	private static String percent(long count, long of) {
		return count + " (" + BigDecimal.valueOf(count * 100.0 / of).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%)";
	}

	private static LocalDateTime time(Object value) {
		if (value == null) {
			return null;
		}
		return value instanceof LocalDate date ? date.atStartOfDay() : (LocalDateTime) value;
	}

	private static LocalDate day(Object value) {
		return value instanceof LocalDate date ? date : ((LocalDateTime) value).toLocalDate();
	}
}
