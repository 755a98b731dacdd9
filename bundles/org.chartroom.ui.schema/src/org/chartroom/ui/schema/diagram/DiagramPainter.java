package org.chartroom.ui.schema.diagram;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chartroom.diagram.ColumnEntry;
import org.chartroom.diagram.Diagram;
import org.chartroom.diagram.ForeignKeyEdge;
import org.chartroom.diagram.TableNode;
import org.chartroom.diagram.TableRole;
import org.chartroom.diagram.draw.BoxMetrics;
import org.chartroom.diagram.draw.ColumnSelection;
import org.chartroom.diagram.draw.EdgeRoute;
import org.chartroom.diagram.draw.RoleColours;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;

/**
 * Draws a diagram with SWT's GC in diagram units (the caller sets the zoom and pan as the GC's
 * transform), with the geometry and colours the SVG export uses.
 */
final class DiagramPainter {

	private static final String LINE = "#7b8a8b";
	private static final String TYPE = "#7b7d7d";

	private final Device device;
	private final Font font;
	private final Font bold;
	private final Map<String, Color> colours = new HashMap<>();

	DiagramPainter(Device device) {
		this.device = device;
		// 12 px at 96 dpi: the size BoxMetrics measures with.
		int points = (int) Math.round(BoxMetrics.FONT_SIZE * 72 / 96);
		this.font = new Font(device, "DejaVu Sans Mono", points, SWT.NORMAL);
		this.bold = new Font(device, "DejaVu Sans Mono", points, SWT.BOLD);
	}

	void paint(GC gc, Diagram diagram, Optional<TableNode> selected) {
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		gc.setLineWidth(1);
		gc.setForeground(colour(LINE));
		gc.setBackground(colour(LINE));
		for (ForeignKeyEdge edge : diagram.getEdges()) {
			if (EdgeRoute.isShown(edge)) {
				line(gc, EdgeRoute.points(edge));
			}
		}
		for (TableNode table : diagram.getTables()) {
			if (table.isVisible()) {
				box(gc, table, selected.filter(s -> s == table).isPresent());
			}
		}
	}

	private void line(GC gc, double[] xy) {
		int[] points = new int[xy.length];
		for (int i = 0; i < xy.length; i++) {
			points[i] = (int) Math.round(xy[i]);
		}
		gc.drawPolyline(points);
		// An arrow head at the table referred to.
		int n = xy.length;
		double dx = xy[n - 2] - xy[n - 4];
		double dy = xy[n - 1] - xy[n - 3];
		double length = Math.hypot(dx, dy);
		if (length > 0) {
			double ux = dx / length;
			double uy = dy / length;
			double tipX = xy[n - 2];
			double tipY = xy[n - 1];
			gc.fillPolygon(new int[] { (int) Math.round(tipX), (int) Math.round(tipY),
					(int) Math.round(tipX - 7 * ux + 3.5 * uy), (int) Math.round(tipY - 7 * uy - 3.5 * ux),
					(int) Math.round(tipX - 7 * ux - 3.5 * uy), (int) Math.round(tipY - 7 * uy + 3.5 * ux) });
		}
	}

	private void box(GC gc, TableNode table, boolean selected) {
		int x = (int) Math.round(table.getX());
		int y = (int) Math.round(table.getY());
		int width = (int) Math.round(table.getWidth());
		int height = (int) Math.round(table.getHeight());
		TableRole role = table.getRole();
		gc.setBackground(colour(RoleColours.body(role)));
		gc.fillRoundRectangle(x, y, width, height, 6, 6);
		gc.setBackground(colour(RoleColours.header(role)));
		gc.fillRoundRectangle(x, y, width, (int) BoxMetrics.HEADER_HEIGHT, 6, 6);
		gc.setForeground(colour(RoleColours.header(role)));
		gc.setLineWidth(selected ? 3 : 1);
		gc.drawRoundRectangle(x, y, width, height, 6, 6);
		gc.setLineWidth(1);

		gc.setFont(bold);
		gc.setForeground(device.getSystemColor(SWT.COLOR_WHITE));
		text(gc, table.getName(), x + BoxMetrics.PADDING, y + BoxMetrics.HEADER_HEIGHT - 7);
		gc.setFont(font);
		List<ColumnEntry> columns = ColumnSelection.listed(table);
		int nameChars = BoxMetrics.nameChars(columns);
		for (int i = 0; i < columns.size(); i++) {
			ColumnEntry column = columns.get(i);
			double baseline = y + BoxMetrics.baseline(i);
			String marker = BoxMetrics.marker(column);
			if (!marker.isEmpty()) {
				gc.setForeground(colour(RoleColours.header(column.getRole())));
				text(gc, marker, x + BoxMetrics.PADDING, baseline);
			}
			gc.setForeground(device.getSystemColor(SWT.COLOR_BLACK));
			text(gc, column.getName(), x + BoxMetrics.PADDING + BoxMetrics.MARKER * BoxMetrics.CHAR_WIDTH, baseline);
			gc.setForeground(colour(TYPE));
			text(gc, column.getType(),
					x + BoxMetrics.PADDING + (BoxMetrics.MARKER + nameChars + BoxMetrics.GAP) * BoxMetrics.CHAR_WIDTH, baseline);
		}
		gc.setForeground(colour(LINE));
		gc.setBackground(colour(LINE));
	}

	/** Draws text by its base line, as SVG places it. */
	private static void text(GC gc, String text, double x, double baseline) {
		int ascent = gc.getFontMetrics().getAscent();
		gc.drawString(text, (int) Math.round(x), (int) Math.round(baseline) - ascent, true);
	}

	Color colour(String hex) {
		return colours.computeIfAbsent(hex, h -> {
			int[] rgb = RoleColours.rgb(h);
			return new Color(device, rgb[0], rgb[1], rgb[2]);
		});
	}

	void dispose() {
		font.dispose();
		bold.dispose();
		colours.clear();
	}
}
