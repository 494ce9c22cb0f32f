package io.fusionize.experiment.explore;

import java.awt.Color;
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
    private static final double LABEL_ANGLE = -Math.PI / 4;

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
        NumberAxis latency = new NumberAxis("p50 latency (ms)");
        latency.setAutoRangeIncludesZero(false);
        NumberAxis cost = new NumberAxis("US$ per 1,000 requests");
        cost.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, latency, cost, renderer());
        labels(oracle).forEach(plot::addAnnotation);
        plot.setNoDataMessage("no setup measured");
        ChartStyle.plain(plot);
        ChartStyle.writePng(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true), file);
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

    private static List<XYPointerAnnotation> labels(Oracle oracle) {
        Map<Integer, List<String>> objectives = new LinkedHashMap<>();
        add(objectives, oracle.best().balanced(), "balanced");
        add(objectives, oracle.best().latency(), "latency");
        add(objectives, oracle.best().cost(), "cost");
        List<XYPointerAnnotation> labels = new ArrayList<>();
        objectives.forEach((index, names) -> {
            MeasuredSetup setup = oracle.setups().get(index);
            XYPointerAnnotation label = new XYPointerAnnotation("best " + String.join(", ", names) + " (#" + index
                    + ")", setup.p50Ms(), setup.costPer1kUsd(), LABEL_ANGLE);
            label.setTextAnchor(TextAnchor.BOTTOM_LEFT);
            labels.add(label);
        });
        return labels;
    }

    private static void add(Map<Integer, List<String>> objectives, Integer index, String objective) {
        if (index != null) {
            objectives.computeIfAbsent(index, i -> new ArrayList<>()).add(objective);
        }
    }
}
