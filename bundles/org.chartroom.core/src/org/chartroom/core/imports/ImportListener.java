package org.chartroom.core.imports;

/** Hears what an import does while it runs: warnings and each table as it is loaded. Both may be ignored. */
public interface ImportListener {

	ImportListener NONE = new ImportListener() {
	};

	/** Something the user should know that does not stop the import (a skipped file, an absent optional table). */
	default void warning(String message) {
	}

	/** A table has been loaded (its indexes come later). */
	default void tableLoaded(TableLoad load) {
	}
}
