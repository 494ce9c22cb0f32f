package io.fusionize.experiment.report;

import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** Plots each setup's cost per 1,000 requests as a bar. */
public final class CostChart {

    private static final String SERIES = "cost per 1,000 requests";

    private CostChart() {
    }

    /**
     * @param result a finished experiment
     * @param file where to write the PNG
     * @throws IOException when it cannot be written
     */
    public static void write(ExperimentResult result, Path file) throws IOException {
        ChartStyle.useHeadlessGraphics();
        DefaultCategoryDataset costs = new DefaultCategoryDataset();
        result.runs().forEach(run -> costs.addValue(run.costPer1kUsd(), SERIES, run.name()));
        JFreeChart chart = ChartFactory.createBarChart("Cost per 1,000 requests: " + result.app(), "setup",
                "US$ per 1,000 requests", costs, PlotOrientation.VERTICAL, false, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setRenderer(bars());
        plot.getDomainAxis().setCategoryLabelPositions(
                result.runs().size() > 6 ? CategoryLabelPositions.UP_45 : CategoryLabelPositions.STANDARD);
        plot.setRangeGridlinePaint(java.awt.Color.LIGHT_GRAY);
        plot.setNoDataMessage("no setups measured");
        ChartStyle.plain(plot);
        ChartStyle.writePng(chart, file);
    }

    private static BarRenderer bars() {
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, ChartStyle.color(0));
        renderer.setMaximumBarWidth(0.12);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("#,##0.0###")));
        renderer.setDefaultItemLabelsVisible(true);
        return renderer;
    }
}
