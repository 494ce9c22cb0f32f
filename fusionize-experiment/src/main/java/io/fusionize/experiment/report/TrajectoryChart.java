package io.fusionize.experiment.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.ToDoubleFunction;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Plots median latency and cost per optimizer round, in two panels over a shared round axis. */
public final class TrajectoryChart {

    private TrajectoryChart() {
    }

    /**
     * @param result a finished experiment
     * @param file where to write the PNG
     * @throws IOException when it cannot be written
     */
    public static void write(ExperimentResult result, Path file) throws IOException {
        ChartStyle.useHeadlessGraphics();
        NumberAxis rounds = new NumberAxis("optimizer round");
        rounds.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        rounds.setAutoRangeIncludesZero(false); // rounds count from 1
        rounds.setLowerMargin(0.05);
        rounds.setUpperMargin(0.05);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(rounds);
        plot.setGap(12);
        plot.add(panel(result, "p50 latency (ms)", OptimizerRound::latencyP50Ms, 0), 1);
        plot.add(panel(result, "US$ per 1,000 requests", OptimizerRound::costPer1kUsd, 1), 1);
        JFreeChart chart = new JFreeChart("Optimizer trajectory: " + result.app() + " ("
                + result.explorationEnd().describe(result.deploymentsToConverge()) + ")",
                JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartStyle.plain(plot);
        ChartStyle.writePng(chart, file);
    }

    private static XYPlot panel(ExperimentResult result, String label, ToDoubleFunction<OptimizerRound> measure,
            int color) {
        XYSeries series = new XYSeries(label);
        // A round measured twice is plotted with the measurement its decision used.
        result.trajectory().stream().filter(round -> !round.remeasured())
                .forEach(round -> series.add(round.round(), measure.applyAsDouble(round)));
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(true);
        XYPlot panel = new XYPlot(new XYSeriesCollection(series), null, axis, ChartStyle.lines(true));
        panel.getRenderer().setSeriesPaint(0, ChartStyle.color(color));
        panel.setNoDataMessage("no optimizer rounds");
        ChartStyle.plain(panel);
        return panel;
    }
}
