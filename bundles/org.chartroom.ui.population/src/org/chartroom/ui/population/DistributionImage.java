package org.chartroom.ui.population;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.chartroom.population.Distribution;
import org.chartroom.population.Distribution.Bin;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A distribution drawn by JFreeChart into a PNG (in a job; SWT shows the bytes): histogram bins and
 * categories alike as bars in order, labelled by their bounds or values.
 */
final class DistributionImage {

	private static final Color BAR = new Color(0x3B, 0x6E, 0xA5);

	private DistributionImage() {
	}

	static byte[] png(Distribution distribution, int width, int height) throws IOException {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (Bin bin : distribution.bins()) {
			data.addValue(bin.count(), "count", bin.label());
		}
		boolean patients = distribution.kind() == Distribution.Kind.BARS;
		JFreeChart chart = ChartFactory.createBarChart(distribution.title(), null, patients ? "Patients" : "Entries", data,
				PlotOrientation.VERTICAL, false, false, false);
		chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
		chart.setBackgroundPaint(Color.WHITE);
		CategoryPlot plot = chart.getCategoryPlot();
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
		if (distribution.bins().size() > 8) {
			plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
		}
		plot.getDomainAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
		BarRenderer renderer = (BarRenderer) plot.getRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setItemMargin(0);
		renderer.setSeriesPaint(0, BAR);
		plot.getDomainAxis().setCategoryMargin(0.05);
		BufferedImage image = chart.createBufferedImage(width, height);
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(image, "png", png);
		return png.toByteArray();
	}
}
