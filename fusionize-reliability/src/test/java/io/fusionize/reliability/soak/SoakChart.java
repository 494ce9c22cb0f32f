package io.fusionize.reliability.soak;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Plots the soak's samples: resident memory, open files, threads and instance processes over time. */
final class SoakChart {

    private static final Color PLATFORM = new Color(0x1F, 0x77, 0xB4);
    private static final Color LOOP = new Color(0xD6, 0x27, 0x28);
    private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);

    private SoakChart() {
    }

    /**
     * @param samples the samples in time order
     * @param title the chart's title
     * @param file where to write the PNG
     * @throws IOException when it cannot be written
     */
    static void write(List<SoakSample> samples, String title, Path file) throws IOException {
        // written on servers and in CI, where no display exists
        System.setProperty("java.awt.headless", "true");
        NumberAxis minutes = new NumberAxis("minutes of load");
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(minutes);
        plot.setGap(10);
        plot.add(panel(samples, "RSS (MB)", s -> s.platform().rssKb() / 1024.0, s -> s.loop().rssKb() / 1024.0), 1);
        plot.add(panel(samples, "open files", s -> s.platform().openFiles(), s -> s.loop().openFiles()), 1);
        plot.add(panel(samples, "threads", s -> s.platform().threads(), s -> s.loop().threads()), 1);
        plot.add(panel(samples, "instance processes", s -> s.platform().children(), null), 1);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        ChartUtils.saveChartAsPNG(file.toFile(), chart, 1000, 900);
    }

    private static XYPlot panel(List<SoakSample> samples, String label, ToDoubleFunction<SoakSample> platform,
            ToDoubleFunction<SoakSample> loop) {
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(series("platform " + label, samples, platform));
        if (loop != null) {
            data.addSeries(series("loop " + label, samples, loop));
        }
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(true);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, PLATFORM);
        renderer.setSeriesPaint(1, LOOP);
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        renderer.setSeriesStroke(1, new BasicStroke(2f));
        XYPlot panel = new XYPlot(data, null, axis, renderer);
        panel.setBackgroundPaint(Color.WHITE);
        panel.setDomainGridlinePaint(GRID);
        panel.setRangeGridlinePaint(GRID);
        return panel;
    }

    private static XYSeries series(String name, List<SoakSample> samples, ToDoubleFunction<SoakSample> value) {
        XYSeries series = new XYSeries(name);
        samples.forEach(s -> series.add(s.minute(), value.applyAsDouble(s)));
        return series;
    }
}
