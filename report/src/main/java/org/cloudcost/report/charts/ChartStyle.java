package org.cloudcost.report.charts;

import java.awt.Color;
import java.awt.Font;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler;

/**
 * The look every chart shares: 1200 × 700 pixels (readable on a laptop screen and in a
 * Markdown viewer at full width), large sans-serif type, a white background and a
 * colour-blind-safe palette.
 */
final class ChartStyle {
    /** Width of every PNG in pixels. */
    static final int WIDTH = 1200;
    /** Height of every PNG in pixels. */
    static final int HEIGHT = 700;

    /**
     * The Okabe–Ito palette (Okabe and Ito, "Color Universal Design", 2008): distinguishable
     * with every common colour-vision deficiency. Blue, orange, bluish green, reddish purple,
     * sky blue, vermillion, yellow.
     */
    static final Color[] PALETTE = {
            new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xCC79A7),
            new Color(0x56B4E9), new Color(0xD55E00), new Color(0xF0E442)};

    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 22);
    private static final Font AXIS_TITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
    private static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    private static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    private static final Font BAR_LABELS = new Font(Font.SANS_SERIF, Font.BOLD, 14);

    private ChartStyle() {
    }

    /** Applies the shared fonts, colours and grid to an axes chart's styler. */
    static void apply(AxesChartStyler s) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(false);
        s.setChartTitleFont(TITLE);
        s.setChartTitleBoxVisible(false);
        s.setAxisTitleFont(AXIS_TITLE);
        s.setAxisTickLabelsFont(TICKS);
        s.setLegendFont(LEGEND);
        s.setLegendBorderColor(Color.WHITE);
        s.setLegendPosition(Styler.LegendPosition.InsideNE);
        s.setPlotGridLinesColor(new Color(0xDDDDDD));
        s.setPlotGridVerticalLinesVisible(false);
        s.setSeriesColors(PALETTE);
        s.setChartPadding(16);
        s.setToolTipsEnabled(false);
        s.setAntiAlias(true);
    }

    /**
     * A bar chart of the shared size and look, without legend, each value printed in white just
     * inside the top of its bar (XChart 3.8 draws bar labels inside the bar only).
     */
    static CategoryChart barChart(String title, String xAxisTitle, String yAxisTitle) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle(xAxisTitle).yAxisTitle(yAxisTitle).build();
        CategoryStyler s = chart.getStyler();
        apply(s);
        s.setLegendVisible(false);
        s.setLabelsVisible(true);
        s.setLabelsFont(BAR_LABELS);
        s.setLabelsFontColorAutomaticEnabled(false);
        s.setLabelsFontColor(Color.WHITE);
        s.setLabelsPosition(1.0);
        s.setAvailableSpaceFill(0.6);
        return chart;
    }

    /** {@code text} cut to {@code max} characters with "..." so that long names do not overrun their neighbours. */
    static String shorten(String text, int max) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        if (oneLine.codePointCount(0, oneLine.length()) <= max) {
            return oneLine;
        }
        return oneLine.substring(0, oneLine.offsetByCodePoints(0, max - 3)) + "...";
    }

    /**
     * Makes AWT render without a display, unless the caller chose otherwise: charts are drawn
     * into images on servers and in CI. Must run before the first chart is built.
     */
    static void headless() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }
}
