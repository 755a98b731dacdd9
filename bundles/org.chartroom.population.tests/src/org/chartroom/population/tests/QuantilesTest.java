package org.chartroom.population.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.chartroom.population.Distribution.Bin;
import org.chartroom.population.stats.Binning;
import org.chartroom.population.stats.Figures;
import org.chartroom.population.stats.Quantiles;
import org.junit.jupiter.api.Test;

/** Type 7 quantiles (R's and numpy's default) on small lists, worked out by hand. */
class QuantilesTest {

	private static final double[] QUARTILES = { 0.25, 0.5, 0.75 };

	@Test
	void evenCountInterpolates() {
		// 1 2 3 4: h = 0.75, 1.5, 2.25 → 1.75, 2.5, 3.25 (numpy.percentile([1,2,3,4], [25,50,75]))
		assertArrayEquals(new double[] { 1.75, 2.5, 3.25 }, Quantiles.of(new double[] { 4, 2, 1, 3 }, QUARTILES));
		// 1 2 3 7 10 100: h = 1.25, 2.5, 3.75 → 2 + 0.25·1, 3 + 0.5·4, 7 + 0.75·3
		assertArrayEquals(new double[] { 2.25, 5, 9.25 }, Quantiles.of(new double[] { 3, 1, 10, 2, 100, 7 }, QUARTILES));
	}

	@Test
	void oddCountHitsRanks() {
		assertArrayEquals(new double[] { 2, 3, 4 }, Quantiles.of(new double[] { 5, 1, 4, 2, 3 }, QUARTILES));
		assertArrayEquals(new double[] { 1, 5 }, Quantiles.of(new double[] { 5, 1, 4, 2, 3 }, 0, 1));
	}

	@Test
	void oneValueAndTiesAndNone() {
		assertArrayEquals(new double[] { 7, 7, 7 }, Quantiles.of(new double[] { 7 }, QUARTILES));
		assertArrayEquals(new double[] { 2, 2, 2.5 }, Quantiles.of(new double[] { 2, 2, 2, 4 }, QUARTILES));
		double[] none = Quantiles.of(new double[0], QUARTILES);
		assertTrue(Double.isNaN(none[0]) && Double.isNaN(none[1]) && Double.isNaN(none[2]));
	}

	@Test
	void refusesDisorderAndWrongCounts() {
		Quantiles quantiles = new Quantiles(3, 0.5);
		quantiles.accept(2);
		assertEquals("values out of order: 1.0 after 2.0", assertThrows(IllegalStateException.class, () -> quantiles.accept(1)).getMessage());
		assertEquals("1 values received, 3 announced", assertThrows(IllegalStateException.class, quantiles::values).getMessage());
		assertThrows(IllegalArgumentException.class, () -> new Quantiles(3, 1.5));
	}

	@Test
	void binsAndFigures() {
		Binning ages = Binning.fixed(0, 10, 90, ">89");
		for (double age : new double[] { 0, 9, 10, 89, 90, 300 }) {
			ages.accept(age);
		}
		List<Bin> bins = ages.bins();
		assertEquals(10, bins.size());
		assertEquals("0–9 2, 10–19 1, 80–89 1, >89 2", String.join(", ",
				bins.stream().filter(b -> b.count() > 0).map(b -> b.label() + " " + b.count()).toList()));
		Binning equal = Binning.equalWidth(0, 10, 4, Figures::number);
		for (double value : new double[] { 0, 2.5, 9.9, 10 }) {
			equal.accept(value);
		}
		assertEquals("0–2.5 1, 2.5–5 1, 5–7.5 0, 7.5–10 2",
				String.join(", ", equal.bins().stream().map(b -> b.label() + " " + b.count()).toList()));
		assertEquals("86.5", Figures.number(86.5));
		assertEquals("70", Figures.number(70.0));
		assertEquals("2.13", Figures.number(2.125));
		assertEquals("55 (55.0%)", Figures.countAndPercent(55, 100));
		assertEquals("35 (89.7%)", Figures.countAndPercent(35, 39));
	}
}
