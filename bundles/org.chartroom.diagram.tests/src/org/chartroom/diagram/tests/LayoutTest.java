package org.chartroom.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.chartroom.diagram.Diagram;
import org.chartroom.diagram.ForeignKeyEdge;
import org.chartroom.diagram.TableNode;
import org.chartroom.diagram.build.DiagramBuilder;
import org.chartroom.diagram.layout.DiagramLayout;
import org.chartroom.diagram.layout.Neighbourhood;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ELK's layered layout of the MIMIC-III diagram: every box placed, none over another, every line routed. */
class LayoutTest {

	private Diagram diagram;

	@BeforeEach
	void layOut() throws Exception {
		diagram = DiagramBuilder.build("demo", Mimic3Schema.load());
		DiagramLayout.layout(diagram);
	}

	@Test
	void noBoxOverlapsAnother() {
		assertNoOverlap(diagram.getTables());
	}

	@Test
	void everyBoxIsPlacedInsideThePositiveQuadrant() {
		for (TableNode table : diagram.getTables()) {
			assertTrue(table.getX() >= 0 && table.getY() >= 0, table.getName() + " at " + table.getX() + "," + table.getY());
			assertTrue(table.getWidth() > 80 && table.getHeight() >= 24, table.getName() + " is " + table.getWidth() + "x" + table.getHeight());
		}
	}

	@Test
	void everyLineIsRoutedFromItsSourceBoxToItsTargetBox() {
		for (ForeignKeyEdge edge : diagram.getEdges()) {
			String name = edge.getSource().getName() + "->" + edge.getTarget().getName();
			assertTrue(edge.getBendPoints().size() >= 2, name + " has no route");
			assertTrue(touches(edge.getSource(), edge.getBendPoints().get(0).getX(), edge.getBendPoints().get(0).getY()),
					name + " does not start at its source box");
			var end = edge.getBendPoints().get(edge.getBendPoints().size() - 1);
			assertTrue(touches(edge.getTarget(), end.getX(), end.getY()), name + " does not end at its target box");
		}
	}

	@Test
	void eventsComeBeforeStaysAndStaysBeforePatients() {
		// Lines run left to right, from the table with the key to the table it refers to.
		double patients = node("PATIENTS").getX();
		assertTrue(node("ADMISSIONS").getX() < patients);
		assertTrue(node("ICUSTAYS").getX() < node("ADMISSIONS").getX());
		assertTrue(node("CHARTEVENTS").getX() < node("ICUSTAYS").getX());
	}

	@Test
	void aFocusShowsTheNeighboursOnlyAndLaysThemOutAnew() {
		Set<String> shown = Neighbourhood.focus(diagram, "CHARTEVENTS", 1).orElseThrow();
		assertEquals(Set.of("ADMISSIONS", "CAREGIVERS", "CHARTEVENTS", "D_ITEMS", "ICUSTAYS", "PATIENTS"), shown);
		List<TableNode> visible = diagram.getTables().stream().filter(TableNode::isVisible).toList();
		assertEquals(6, visible.size());
		assertNoOverlap(visible);
		long routed = diagram.getEdges().stream().filter(e -> !e.getBendPoints().isEmpty()).count();
		// CHARTEVENTS' 5 keys, ADMISSIONS->PATIENTS, ICUSTAYS->PATIENTS and ->ADMISSIONS.
		assertEquals(8, routed);

		Neighbourhood.showAll(diagram);
		assertEquals(26, diagram.getTables().stream().filter(TableNode::isVisible).count());
		assertNoOverlap(diagram.getTables());
	}

	@Test
	void anUnknownTableChangesNothing() {
		double x = node("PATIENTS").getX();
		assertTrue(Neighbourhood.focus(diagram, "NOPE", 1).isEmpty());
		assertFalse(diagram.getTables().stream().anyMatch(t -> !t.isVisible()));
		assertEquals(x, node("PATIENTS").getX());
	}

	static void assertNoOverlap(List<TableNode> tables) {
		for (int i = 0; i < tables.size(); i++) {
			for (int j = i + 1; j < tables.size(); j++) {
				TableNode a = tables.get(i);
				TableNode b = tables.get(j);
				boolean apart = a.getX() + a.getWidth() <= b.getX() || b.getX() + b.getWidth() <= a.getX()
						|| a.getY() + a.getHeight() <= b.getY() || b.getY() + b.getHeight() <= a.getY();
				assertTrue(apart, a.getName() + " overlaps " + b.getName());
			}
		}
	}

	private static boolean touches(TableNode box, double x, double y) {
		double slack = 2;
		return x >= box.getX() - slack && x <= box.getX() + box.getWidth() + slack && y >= box.getY() - slack
				&& y <= box.getY() + box.getHeight() + slack;
	}

	private TableNode node(String name) {
		return Neighbourhood.find(diagram, name).orElseThrow();
	}
}
