package org.chartroom.diagram.draw;

import org.chartroom.diagram.Diagram;
import org.chartroom.diagram.ForeignKeyEdge;
import org.chartroom.diagram.TableNode;

/** The rectangle around the shown boxes and lines: {minX, minY, maxX, maxY}, all zero when nothing is shown. */
public final class DiagramBounds {

	private DiagramBounds() {
	}

	public static double[] of(Diagram diagram) {
		double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
		boolean any = false;
		for (TableNode table : diagram.getTables()) {
			if (table.isVisible()) {
				any = true;
				minX = Math.min(minX, table.getX());
				minY = Math.min(minY, table.getY());
				maxX = Math.max(maxX, table.getX() + table.getWidth());
				maxY = Math.max(maxY, table.getY() + table.getHeight());
			}
		}
		for (ForeignKeyEdge edge : diagram.getEdges()) {
			if (EdgeRoute.isShown(edge)) {
				double[] xy = EdgeRoute.points(edge);
				for (int i = 0; i < xy.length; i += 2) {
					minX = Math.min(minX, xy[i]);
					maxX = Math.max(maxX, xy[i]);
					minY = Math.min(minY, xy[i + 1]);
					maxY = Math.max(maxY, xy[i + 1]);
				}
			}
		}
		return any ? new double[] { minX, minY, maxX, maxY } : new double[4];
	}
}
