package org.chartroom.ui.concepts;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;

import org.chartroom.core.concepts.NumericDistribution;
import org.chartroom.core.concepts.NumericDistribution.HistogramBin;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.xy.DefaultIntervalXYDataset;

/**
 * A histogram drawn by JFreeChart into an image, then handed to SWT as PNG bytes: no AWT window and no
 * SWT bridge are involved, so it works the same in the workbench and in a headless test.
 */
final class HistogramImage {

	private static final Color BAR = new Color(0x3B, 0x6E, 0xA5);

	private HistogramImage() {
	}

	/** The PNG of the distribution's histogram, {@code width} by {@code height} pixels. */
	static byte[] png(NumericDistribution numbers, int width, int height) throws IOException {
		List<HistogramBin> bins = numbers.bins();
		double[][] series = new double[6][bins.size()];
		for (int i = 0; i < bins.size(); i++) {
			HistogramBin bin = bins.get(i);
			series[0][i] = (bin.from() + bin.to()) / 2;
			series[1][i] = bin.from();
			series[2][i] = bin.to();
			series[3][i] = bin.count();
			series[4][i] = bin.count();
			series[5][i] = bin.count();
		}
		DefaultIntervalXYDataset dataset = new DefaultIntervalXYDataset();
		dataset.addSeries(numbers.column(), series);
		String axis = numbers.column() + (numbers.unit().isEmpty() ? "" : " (" + numbers.unit() + ")");
		JFreeChart chart = ChartFactory.createXYBarChart(null, axis, false, "Rows", dataset);
		chart.removeLegend();
		chart.setBackgroundPaint(Color.WHITE);
		XYPlot plot = chart.getXYPlot();
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
		XYBarRenderer renderer = (XYBarRenderer) plot.getRenderer();
		renderer.setBarPainter(new StandardXYBarPainter());
		renderer.setShadowVisible(false);
		renderer.setDrawBarOutline(true);
		renderer.setSeriesPaint(0, BAR);
		renderer.setSeriesOutlinePaint(0, Color.WHITE);
		BufferedImage image = chart.createBufferedImage(width, height);
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(image, "png", png);
		return png.toByteArray();
	}

	/** The PNG as an SWT image; the caller disposes it. */
	static Image image(Display display, byte[] png) {
		return new Image(display, new ByteArrayInputStream(png));
	}
}
