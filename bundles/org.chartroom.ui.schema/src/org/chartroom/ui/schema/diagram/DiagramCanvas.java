package org.chartroom.ui.schema.diagram;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.chartroom.diagram.Diagram;
import org.chartroom.diagram.ForeignKeyEdge;
import org.chartroom.diagram.TableNode;
import org.chartroom.diagram.TableRole;
import org.chartroom.diagram.draw.DiagramBounds;
import org.chartroom.diagram.draw.RoleColours;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * The diagram on screen: zoom (wheel, or the view's buttons), pan (drag the background), move a box
 * (drag it; its lines are then drawn straight), select (click), open (double-click). Changes are
 * reported through {@code changed} so the view saves them.
 */
final class DiagramCanvas {

	private static final double MIN_ZOOM = 0.1;
	private static final double MAX_ZOOM = 4;

	private final Canvas canvas;
	private final DiagramPainter painter;
	private final Runnable changed;
	private Consumer<TableNode> opened = table -> {
	};
	private Optional<Diagram> diagram = Optional.empty();
	private Optional<TableNode> selected = Optional.empty();
	private double zoom = 1;
	private double panX;
	private double panY;
	private Point dragStart;
	private boolean dragged;
	/** Until the user zooms or pans, the diagram fits the canvas whatever its size. */
	private boolean fitted = true;

	DiagramCanvas(Composite parent, Runnable changed) {
		this.canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		this.painter = new DiagramPainter(canvas.getDisplay());
		this.changed = changed;
		canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		canvas.addListener(SWT.Paint, this::paint);
		canvas.addListener(SWT.MouseDown, this::mouseDown);
		canvas.addListener(SWT.MouseMove, this::mouseMove);
		canvas.addListener(SWT.MouseUp, this::mouseUp);
		canvas.addListener(SWT.MouseDoubleClick, e -> boxAt(e.x, e.y).ifPresent(opened));
		canvas.addListener(SWT.MouseVerticalWheel, e -> zoomAt(e.count > 0 ? 1.15 : 1 / 1.15, e.x, e.y));
		canvas.addListener(SWT.Dispose, e -> painter.dispose());
		canvas.addListener(SWT.Resize, e -> {
			if (fitted) {
				fit();
			}
		});
	}

	Canvas control() {
		return canvas;
	}

	void onOpen(Consumer<TableNode> open) {
		this.opened = open;
	}

	void show(Diagram shown) {
		diagram = Optional.of(shown);
		selected = Optional.empty();
		fit();
	}

	Optional<Diagram> diagram() {
		return diagram;
	}

	Optional<TableNode> selected() {
		return selected;
	}

	void select(Optional<TableNode> table) {
		selected = table;
		canvas.redraw();
	}

	/** The shown box under a point of the canvas, the topmost first. */
	Optional<TableNode> boxAt(int x, int y) {
		double dx = (x - panX) / zoom;
		double dy = (y - panY) / zoom;
		List<TableNode> tables = diagram.map(Diagram::getTables).map(List::copyOf).orElse(List.of());
		for (int i = tables.size() - 1; i >= 0; i--) {
			TableNode t = tables.get(i);
			if (t.isVisible() && dx >= t.getX() && dx <= t.getX() + t.getWidth() && dy >= t.getY() && dy <= t.getY() + t.getHeight()) {
				return Optional.of(t);
			}
		}
		return Optional.empty();
	}

	/** Zooms so that every shown box fits the canvas (never above 100 %). */
	void fit() {
		Rectangle area = canvas.getClientArea();
		double[] bounds = diagram.map(DiagramBounds::of).orElse(new double[4]);
		double width = Math.max(1, bounds[2] - bounds[0]);
		double height = Math.max(1, bounds[3] - bounds[1]);
		zoom = area.width <= 0 ? 1 : clamp(Math.min(1, Math.min((area.width - 20) / width, (area.height - 40) / height)));
		panX = 10 - bounds[0] * zoom;
		panY = 10 - bounds[1] * zoom;
		fitted = true;
		canvas.redraw();
	}

	void zoomBy(double factor) {
		Rectangle area = canvas.getClientArea();
		zoomAt(factor, area.width / 2, area.height / 2);
	}

	double zoom() {
		return zoom;
	}

	private void zoomAt(double factor, int x, int y) {
		double next = clamp(zoom * factor);
		panX = x - (x - panX) * next / zoom;
		panY = y - (y - panY) * next / zoom;
		zoom = next;
		fitted = false;
		canvas.redraw();
	}

	private static double clamp(double value) {
		return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, value));
	}

	private void paint(Event e) {
		GC gc = e.gc;
		gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		gc.fillRectangle(canvas.getClientArea());
		diagram.ifPresent(d -> {
			Transform transform = new Transform(canvas.getDisplay());
			try {
				transform.translate((float) panX, (float) panY);
				transform.scale((float) zoom, (float) zoom);
				gc.setTransform(transform);
				painter.paint(gc, d, selected);
			} finally {
				gc.setTransform(null);
				transform.dispose();
			}
			legend(gc);
		});
	}

	/** The role colours, in screen units at the bottom left. */
	private void legend(GC gc) {
		Rectangle area = canvas.getClientArea();
		int x = 8;
		int y = area.height - 20;
		gc.setFont(canvas.getFont());
		for (TableRole role : List.of(TableRole.PATIENT, TableRole.STAY, TableRole.EVENT, TableRole.DICTIONARY)) {
			gc.setBackground(painter.colour(RoleColours.header(role)));
			gc.fillRectangle(x, y, 12, 12);
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			gc.drawString(RoleColours.label(role), x + 16, y - 2, true);
			x += 24 + gc.textExtent(RoleColours.label(role)).x;
		}
		gc.drawString(Math.round(zoom * 100) + " %", x + 12, y - 2, true);
	}

	private void mouseDown(Event e) {
		if (e.button != 1) {
			if (e.button == 3) {
				boxAt(e.x, e.y).ifPresent(t -> select(Optional.of(t)));
			}
			return;
		}
		selected = boxAt(e.x, e.y);
		dragStart = new Point(e.x, e.y);
		dragged = false;
		canvas.redraw();
	}

	private void mouseMove(Event e) {
		if (dragStart == null) {
			return;
		}
		int dx = e.x - dragStart.x;
		int dy = e.y - dragStart.y;
		if (!dragged && Math.abs(dx) + Math.abs(dy) < 3) {
			return;
		}
		dragged = true;
		dragStart = new Point(e.x, e.y);
		if (selected.isPresent()) {
			TableNode table = selected.get();
			table.setX(table.getX() + dx / zoom);
			table.setY(table.getY() + dy / zoom);
			straighten(table);
		} else {
			panX += dx;
			panY += dy;
			fitted = false;
		}
		canvas.redraw();
	}

	private void mouseUp(Event e) {
		boolean moved = dragged && selected.isPresent();
		dragStart = null;
		dragged = false;
		if (moved) {
			changed.run();
		}
	}

	/** A moved box's lines lose the routes the layout gave them: they are drawn straight. */
	static void straighten(TableNode table) {
		if (table.eContainer() instanceof Diagram d) {
			for (ForeignKeyEdge edge : d.getEdges()) {
				if (edge.getSource() == table || edge.getTarget() == table) {
					edge.getBendPoints().clear();
				}
			}
		}
	}

	void redraw() {
		canvas.redraw();
	}
}
