package org.chartroom.ui.views;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.menu.MToolBar;
import org.eclipse.e4.ui.workbench.modeling.EModelService;

/**
 * Gives an e4 part contributed with {@code <e4view>} a tool bar that carries the part's id, so
 * that plugin.xml contributions to {@code toolbar:<part id>} fill it. (The workbench makes one
 * only for classic views.)
 */
final class PartToolBar {

	private PartToolBar() {
	}

	static void ensure(MPart part, EModelService models) {
		if (part.getToolbar() == null) {
			MToolBar toolBar = models.createModelElement(MToolBar.class);
			toolBar.setElementId(part.getElementId());
			part.setToolbar(toolBar);
		}
	}
}
