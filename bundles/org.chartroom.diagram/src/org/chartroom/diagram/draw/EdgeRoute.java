package org.chartroom.diagram.draw;

import java.util.List;

import org.chartroom.diagram.ForeignKeyEdge;
import org.chartroom.diagram.Point;
import org.chartroom.diagram.TableNode;

/**
 * The points a foreign key's line passes through: the route of the automatic layout when it has
 * one, else a straight line between the borders of its two boxes (after a box was moved by hand).
 */
public final class EdgeRoute {

	private EdgeRoute() {
	}

	/** Whether the line is drawn: both of its boxes are shown. */
	public static boolean isShown(ForeignKeyEdge edge) {
		return edge.getSource().isVisible() && edge.getTarget().isVisible();
	}

	/** Flat x, y pairs, at least two points. */
	public static double[] points(ForeignKeyEdge edge) {
		List<Point> bends = edge.getBendPoints();
		if (bends.size() >= 2) {
			double[] xy = new double[bends.size() * 2];
			for (int i = 0; i < bends.size(); i++) {
				xy[2 * i] = bends.get(i).getX();
				xy[2 * i + 1] = bends.get(i).getY();
			}
			return xy;
		}
		TableNode from = edge.getSource();
		TableNode to = edge.getTarget();
		double[] start = border(from, centreX(to), centreY(to));
		double[] end = border(to, centreX(from), centreY(from));
		return new double[] { start[0], start[1], end[0], end[1] };
	}

	/** Where the line from the box's centre towards (x, y) leaves the box. */
	private static double[] border(TableNode box, double x, double y) {
		double cx = centreX(box);
		double cy = centreY(box);
		double dx = x - cx;
		double dy = y - cy;
		if (dx == 0 && dy == 0) {
			return new double[] { cx, cy };
		}
		double scale = Math.min(dx == 0 ? Double.MAX_VALUE : box.getWidth() / 2 / Math.abs(dx),
				dy == 0 ? Double.MAX_VALUE : box.getHeight() / 2 / Math.abs(dy));
		scale = Math.min(scale, 1);
		return new double[] { cx + dx * scale, cy + dy * scale };
	}

	private static double centreX(TableNode box) {
		return box.getX() + box.getWidth() / 2;
	}

	private static double centreY(TableNode box) {
		return box.getY() + box.getHeight() / 2;
	}
}
