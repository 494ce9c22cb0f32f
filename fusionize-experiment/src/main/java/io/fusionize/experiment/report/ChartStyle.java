package io.fusionize.experiment.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

/** The look shared by all report charts, and writing them as PNG without a display. */
public final class ChartStyle {

    static final int WIDTH = 1000;
    static final int HEIGHT = 600;

    /** The stroke of a chart's main lines. */
    public static final BasicStroke THICK = new BasicStroke(2.5f);
    static final BasicStroke THIN_DASHED = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {6f, 4f}, 0f);

    /** How many colours the compared setups reserve at the head of the palette. */
    private static final int COMPARED_SETUPS = 3;
    private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    private static final Paint[] SERIES = {
        new Color(0x1F, 0x77, 0xB4), new Color(0xD6, 0x27, 0x28), new Color(0x2C, 0xA0, 0x2C),
        new Color(0xFF, 0x7F, 0x0E), new Color(0x94, 0x67, 0xBD), new Color(0x8C, 0x56, 0x4B),
        new Color(0xE3, 0x77, 0xC2), new Color(0x7F, 0x7F, 0x7F), new Color(0xBC, 0xBD, 0x22),
        new Color(0x17, 0xBE, 0xCF),
    };

    private ChartStyle() {
    }

    /** Selects headless graphics unless the caller chose otherwise; call before any chart is built. */
    public static void useHeadlessGraphics() {
        // Reports are written on servers and in CI, where no display exists.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** @param plot gets a white background with light grid lines */
    public static void plain(Plot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(Color.GRAY);
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
        }
    }

    /** Returns a line renderer with distinct colours and visible points. */
    static XYLineAndShapeRenderer lines(boolean shapes) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, shapes);
        renderer.setDrawSeriesLineAsPath(true); // dash patterns run along the whole curve, not per segment
        for (int i = 0; i < SERIES.length; i++) {
            renderer.setSeriesPaint(i, SERIES[i]);
            renderer.setSeriesStroke(i, THICK);
        }
        return renderer;
    }

    /**
     * @param index a series' position
     * @return the colour of the i-th series
     */
    public static Paint color(int index) {
        return SERIES[index % SERIES.length];
    }

    /**
     * Returns a setup's colour: the compared setups keep theirs in every chart (all-remote blue,
     * all-local red, optimized green), so that no optimizer round can take one of them.
     *
     * @param setupName the setup's name, e.g. {@code optimized} or {@code round-3}
     * @param roundIndex the position among the optimizer rounds, for any other name
     */
    static Paint colorOf(String setupName, int roundIndex) {
        return switch (setupName) {
            case SetupRun.ALL_REMOTE -> SERIES[0];
            case SetupRun.ALL_LOCAL -> SERIES[1];
            case SetupRun.OPTIMIZED -> SERIES[2];
            default -> SERIES[COMPARED_SETUPS + roundIndex % (SERIES.length - COMPARED_SETUPS)];
        };
    }

    /**
     * Writes a chart as a PNG of the standard size.
     *
     * @param chart the chart
     * @param file where to write it
     * @throws IOException when it cannot be written
     */
    public static void writePng(JFreeChart chart, Path file) throws IOException {
        // ImageIO's disk cache registers a shutdown hook, which fails when charts are written while Ctrl-C stops a command
        ImageIO.setUseCache(false);
        chart.setBackgroundPaint(Color.WHITE);
        ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
    }
}
