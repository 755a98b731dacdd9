package org.chartroom.core.store;

import java.nio.file.Path;

/** A dataset of that name already exists and replacing it was not asked for. */
public final class DatasetExistsException extends StoreException {

	private static final long serialVersionUID = 1L;

	private final String datasetName;

	public DatasetExistsException(String message, String datasetName) {
		super(message);
		this.datasetName = datasetName;
	}

	/** The one wording for every store and for checks made before an import starts (the CLI's words). */
	public static DatasetExistsException of(String existingName, Path workspace) {
		return new DatasetExistsException("A dataset named '" + existingName + "' already exists in workspace "
				+ workspace + ". Use --replace to replace it.", existingName);
	}

	/** The existing dataset's name, as it was given, for messages in other words than the CLI's. */
	public String datasetName() {
		return datasetName;
	}
}
