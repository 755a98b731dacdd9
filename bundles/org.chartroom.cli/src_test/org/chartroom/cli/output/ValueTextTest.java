package org.chartroom.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class ValueTextTest {

	@Test
	void timestampsShowFractionsOnlyWhenThereAreSome() {
		assertEquals("2101-10-20 19:08:00", ValueText.of(LocalDateTime.of(2101, 10, 20, 19, 8)));
		assertEquals("2101-10-20 19:08:00.000001", ValueText.of(LocalDateTime.of(2101, 10, 20, 19, 8, 0, 1000)));
	}

	@Test
	void numbersReadAsStoredWithoutExponents() {
		assertEquals("20.0000004", ValueText.of(20.0000004d));
		assertEquals("0.00001", ValueText.of(1e-5));
		assertEquals("12000000000", ValueText.of(1.2e10));
		assertEquals("20.0", ValueText.of(20.0f));
		assertEquals("0.10", ValueText.of(new BigDecimal("0.10")));
		assertEquals("-3210373572193940939", ValueText.of(-3210373572193940939L));
	}
}
