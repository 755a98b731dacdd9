package org.chartroom.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;

import org.chartroom.diagram.Diagram;
import org.chartroom.diagram.TableNode;
import org.chartroom.diagram.build.DiagramBuilder;
import org.chartroom.diagram.draw.SvgExport;
import org.chartroom.diagram.layout.DiagramLayout;
import org.chartroom.diagram.layout.Neighbourhood;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The SVG export: well-formed, every shown table named, text escaped. */
class SvgExportTest {

	@Test
	void namesEveryTableInAWellFormedDocument() throws Exception {
		Diagram diagram = laidOut();
		String svg = svg(diagram);
		// Kept for people to look at (target/ is the build's output, not committed).
		Files.writeString(Path.of("target", "mimic3-demo.svg"), svg, StandardCharsets.UTF_8);
		Document document = parse(svg);
		assertEquals("svg", document.getDocumentElement().getTagName());
		for (TableNode table : diagram.getTables()) {
			assertTrue(svg.contains(">" + table.getName() + "</text>"), "no " + table.getName());
		}
		assertEquals(64, document.getElementsByTagName("polyline").getLength());
		assertTrue(svg.contains(">Dictionary</text>"), "the legend names the roles");
	}

	@Test
	void aFocusedDiagramShowsTheNeighboursOnly() throws Exception {
		Diagram diagram = laidOut();
		Neighbourhood.focus(diagram, "CHARTEVENTS", 1);
		String svg = svg(diagram);
		Files.writeString(Path.of("target", "mimic3-chartevents.svg"), svg, StandardCharsets.UTF_8);
		assertTrue(svg.contains(">D_ITEMS</text>"));
		assertFalse(svg.contains(">LABEVENTS</text>"));
		assertEquals(8, parse(svg).getElementsByTagName("polyline").getLength());
	}

	@Test
	void escapesTextThatLooksLikeMarkup() throws Exception {
		Diagram diagram = laidOut();
		diagram.setDatasetName("a<b & \"c\"");
		diagram.getTables().get(0).getColumns().get(0).setType("<script>&");
		diagram.getTables().get(0).setColumnDisplay(org.chartroom.diagram.ColumnDisplay.ALL);
		String svg = svg(diagram);
		assertTrue(svg.contains("Schema of a&lt;b &amp; &quot;c&quot;"), svg.substring(0, 400));
		assertTrue(svg.contains("&lt;script&gt;&amp;"));
		assertFalse(svg.contains("<script>"));
		parse(svg);
	}

	private static Diagram laidOut() throws Exception {
		Diagram diagram = DiagramBuilder.build("demo", Mimic3Schema.load());
		DiagramLayout.layout(diagram);
		return diagram;
	}

	private static String svg(Diagram diagram) throws Exception {
		StringWriter out = new StringWriter();
		SvgExport.write(diagram, out);
		return out.toString();
	}

	private static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}
}
