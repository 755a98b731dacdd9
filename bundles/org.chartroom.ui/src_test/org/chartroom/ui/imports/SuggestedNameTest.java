package org.chartroom.ui.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.chartroom.core.workspace.DatasetName;
import org.junit.jupiter.api.Test;

class SuggestedNameTest {

	@Test
	void folderNameBecomesAValidName() {
		assertEquals("mimic_iii_demo", SuggestedName.forSource(Path.of("/data/mimic-iii-demo")));
	}

	@Test
	void zipExtensionIsDropped() {
		assertEquals("mimic_iii_clinical_database_demo_1_4",
				SuggestedName.forSource(Path.of("/downloads/mimic-iii-clinical-database-demo-1.4.ZIP")));
	}

	@Test
	void accentsAreDroppedAndRunsOfOtherCharactersBecomeOneUnderscore() {
		assertEquals("donnees_2024", SuggestedName.forSource(Path.of("/tmp/ Données -- 2024 .zip")));
	}

	@Test
	void aNameThatWouldStartWithADigitGetsAPrefix() {
		assertEquals("dataset_2024_export", SuggestedName.forSource(Path.of("2024 export")));
	}

	@Test
	void nothingUsableGivesTheFallback() {
		assertEquals("dataset", SuggestedName.forSource(Path.of("/")));
		assertEquals("dataset", SuggestedName.forSource(Path.of("/tmp/---")));
	}

	@Test
	void longNamesAreCutToTheLimitWithoutATrailingUnderscore() {
		String suggested = SuggestedName.forSource(Path.of("a".repeat(63) + "-b"));
		assertEquals("a".repeat(63), suggested);
		DatasetName.of(suggested);
	}

	@Test
	void freeNameSkipsTakenOnesInAnyLetterCase() {
		assertEquals("synthetic", SuggestedName.free("synthetic", List.of("mimic3")));
		assertEquals("synthetic_3", SuggestedName.free("synthetic", List.of("SYNTHETIC", "Synthetic_2")));
	}
}
