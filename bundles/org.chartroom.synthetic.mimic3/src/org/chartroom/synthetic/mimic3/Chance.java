package org.chartroom.synthetic.mimic3;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The random draws of one part of one patient's record. Each part gets its own stream, derived
 * from the run's seed, the subject id and the part, so a patient's record depends on nothing but
 * those three, and changing how one table is drawn leaves the others as they were.
 */
final class Chance {

	/** The parts of a record with a stream each; append new ones at the end so old streams stay the same. */
	enum Part {
		CAREGIVERS, PLAN, STAYS, MOVEMENTS, CHART, DATETIME, INPUTS, OUTPUTS, PROCEDURES, LABS, MICROBIOLOGY, PRESCRIPTIONS,
		BILLING, NOTES
	}

	private static final long GOLDEN = 0x9E3779B97F4A7C15L;

	private final SplittableRandom random;

	private Chance(long seed) {
		this.random = new SplittableRandom(seed);
	}

	static Chance of(long seed, int subjectId, Part part) {
		return new Chance(mix(mix(seed + GOLDEN) ^ mix(subjectId * GOLDEN + part.ordinal() + 1)));
	}

	/** SplitMix64's finaliser: nearby inputs give unrelated outputs. */
	private static long mix(long value) {
		long z = value;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	/** True with probability {@code p}. */
	boolean chance(double p) {
		return random.nextDouble() < p;
	}

	/** A whole number in {@code [min, max]}. */
	int between(int min, int max) {
		return random.nextInt(min, max + 1);
	}

	/** A whole number in {@code [min, max]}. */
	long between(long min, long max) {
		return random.nextLong(min, max + 1);
	}

	/** A number in {@code [min, max)}. */
	double uniform(double min, double max) {
		return min == max ? min : random.nextDouble(min, max);
	}

	/** A normal draw. */
	double gaussian(double mean, double sd) {
		return mean + sd * random.nextGaussian();
	}

	/** A log-normal draw with the given median, clamped to {@code [min, max]}. */
	double logNormal(double median, double sigma, double min, double max) {
		return Math.clamp(median * Math.exp(sigma * random.nextGaussian()), min, max);
	}

	/** One element, each equally likely. */
	<T> T pick(List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	/** One element, each equally likely. */
	String pick(String... values) {
		return values[random.nextInt(values.length)];
	}

	/** One element of a weighted list. */
	<T> T pick(Weighted<T> values) {
		return values.draw(random.nextDouble());
	}

	/** A random 32-bit number, for identifiers with no meaning such as order ids. */
	int nextInt(int bound) {
		return random.nextInt(bound);
	}
}
