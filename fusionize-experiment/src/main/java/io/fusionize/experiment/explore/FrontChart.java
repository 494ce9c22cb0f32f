package io.fusionize.experiment.explore;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import io.fusionize.experiment.report.ChartStyle;

/**
 * Plots every measured setup's median latency against its cost: all setups in grey, the Pareto
 * front as a connected line, and the best setup per objective labelled with its objectives and its
 * index in {@code oracle.json}.
 */
public final class FrontChart {

    /** The file's name in the output directory. */
    public static final String FILE = "front.png";

    private static final Color GREY = new Color(0xA0, 0xA0, 0xA0);
    private static final double LABEL_MARGIN = 0.12;
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

    private FrontChart() {
    }

    /**
     * @param oracle what an exploration found
     * @param title the chart's title
     * @param file where to write the PNG
     * @throws IOException when it cannot be written
     */
    public static void write(Oracle oracle, String title, Path file) throws IOException {
        Objects.requireNonNull(oracle, "oracle must not be null");
        ChartStyle.useHeadlessGraphics();
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(all(oracle));
        data.addSeries(front(oracle));
        XYPlot plot = new XYPlot(data, axis("p50 latency (ms)"), axis("US$ per 1,000 requests"), renderer());
        // the front's points are drawn over the grey ones
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        labels(oracle, data).forEach(plot::addAnnotation);
        plot.setNoDataMessage("no setup measured");
        ChartStyle.plain(plot);
        ChartStyle.writePng(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true), file);
    }

    private static NumberAxis axis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(false);
        // room for the labels of points at the edges
        axis.setLowerMargin(LABEL_MARGIN);
        axis.setUpperMargin(LABEL_MARGIN);
        return axis;
    }

    private static XYSeries all(Oracle oracle) {
        XYSeries series = new XYSeries("measured setups", false);
        oracle.setups().stream().filter(s -> Double.isFinite(s.p50Ms()))
                .forEach(s -> series.add(s.p50Ms(), s.costPer1kUsd()));
        return series;
    }

    private static XYSeries front(Oracle oracle) {
        XYSeries series = new XYSeries("Pareto front", false);
        oracle.front().stream().map(oracle.setups()::get).forEach(s -> series.add(s.p50Ms(), s.costPer1kUsd()));
        return series;
    }

    private static XYLineAndShapeRenderer renderer() {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        renderer.setSeriesLinesVisible(0, false);
        renderer.setSeriesPaint(0, GREY);
        renderer.setSeriesPaint(1, ChartStyle.color(0));
        renderer.setSeriesStroke(1, ChartStyle.THICK);
        return renderer;
    }

    private static List<XYPointerAnnotation> labels(Oracle oracle, XYSeriesCollection data) {
        Map<Integer, List<String>> objectives = new LinkedHashMap<>();
        add(objectives, oracle.best().balanced(), "balanced");
        add(objectives, oracle.best().latency(), "latency");
        add(objectives, oracle.best().cost(), "cost");
        List<XYPointerAnnotation> labels = new ArrayList<>();
        objectives.forEach((index, names) -> {
            MeasuredSetup setup = oracle.setups().get(index);
            labels.add(label("best " + String.join(", ", names) + " (#" + index + ")", setup, data));
        });
        return labels;
    }

    // The label points towards the middle of the chart, so that it stays inside.
    private static XYPointerAnnotation label(String text, MeasuredSetup setup, XYSeriesCollection data) {
        boolean right = setup.p50Ms() <= (data.getDomainLowerBound(false) + data.getDomainUpperBound(false)) / 2;
        boolean above = setup.costPer1kUsd() <= (data.getRangeLowerBound(false) + data.getRangeUpperBound(false)) / 2;
        XYPointerAnnotation label = new XYPointerAnnotation(text, setup.p50Ms(), setup.costPer1kUsd(),
                Math.atan2(above ? -1 : 1, right ? 1 : -1));
        label.setTextAnchor(above ? (right ? TextAnchor.BOTTOM_LEFT : TextAnchor.BOTTOM_RIGHT)
                : (right ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT));
        label.setFont(LABEL_FONT);
        return label;
    }

    private static void add(Map<Integer, List<String>> objectives, Integer index, String objective) {
        if (index != null) {
            objectives.computeIfAbsent(index, i -> new ArrayList<>()).add(objective);
        }
    }
}
