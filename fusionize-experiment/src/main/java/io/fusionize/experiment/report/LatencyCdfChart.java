package io.fusionize.experiment.report;

import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Plots each setup's latency distribution as a cumulative curve over a logarithmic latency axis. */
public final class LatencyCdfChart {

    private LatencyCdfChart() {
    }

    /**
     * @param result a finished experiment
     * @param file where to write the PNG
     * @throws IOException when it cannot be written
     */
    public static void write(ExperimentResult result, Path file) throws IOException {
        ChartStyle.useHeadlessGraphics();
        XYSeriesCollection curves = new XYSeriesCollection();
        for (SetupRun run : result.runs()) {
            Histogram latency = run.load().latency();
            if (latency.getTotalCount() > 0) {
                curves.addSeries(curve(run.name(), latency));
            }
        }
        JFreeChart chart = ChartFactory.createXYLineChart("Latency CDF: " + result.app() + ", " + result.workload(),
                "latency (ms, log scale)", "share of requests", curves, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setDomainAxis(logAxis());
        ((NumberAxis) plot.getRangeAxis()).setRange(0, 1.02);
        plot.setRenderer(renderer(curves));
        plot.setNoDataMessage("no successful requests");
        ChartStyle.plain(plot);
        ChartStyle.writePng(chart, file);
    }

    private static XYLineAndShapeRenderer renderer(XYSeriesCollection curves) {
        XYLineAndShapeRenderer renderer = ChartStyle.lines(false);
        int rounds = 0;
        for (int i = 0; i < curves.getSeriesCount(); i++) {
            // Optimizer rounds are context; the named setups are what the reader compares.
            String name = curves.getSeriesKey(i).toString();
            boolean round = name.startsWith("round-");
            renderer.setSeriesPaint(i, ChartStyle.colorOf(name, round ? rounds++ : 0));
            renderer.setSeriesStroke(i, round ? ChartStyle.THIN_DASHED : ChartStyle.THICK);
        }
        return renderer;
    }

    private static XYSeries curve(String name, Histogram latencyMicros) {
        XYSeries series = new XYSeries(name, true, false);
        long total = latencyMicros.getTotalCount();
        for (HistogramIterationValue value : latencyMicros.recordedValues()) {
            double millis = latencyMicros.highestEquivalentValue(value.getValueIteratedTo()) / 1_000.0;
            series.add(millis, value.getTotalCountToThisValue() / (double) total);
        }
        return series;
    }

    private static LogAxis logAxis() {
        LogAxis axis = new LogAxis("latency (ms, log scale)");
        axis.setBase(10);
        axis.setSmallestValue(0.001);
        // Ticks at powers of ten, with minor ticks between them.
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setMinorTickCount(9);
        axis.setMinorTickMarksVisible(true);
        // Plain numbers read faster than powers of ten.
        axis.setNumberFormatOverride(new DecimalFormat("#,##0.###"));
        return axis;
    }
}
