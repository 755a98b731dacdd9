package org.chartroom.diagram.draw;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

import org.chartroom.diagram.ColumnEntry;
import org.chartroom.diagram.Diagram;
import org.chartroom.diagram.ForeignKeyEdge;
import org.chartroom.diagram.TableNode;
import org.chartroom.diagram.TableRole;

/**
 * Writes the shown part of a diagram as one SVG 1.1 document: lines first, then the boxes over them,
 * then a legend of the role colours. All text is escaped; nothing is fetched from elsewhere.
 */
public final class SvgExport {

	private static final double MARGIN = 20;
	private static final String LINE_COLOUR = "#7b8a8b";

	private final Writer out;

	private SvgExport(Writer out) {
		this.out = out;
	}

	public static void write(Diagram diagram, Writer out) throws IOException {
		new SvgExport(out).document(diagram);
		out.flush();
	}

	private void document(Diagram diagram) throws IOException {
		double[] bounds = DiagramBounds.of(diagram);
		double legendTop = bounds[3] + MARGIN;
		double width = Math.max(bounds[2], 560) + MARGIN;
		double height = legendTop + 30;
		out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		out.write("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" + n(width) + "\" height=\"" + n(height)
				+ "\" viewBox=\"0 0 " + n(width) + " " + n(height) + "\">\n");
		out.write("<title>" + escape("Schema of " + diagram.getDatasetName()) + "</title>\n");
		out.write("<style>text{font-family:'DejaVu Sans Mono',Menlo,Consolas,monospace;font-size:" + n(BoxMetrics.FONT_SIZE)
				+ "px}.h{font-weight:bold;fill:#ffffff}.t{fill:#7b7d7d}</style>\n");
		out.write("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\""
				+ " orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"" + LINE_COLOUR + "\"/></marker></defs>\n");
		out.write("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
		for (ForeignKeyEdge edge : diagram.getEdges()) {
			if (EdgeRoute.isShown(edge)) {
				line(edge);
			}
		}
		for (TableNode table : diagram.getTables()) {
			if (table.isVisible()) {
				box(table);
			}
		}
		legend(legendTop);
		out.write("</svg>\n");
	}

	private void line(ForeignKeyEdge edge) throws IOException {
		double[] xy = EdgeRoute.points(edge);
		StringBuilder points = new StringBuilder();
		for (int i = 0; i < xy.length; i += 2) {
			points.append(i == 0 ? "" : " ").append(n(xy[i])).append(',').append(n(xy[i + 1]));
		}
		out.write("<polyline points=\"" + points + "\" fill=\"none\" stroke=\"" + LINE_COLOUR
				+ "\" stroke-width=\"1.2\" marker-end=\"url(#arrow)\"><title>"
				+ escape(edge.getSource().getName() + "." + String.join(", ", edge.getSourceColumns()) + " → "
						+ edge.getTarget().getName() + "." + String.join(", ", edge.getTargetColumns()))
				+ "</title></polyline>\n");
	}

	private void box(TableNode table) throws IOException {
		double x = table.getX();
		double y = table.getY();
		TableRole role = table.getRole();
		out.write("<g>\n");
		out.write("<rect x=\"" + n(x) + "\" y=\"" + n(y) + "\" width=\"" + n(table.getWidth()) + "\" height=\"" + n(table.getHeight())
				+ "\" rx=\"3\" fill=\"" + RoleColours.body(role) + "\" stroke=\"" + RoleColours.header(role) + "\"/>\n");
		out.write("<rect x=\"" + n(x) + "\" y=\"" + n(y) + "\" width=\"" + n(table.getWidth()) + "\" height=\""
				+ n(BoxMetrics.HEADER_HEIGHT) + "\" rx=\"3\" fill=\"" + RoleColours.header(role) + "\"/>\n");
		out.write(text(x + BoxMetrics.PADDING, y + BoxMetrics.HEADER_HEIGHT - 7, "h", null, table.getName()));
		List<ColumnEntry> columns = ColumnSelection.listed(table);
		int nameChars = BoxMetrics.nameChars(columns);
		for (int i = 0; i < columns.size(); i++) {
			ColumnEntry column = columns.get(i);
			double baseline = y + BoxMetrics.baseline(i);
			String marker = BoxMetrics.marker(column);
			if (!marker.isEmpty()) {
				out.write(text(x + BoxMetrics.PADDING, baseline, null, RoleColours.header(column.getRole()), marker));
			}
			out.write(text(x + BoxMetrics.PADDING + BoxMetrics.MARKER * BoxMetrics.CHAR_WIDTH, baseline, null, null,
					column.getName()));
			out.write(text(x + BoxMetrics.PADDING + (BoxMetrics.MARKER + nameChars + BoxMetrics.GAP) * BoxMetrics.CHAR_WIDTH,
					baseline, "t", null, column.getType()));
		}
		out.write("</g>\n");
	}

	private void legend(double top) throws IOException {
		double x = MARGIN;
		for (TableRole role : List.of(TableRole.PATIENT, TableRole.STAY, TableRole.EVENT, TableRole.DICTIONARY)) {
			out.write("<rect x=\"" + n(x) + "\" y=\"" + n(top) + "\" width=\"14\" height=\"14\" fill=\"" + RoleColours.header(role)
					+ "\"/>\n");
			out.write(text(x + 20, top + 11, null, null, RoleColours.label(role)));
			x += 20 + (RoleColours.label(role).length() + 3) * BoxMetrics.CHAR_WIDTH;
		}
	}

	private static String text(double x, double y, String styleClass, String fill, String content) {
		return "<text x=\"" + n(x) + "\" y=\"" + n(y) + "\"" + (styleClass == null ? "" : " class=\"" + styleClass + "\"")
				+ (fill == null ? "" : " fill=\"" + fill + "\"") + ">" + escape(content) + "</text>\n";
	}

	/** A number without a locale's comma and without needless decimals. */
	private static String n(double value) {
		return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
	}

	/** Text and attribute values with XML's five special characters escaped. */
	public static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
			case '&' -> escaped.append("&amp;");
			case '<' -> escaped.append("&lt;");
			case '>' -> escaped.append("&gt;");
			case '"' -> escaped.append("&quot;");
			case '\'' -> escaped.append("&apos;");
			default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}
}
