package org.chartroom.ui.imports;

import org.chartroom.core.imports.ImportResult;

/** Tells the person how an {@link ImportJob} ended. Called on the job's thread. */
public interface ImportReport {

	void imported(ImportResult result);

	/** @param message why, as the import said it: for bad data it names file, line, column and value */
	void failed(String message);

	void cancelled();
}
