package org.chartroom.ui.patients.record;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chartroom.core.concepts.Concept;
import org.chartroom.core.patients.EventSeries;
import org.chartroom.core.patients.Timeline;
import org.chartroom.core.patients.TimelineEvent;
import org.chartroom.model.warehouse.ConceptSet;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws a timeline as one chart of stacked plots over a shared time axis: the vital signs (the model's
 * "vital" concept sets) as lines; the most frequent numeric labs, one small plot each; inputs and
 * medications as bars over their spans, one row per concept; procedures and microbiology as markers.
 * Hovering an item shows its name, value, unit and time. Nothing here knows a table name: events are
 * grouped by their table's domain.
 */
final class TimelineChart {

	static final int LAB_PLOTS = 3;
	static final int BAR_ROWS = 12;
	/** How wide a bar is drawn for an input or drug without an end time. */
	private static final long POINT_SPAN_MILLIS = 30 * 60 * 1000L;
	private static final DateTimeFormatter HOVER = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
	private static final Set<String> BAR_DOMAINS = Set.of("input", "prescription");
	private static final Set<String> MARKER_DOMAINS = Set.of("procedure", "microbiology");
	private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
	/** Distinct colours that read on white, for the lines of one plot. */
	private static final Color[] PALETTE = { new Color(0xd6, 0x27, 0x28), new Color(0x1f, 0x77, 0xb4), new Color(0x17, 0xbe, 0xcf),
			new Color(0x94, 0x67, 0xbd), new Color(0x2c, 0xa0, 0x2c), new Color(0xff, 0x7f, 0x0e), new Color(0x8c, 0x56, 0x4b),
			new Color(0x7f, 0x7f, 0x7f), new Color(0xe3, 0x77, 0xc2), new Color(0xbc, 0xbd, 0x22) };

	private TimelineChart() {
	}

	/** The chart, or empty when the timeline has no event with a time. */
	static Optional<JFreeChart> of(Timeline timeline, List<ConceptSet> vitals) {
		return of(timeline, vitals, List.of());
	}

	/**
	 * The chart with the concepts the user added, each below the labs: numeric values as a line on a plot
	 * of its own, text values as markers on a row of its own.
	 */
	static Optional<JFreeChart> of(Timeline timeline, List<ConceptSet> vitals, List<Concept> added) {
		DateAxis time = new DateAxis("Time");
		time.setTimeZone(ChartTime.ZONE);
		time.setTickLabelFont(SMALL);
		CombinedDomainXYPlot combined = new CombinedDomainXYPlot(time);
		combined.setGap(8);
		vitalSigns(timeline, vitals).ifPresent(plot -> combined.add(plot, 3));
		int vitalsShown = combined.getSubplots().isEmpty() ? 0 : ((XYPlot) combined.getSubplots().get(0)).getSeriesCount();
		for (XYPlot lab : labs(timeline, vitalsShown)) {
			combined.add(lab, 1);
		}
		for (Concept concept : added) {
			addedConcept(timeline, concept, combined.getSubplots().size()).ifPresent(plot -> combined.add(plot, 1));
		}
		bars(timeline).ifPresent(plot -> combined.add(plot, 2));
		markers(timeline).ifPresent(plot -> combined.add(plot, 1));
		if (combined.getSubplots().isEmpty()) {
			return Optional.empty();
		}
		combined.setDomainPannable(true);
		JFreeChart chart = new JFreeChart(null, SMALL, combined, true);
		chart.setBackgroundPaint(Color.WHITE);
		chart.getLegend().setItemFont(SMALL);
		timeline.stay().ifPresent(stay -> {
			if (stay.start().isPresent() && stay.end().isPresent()) {
				time.setRange(ChartTime.millis(stay.start().get()), ChartTime.millis(stay.end().get()));
			}
		});
		return Optional.of(chart);
	}

	private static Optional<XYPlot> vitalSigns(Timeline timeline, List<ConceptSet> vitals) {
		XYSeriesCollection data = new XYSeriesCollection();
		List<List<TimelineEvent>> items = new ArrayList<>();
		for (ConceptSet set : vitals) {
			List<TimelineEvent> events = timed(timeline.eventsIn(set)).stream().filter(e -> e.number().isPresent()).toList();
			if (!events.isEmpty()) {
				data.addSeries(line(set.getName() + events.get(0).unit().map(u -> " (" + u.strip() + ")").orElse(""), events));
				items.add(events);
			}
		}
		if (items.isEmpty()) {
			return Optional.empty();
		}
		XYPlot plot = plot(data, axis("Vital signs"), lines(items));
		return Optional.of(plot);
	}

