package io.fusionize.reliability.soak;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Plots the soak's samples: resident memory, open files, threads and instance processes over time. */
public final class SoakChart {

    private static final Color PLATFORM = new Color(0x1F, 0x77, 0xB4);
    private static final Color LOOP = new Color(0xD6, 0x27, 0x28);
    private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    private static final Color SWITCH = new Color(0xBB, 0xBB, 0xBB);

    private SoakChart() {
    }

    /**
     * Plots a CSV the soak wrote, e.g. after changing the chart's look.
     *
     * @param args the CSV, the PNG to write, the chart's title
     * @throws IOException when a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        List<SoakSample> samples = Files.readAllLines(Path.of(args[0])).stream().skip(1)
                .map(SoakSample::parse).toList();
        write(samples, args[2], Path.of(args[1]));
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
        plot.setFixedLegendItems(legend());
        markSwitches(plot, samples);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.addSubtitle(new TextTitle("grey lines: a sample after which the loop had deployed another version"));
        chart.setBackgroundPaint(Color.WHITE);
        ChartUtils.saveChartAsPNG(file.toFile(), chart, 1000, 900);
    }

    /** One entry per process, where the panels would list one per series. */
    private static LegendItemCollection legend() {
        LegendItemCollection items = new LegendItemCollection();
        items.add(new LegendItem("platform process", PLATFORM));
        items.add(new LegendItem("loop process", LOOP));
        return items;
    }

    private static void markSwitches(CombinedDomainXYPlot plot, List<SoakSample> samples) {
        for (int i = 1; i < samples.size(); i++) {
            if (samples.get(i).versions() > samples.get(i - 1).versions()) {
                for (Object panel : plot.getSubplots()) {
                    ValueMarker marker = new ValueMarker(samples.get(i).minute(), SWITCH, new BasicStroke(1f));
                    ((XYPlot) panel).addDomainMarker(marker);
                }
            }
        }
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
