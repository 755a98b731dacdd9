package org.chartroom.ui.cohort;

import java.io.IOException;
import java.util.List;

import org.chartroom.cohort.io.SavedCohorts;
import org.chartroom.core.store.DatasetInfo;
import org.chartroom.core.store.StoreException;
import org.chartroom.core.store.Workspace;
import org.chartroom.ui.datasets.DatasetFolder;
import org.osgi.service.component.annotations.Component;

/** "Cohorts" under each dataset in the Datasets view: its saved cohorts; a double-click opens one in the builder. */
@Component(service = DatasetFolder.class)
public final class SavedCohortsFolder implements DatasetFolder {

	public static final String NAME = "Cohorts";
	public static final String OPEN_COMMAND = "org.chartroom.ui.cohort.commands.open";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<String> items(Workspace workspace, DatasetInfo dataset) throws StoreException {
		try {
			return new SavedCohorts(workspace).names(dataset.name());
		} catch (IOException e) {
			throw new StoreException("Cannot list the saved cohorts of " + dataset.name() + ": " + e.getMessage(), e);
		}
	}

	@Override
	public String openCommand() {
		return OPEN_COMMAND;
	}
}