	/** The numeric labs measured most often, one plot each, so that each keeps its own scale. */
	private static List<XYPlot> labs(Timeline timeline, int vitalsShown) {
		Map<String, List<TimelineEvent>> byConcept = timed(events(timeline, Set.of("lab"))).stream()
				.filter(e -> e.number().isPresent()).collect(Collectors.groupingBy(TimelineEvent::name, LinkedHashMap::new, Collectors.toList()));
		List<XYPlot> plots = new ArrayList<>();
		byConcept.entrySet().stream().sorted(Comparator.comparingInt((Map.Entry<String, List<TimelineEvent>> e) -> -e.getValue().size()))
				.limit(LAB_PLOTS).forEach(entry -> {
					List<TimelineEvent> events = entry.getValue();
					String unit = events.get(0).unit().map(String::strip).filter(u -> !u.isEmpty()).map(u -> " (" + u + ")").orElse("");
					XYSeriesCollection data = new XYSeriesCollection(line(entry.getKey() + unit, events));
					XYLineAndShapeRenderer renderer = lines(List.of(events));
					renderer.setSeriesPaint(0, PALETTE[(vitalsShown + plots.size()) % PALETTE.length]);
					plots.add(plot(data, valueAxis(shorten(entry.getKey()), events), renderer));
				});
		return plots;
	}

	/** An added concept's values for this timeline: a line when they are numbers, else markers; empty when it has none. */
	private static Optional<XYPlot> addedConcept(Timeline timeline, Concept concept, int plotsBefore) {
		List<TimelineEvent> events = timed(timeline.eventsOf(concept.dictionary(), concept.key()));
		List<TimelineEvent> numbers = events.stream().filter(e -> e.number().isPresent()).toList();
		String name = concept.label().strip();
		if (!numbers.isEmpty()) {
			String unit = numbers.get(0).unit().map(String::strip).filter(u -> !u.isEmpty()).map(u -> " (" + u + ")").orElse("");
			XYLineAndShapeRenderer renderer = lines(List.of(numbers));
			renderer.setSeriesPaint(0, PALETTE[plotsBefore % PALETTE.length]);
			return Optional.of(plot(new XYSeriesCollection(line(name + unit, numbers)), valueAxis(shorten(name), numbers), renderer));
		}
		if (events.isEmpty()) {
			return Optional.empty();
		}
		XYSeries series = new XYSeries(name, false, true);
		events.forEach(e -> series.add(ChartTime.millis(e.time().orElseThrow()), 0));
		XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
		renderer.setDefaultToolTipGenerator(hover(List.of(events)));
		renderer.setSeriesPaint(0, PALETTE[plotsBefore % PALETTE.length]);
		renderer.setDefaultSeriesVisibleInLegend(false);
		SymbolAxis axis = new SymbolAxis(null, new String[] { shorten(name) });
		axis.setTickLabelFont(SMALL);
		return Optional.of(plot(new XYSeriesCollection(series), axis, renderer));
	}

	/** Inputs and medications as bars from start to end, one row per concept (the most frequent first). */
	private static Optional<XYPlot> bars(Timeline timeline) {
		Map<String, List<TimelineEvent>> byConcept = timed(events(timeline, BAR_DOMAINS)).stream()
				.collect(Collectors.groupingBy(TimelineEvent::name, LinkedHashMap::new, Collectors.toList()));
		if (byConcept.isEmpty()) {
			return Optional.empty();
		}
		List<Map.Entry<String, List<TimelineEvent>>> rows = byConcept.entrySet().stream()
				.sorted(Comparator.comparingInt((Map.Entry<String, List<TimelineEvent>> e) -> -e.getValue().size())).limit(BAR_ROWS)
				.toList();
		XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
		List<List<TimelineEvent>> items = new ArrayList<>();
		String[] names = new String[rows.size()];
		for (int row = 0; row < rows.size(); row++) {
			names[row] = shorten(rows.get(row).getKey());
			XYIntervalSeries series = new XYIntervalSeries(rows.get(row).getKey(), false, true);
			for (TimelineEvent event : rows.get(row).getValue()) {
				double start = ChartTime.millis(event.time().orElseThrow());
				double end = event.end().map(ChartTime::millis).filter(e -> e > start).orElse(start + POINT_SPAN_MILLIS);
				series.add(start, start, end, row, row - 0.35, row + 0.35);
			}
			data.addSeries(series);
			items.add(rows.get(row).getValue());
		}
		XYBarRenderer renderer = new XYBarRenderer();
		renderer.setUseYInterval(true);
		renderer.setShadowVisible(false);
		renderer.setDrawBarOutline(false);
		renderer.setDefaultToolTipGenerator(hover(items));
		renderer.setDefaultSeriesVisibleInLegend(false);
		SymbolAxis axis = new SymbolAxis("Inputs & drugs", names);
		axis.setTickLabelFont(SMALL);
		axis.setLabelFont(SMALL);
		return Optional.of(plot(data, axis, renderer));
	}

