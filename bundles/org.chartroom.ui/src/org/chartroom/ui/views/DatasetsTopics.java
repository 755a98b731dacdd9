package org.chartroom.ui.views;

/** Event topics of the Datasets view. */
public final class DatasetsTopics {

	/** Asks open Datasets views to list the datasets again. */
	public static final String REFRESH = "org/chartroom/ui/datasets/refresh";

	/** A dataset was imported; the data is a {@link DatasetImported}. */
	public static final String IMPORTED = "org/chartroom/ui/datasets/imported";

	private DatasetsTopics() {
	}
}
