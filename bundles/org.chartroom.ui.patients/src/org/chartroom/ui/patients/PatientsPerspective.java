package org.chartroom.ui.patients;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The patient list on the left, the selected patient's record (header, timeline, event tables) filling the rest. */
public final class PatientsPerspective implements IPerspectiveFactory {

	public static final String ID = "org.chartroom.ui.patients.perspective";
	public static final String LIST_VIEW = "org.chartroom.ui.patients.list";
	public static final String RECORD_VIEW = "org.chartroom.ui.patients.record";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(false);
		layout.addView(LIST_VIEW, IPageLayout.LEFT, 0.3f, layout.getEditorArea());
		// the ratio is the share the list keeps: the record gets the wider part
		layout.addView(RECORD_VIEW, IPageLayout.RIGHT, 0.32f, LIST_VIEW);
		layout.addShowViewShortcut(LIST_VIEW);
		layout.addShowViewShortcut(RECORD_VIEW);
		layout.addPerspectiveShortcut(ID);
	}
}