	/** Procedures and microbiology as points on one row each, with a thin vertical line at each. */
	private static Optional<XYPlot> markers(Timeline timeline) {
		XYSeriesCollection data = new XYSeriesCollection();
		List<List<TimelineEvent>> items = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (String domain : MARKER_DOMAINS.stream().sorted().toList()) {
			List<TimelineEvent> events = timed(events(timeline, Set.of(domain)));
			if (events.isEmpty()) {
				continue;
			}
			XYSeries series = new XYSeries(domain, false, true);
			for (TimelineEvent event : events) {
				series.add(ChartTime.millis(event.time().orElseThrow()), names.size());
			}
			names.add(domain.substring(0, 1).toUpperCase() + domain.substring(1));
			data.addSeries(series);
			items.add(events);
		}
		if (items.isEmpty()) {
			return Optional.empty();
		}
		XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
		renderer.setDefaultToolTipGenerator(hover(items));
		renderer.setDefaultSeriesVisibleInLegend(false);
		SymbolAxis axis = new SymbolAxis("Markers", names.toArray(String[]::new));
		axis.setTickLabelFont(SMALL);
		axis.setLabelFont(SMALL);
		XYPlot plot = plot(data, axis, renderer);
		for (List<TimelineEvent> events : items) {
			for (TimelineEvent event : events) {
				ValueMarker marker = new ValueMarker(ChartTime.millis(event.time().orElseThrow()), new Color(150, 150, 150, 90),
						new BasicStroke(1f));
				plot.addDomainMarker(marker);
			}
		}
		return Optional.of(plot);
	}

	private static List<TimelineEvent> events(Timeline timeline, Set<String> domains) {
		return timeline.series().stream().filter(s -> domains.contains(s.domain())).map(EventSeries::events).flatMap(List::stream)
				.toList();
	}

	private static List<TimelineEvent> timed(List<TimelineEvent> events) {
		return events.stream().filter(e -> e.time().isPresent())
				.sorted(Comparator.comparing((TimelineEvent e) -> e.time().orElseThrow())).toList();
	}

	private static XYSeries line(String name, List<TimelineEvent> events) {
		XYSeries series = new XYSeries(name, false, true);
		for (TimelineEvent event : events) {
			series.add(ChartTime.millis(event.time().orElseThrow()), event.number().orElseThrow());
		}
		return series;
	}

	private static XYLineAndShapeRenderer lines(List<List<TimelineEvent>> items) {
		XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
		renderer.setDefaultToolTipGenerator(hover(items));
		for (int i = 0; i < items.size(); i++) {
			renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
			renderer.setSeriesShape(i, new java.awt.geom.Ellipse2D.Double(-2, -2, 4, 4));
			renderer.setSeriesStroke(i, new BasicStroke(1.2f));
		}
		return renderer;
	}

	/** The axis of one concept's values; a concept whose values are all the same gets room around them, not "2.7E0" thrice. */
	private static NumberAxis valueAxis(String label, List<TimelineEvent> events) {
		NumberAxis axis = axis(label);
		double min = events.stream().mapToDouble(e -> e.number().orElseThrow()).min().orElse(0);
		double max = events.stream().mapToDouble(e -> e.number().orElseThrow()).max().orElse(0);
		if (max - min < 1e-9) {
			double room = Math.max(Math.abs(min) * 0.1, 1);
			axis.setRange(min - room, max + room);
		}
		return axis;
	}

	private static NumberAxis axis(String label) {
		NumberAxis axis = new NumberAxis(label);
		axis.setAutoRangeIncludesZero(false);
		axis.setLabelFont(SMALL);
		axis.setTickLabelFont(SMALL);
		return axis;
	}

	private static XYPlot plot(org.jfree.data.xy.XYDataset data, org.jfree.chart.axis.ValueAxis axis,
			org.jfree.chart.renderer.xy.XYItemRenderer renderer) {
		XYPlot plot = new XYPlot(data, null, axis, renderer);
		plot.setBackgroundPaint(new Color(248, 248, 248));
		plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
		plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
		plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
		return plot;
	}

	/** "Heart Rate: 104 BPM at 2164-10-23 22:40"; bars also say until when. */
	private static XYToolTipGenerator hover(List<List<TimelineEvent>> items) {
		return (dataset, series, item) -> text(items.get(series).get(item));
	}

	static String text(TimelineEvent event) {
		StringBuilder text = new StringBuilder(event.name().strip());
		Function<String, String> unit = value -> event.unit().map(String::strip).filter(u -> !u.isEmpty()).map(u -> value + " " + u)
				.orElse(value);
		event.number().map(EventText::number).or(event::text).ifPresent(v -> text.append(": ").append(unit.apply(v.strip())));
		event.time().ifPresent(t -> text.append(" at ").append(format(t)));
		event.end().ifPresent(t -> text.append(" until ").append(format(t)));
		return text.toString();
	}

	private static String format(LocalDateTime time) {
		return HOVER.format(time);
	}

	private static String shorten(String name) {
		String stripped = name.strip();
		return stripped.length() > 28 ? stripped.substring(0, 27) + "…" : stripped;
	}
}
