package org.chartroom.ui;

/** The ids of Chartroom's commands, as plugin.xml declares them. */
public final class ChartroomCommands {

	public static final String IMPORT_DATASET = "org.chartroom.ui.commands.importDataset";
	public static final String GENERATE_DEMO = "org.chartroom.ui.commands.generateDemo";
	public static final String REFRESH_DATASETS = "org.chartroom.ui.commands.refreshDatasets";

	private ChartroomCommands() {
	}
}
