package org.chartroom.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DatasetNameTest {

	@Test
	void keyIsUpperCaseAndNameKeepsTheUsersCase() {
		DatasetName name = DatasetName.of("mimic3_Demo");
		assertEquals("mimic3_Demo", name.name());
		assertEquals("MIMIC3_DEMO", name.key());
	}

	@Test
	void anyTextHasTheKeyItsNameWouldHave() {
		assertEquals(DatasetName.of("mImIc3_demo").key(), DatasetName.keyOf("MiMiC3_DEMO"));
		assertEquals("MY DATA", DatasetName.keyOf("my data"), "lookups of invalid names find nothing rather than fail");
	}

	@Test
	void sixtyFourCharactersAreAllowed() {
		String longest = "a".repeat(64);
		assertEquals(longest, DatasetName.of(longest).name());
	}

	@Test
	void badNamesAreRefusedWithTheRule() {
		for (String bad : new String[] { "3mimic", "_x", "mimic-iii", "my data", "a".repeat(65), "é" }) {
			IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DatasetName.of(bad));
			assertEquals("'" + bad + "' is not a valid dataset name: use a letter, then letters, digits or '_', at most 64 characters.",
					e.getMessage());
		}
		assertEquals("A dataset name is required.",
				assertThrows(IllegalArgumentException.class, () -> DatasetName.of("")).getMessage());
	}
}
