package org.chartroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.chartroom.core.imports.ImportResult;
import org.chartroom.core.store.DatasetExistsException;
import org.chartroom.ui.imports.ImportJob;
import org.chartroom.ui.imports.ImportReport;
import org.eclipse.core.runtime.IStatus;
import org.junit.jupiter.api.Test;

/** How an import job words its ending, apart from the wizard. */
class ImportJobTest {

	@Test
	void aNameTakenAfterTheWizardCheckedItIsExplainedInTheWizardsWords() throws Exception {
		List<String> failures = new ArrayList<>();
		ImportJob job = new ImportJob("Importing demo", (listener, monitor) -> {
			throw DatasetExistsException.of("Demo", Path.of("/tmp/ws"));
		}, new ImportReport() {
			@Override
			public void imported(ImportResult result) {
				throw new AssertionError("nothing was imported");
			}

			@Override
			public void failed(String message) {
				failures.add(message);
			}

			@Override
			public void cancelled() {
				throw new AssertionError("nothing was cancelled");
			}
		});
		job.schedule();
		job.join();
		assertEquals(List.of("A dataset named 'Demo' appeared while the import was starting. "
				+ "Import again and tick \"Replace the existing dataset\" to replace it."), failures);
		assertEquals(IStatus.ERROR, job.getResult().getSeverity());
	}
}
