package org.chartroom.ui.imports;

import java.io.IOException;

import org.chartroom.core.imports.ImportListener;
import org.chartroom.core.imports.ImportResult;
import org.chartroom.core.store.StoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/** The work of an {@link ImportJob}: a dataset imported from files (generated first, perhaps). */
@FunctionalInterface
public interface ImportWork {

	/**
	 * @throws org.eclipse.core.runtime.OperationCanceledException when the monitor is cancelled
	 */
	ImportResult run(ImportListener listener, IProgressMonitor monitor) throws StoreException, IOException;
}
