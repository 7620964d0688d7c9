package org.cloudcost.report.charts;

import java.awt.Color;
import java.awt.Font;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.style.HeatMapStyler;
import org.knowm.xchart.style.Styler;

/**
 * The {@link CpuHeatmap} as a grid: hours 00–23 across, Monday to Sunday down, each cell
 * coloured and labelled with its mean CPU %; cells without data stay blank.
 */
final class CpuHeatmapChart {
    /**
     * Light to dark blue (ColorBrewer "Blues", Brewer 2002): a single-hue sequential scale, so
     * quiet hours read as pale at a glance and black labels stay legible on every shade.
     */
    private static final Color[] SCALE = {new Color(0xF7FBFF), new Color(0xC6DBEF), new Color(0x6BAED6),
            new Color(0x3182BD)};

    private CpuHeatmapChart() {
    }

    static HeatMapChart build(CpuHeatmap map) {
        HeatMapChart chart = new HeatMapChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title("Fleet mean CPU by hour and weekday (%, " + map.resourceCount() + " resources, hours in "
                        + map.zone().getId() + ")")
                .xAxisTitle("Hour of day (" + map.zone().getId() + ")").yAxisTitle("Weekday").build();
        HeatMapStyler s = chart.getStyler();
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 22));
        s.setChartTitleBoxVisible(false);
        s.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        s.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        s.setLegendPosition(Styler.LegendPosition.OutsideE);
        s.setChartPadding(16);
        s.setRangeColors(SCALE);
        s.setShowValue(true);
        s.setValueFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        s.setValueFontColor(Color.BLACK);
        s.setHeatMapValueDecimalPattern("0");
        s.setDrawBorder(true);
        s.setToolTipsEnabled(false);

        List<String> hours = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            hours.add(String.format(Locale.ROOT, "%02d", h));
        }
        List<String> days = new ArrayList<>();
        List<Number[]> cells = new ArrayList<>();
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        DayOfWeek[] week = DayOfWeek.values();
        for (int row = 0; row < week.length; row++) {
            DayOfWeek day = week[week.length - 1 - row]; // the y axis grows upwards: Sunday at the bottom
            days.add(day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            for (int h = 0; h < 24; h++) {
                OptionalDouble mean = map.mean(day, h);
                if (mean.isPresent()) {
                    cells.add(new Number[] {h, row, mean.getAsDouble()});
                    min = Math.min(min, mean.getAsDouble());
                    max = Math.max(max, mean.getAsDouble());
                }
            }
        }
        chart.addSeries("Mean CPU %", hours, days, cells).setMin(Math.floor(min)).setMax(Math.ceil(Math.max(max, min + 1)));
        return chart;
    }
}
