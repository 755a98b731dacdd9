package org.chartroom.synthetic.mimic3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Numbers with a fixed number of decimals, whatever the locale. */
class DecimalsTest {

	@Test
	void roundsHalfAwayFromZero() {
		assertEquals("94", Decimals.format(93.5, 0));
		assertEquals("98.6", Decimals.format(98.64, 1));
		assertEquals("7.39", Decimals.format(7.386, 2));
		assertEquals("-3", Decimals.format(-2.5, 0));
		assertEquals("0.05", Decimals.format(0.049999999, 2));
		assertEquals("1.0000", Decimals.format(0.99999, 4));
	}

	@Test
	void zeroHasNoSignAndKeepsItsDecimals() {
		assertEquals("0", Decimals.format(-0.2, 0));
		assertEquals("0.0", Decimals.format(-0.04, 1));
	}

	@Test
	void refusesWhatTheImporterCouldNotRead() {
		assertThrows(IllegalArgumentException.class, () -> Decimals.format(Double.NaN, 1));
		assertThrows(IllegalArgumentException.class, () -> Decimals.format(Double.POSITIVE_INFINITY, 0));
	}
}
