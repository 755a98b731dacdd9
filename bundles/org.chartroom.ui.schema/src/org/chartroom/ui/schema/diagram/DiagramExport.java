package org.chartroom.ui.schema.diagram;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.chartroom.diagram.Diagram;
import org.chartroom.diagram.draw.DiagramBounds;
import org.chartroom.diagram.draw.SvgExport;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/** Writes the shown diagram to a file the user picks: PNG drawn by the canvas's painter, or SVG. */
final class DiagramExport {

	private static final int MARGIN = 20;

	private final Shell shell;

	DiagramExport(Shell shell) {
		this.shell = shell;
	}

	void export(Diagram diagram, boolean png) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setOverwrite(true);
		dialog.setFilterExtensions(new String[] { png ? "*.png" : "*.svg" });
		dialog.setFileName(diagram.getDatasetName() + (png ? ".png" : ".svg"));
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		Path file = Path.of(chosen);
		try {
			if (png) {
				writePng(shell.getDisplay(), diagram, file);
			} else {
				try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
					SvgExport.write(diagram, out);
				}
			}
		} catch (IOException | RuntimeException e) {
			MessageDialog.openError(shell, "Export", "Cannot write " + file + ": " + e.getMessage());
		}
	}

	/** Draws the shown boxes and lines at 100 % on a white image and saves it as PNG. */
	static void writePng(Display display, Diagram diagram, Path file) {
		ImageData data = render(display, diagram);
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { data };
		loader.save(file.toString(), SWT.IMAGE_PNG);
	}

	static ImageData render(Display display, Diagram diagram) {
		double[] bounds = DiagramBounds.of(diagram);
		int width = (int) Math.ceil(bounds[2] - bounds[0]) + 2 * MARGIN;
		int height = (int) Math.ceil(bounds[3] - bounds[1]) + 2 * MARGIN;
		Image image = new Image(display, width, height);
		DiagramPainter painter = new DiagramPainter(display);
		GC gc = new GC(image);
		Transform transform = new Transform(display);
		try {
			gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
			gc.fillRectangle(0, 0, width, height);
			transform.translate((float) (MARGIN - bounds[0]), (float) (MARGIN - bounds[1]));
			gc.setTransform(transform);
			painter.paint(gc, diagram, java.util.Optional.empty());
			return image.getImageData();
		} finally {
			transform.dispose();
			gc.dispose();
			painter.dispose();
			image.dispose();
		}
	}
}
