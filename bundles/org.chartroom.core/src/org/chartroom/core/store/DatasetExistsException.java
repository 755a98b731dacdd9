package org.chartroom.core.store;

import java.nio.file.Path;

/** A dataset of that name already exists and replacing it was not asked for. */
public final class DatasetExistsException extends StoreException {

	private static final long serialVersionUID = 1L;

	public DatasetExistsException(String message) {
		super(message);
	}

	/** The one wording for every store and for checks made before an import starts. */
	public static DatasetExistsException of(String existingName, Path workspace) {
		return new DatasetExistsException("A dataset named '" + existingName + "' already exists in workspace "
				+ workspace + ". Use --replace to replace it.");
	}
}
