package org.chartroom.core.imports;

import java.time.Duration;

import org.chartroom.core.connector.SchemaChoice;

/**
 * Hears what an import does while it runs: warnings, progress within a table, and each table as
 * it is loaded. All may be ignored. Calls come from the threads that load tables side by side, one
 * call at a time; progress lines of two tables may therefore interleave.
 */
public interface ImportListener {

	ImportListener NONE = new ImportListener() {
	};

	/**
	 * The connector chose one of its schemas for the files (OMOP CDM 5.3 or 5.4), before anything is
	 * created; {@link SchemaChoice#reason()} says how. Called once, also for connectors with one schema.
	 */
	default void schemaChosen(SchemaChoice choice) {
	}

	/** Something the user should know that does not stop the import (a skipped file, an absent optional table). */
	default void warning(String message) {
	}

	/** A table is loading: called about once a second while it loads, from its first second on. */
	default void tableProgress(TableProgress progress) {
	}

	/** A table has been loaded (its indexes come later). */
	default void tableLoaded(TableLoad load) {
	}

	/**
	 * A table Chartroom derives from the loaded ones (e.g. the use of each concept) has been computed, after
	 * every table was loaded and before the dataset is published.
	 */
	default void derivedTableCreated(String table, Duration elapsed) {
	}
}
