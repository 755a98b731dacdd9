package org.chartroom.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ToolTipTextTest {

	@Test
	void shortTextStaysAsItIs() {
		assertEquals("One row per patient.\n8 columns", ToolTipText.wrap("One row per patient.\n8 columns"));
	}

	@Test
	void longTextBreaksBetweenWordsWithinTheWidth() {
		String text = "One row per hospital admission: when the patient came and left, how, and who they are "
				+ "administratively, with the diagnosis written at admission.";
		String wrapped = ToolTipText.wrap(text);
		assertEquals(text, wrapped.replace('\n', ' '));
		for (String line : wrapped.split("\n")) {
			assertTrue(line.length() <= ToolTipText.WIDTH, line);
		}
		assertEquals(2, wrapped.split("\n").length);
	}

	@Test
	void aWordLongerThanTheWidthGetsALineOfItsOwn() {
		String word = "x".repeat(ToolTipText.WIDTH + 5);
		assertEquals("a\n" + word + "\nb", ToolTipText.wrap("a " + word + " b"));
	}
}
