package org.chartroom.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** Datasets on the left, the editor area for queries and results, progress at the bottom. */
public final class ChartroomPerspective implements IPerspectiveFactory {

	public static final String ID = "org.chartroom.ui.perspective";
	static final String DATASETS_VIEW = "org.chartroom.ui.views.datasets";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		IFolderLayout bottom = layout.createFolder("org.chartroom.ui.perspective.bottom", IPageLayout.BOTTOM, 0.75f,
				editorArea);
		bottom.addView(IPageLayout.ID_PROGRESS_VIEW);
		IFolderLayout left = layout.createFolder("org.chartroom.ui.perspective.left", IPageLayout.LEFT, 0.4f,
				editorArea);
		left.addView(DATASETS_VIEW);
		layout.addShowViewShortcut(DATASETS_VIEW);
		layout.addShowViewShortcut(IPageLayout.ID_PROGRESS_VIEW);
	}
}
