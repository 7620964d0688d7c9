package org.cloudcost.report.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

import org.cloudcost.core.forecast.CategoryForecast;
import org.cloudcost.core.spend.SpendSummary;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Billed cost per charge day, then next month's forecast drawn over that month's days as its
 * daily mean (the month's expected total ÷ its days) inside a shaded band from the low to the
 * high end of the 95 % interval, likewise per day. The legend carries the month's totals.
 */
final class DailySpendChart {
    private static final Color BAND = new Color(0xE69F00);
    private static final int BAND_ALPHA = 70;

    private DailySpendChart() {
    }

    static XYChart build(SpendSummary spend, Optional<CategoryForecast> forecast) {
        String currency = spend.currency();
        XYChart chart = new XYChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title("Daily spend" + forecast.map(f -> " and the forecast for " + f.month()).orElse("") + " (" + currency + ")")
                .xAxisTitle("Charge day (UTC)").yAxisTitle("Billed cost per day (" + currency + ")").build();
        XYStyler s = chart.getStyler();
        ChartStyle.apply(s);
        s.setLegendPosition(Styler.LegendPosition.InsideSW);
        s.setTimezone(TimeZone.getTimeZone(ZoneOffset.UTC));
        s.setLocale(Locale.ENGLISH);
        s.setDatePattern("MMM d");

        List<Date> days = new ArrayList<>();
        List<Double> amounts = new ArrayList<>();
        double largest = 0;
        double smallest = 0;
        for (Map.Entry<String, BigDecimal> e : spend.daily().entrySet()) {
            days.add(date(LocalDate.parse(e.getKey())));
            amounts.add(e.getValue().doubleValue());
            largest = Math.max(largest, e.getValue().doubleValue());
            smallest = Math.min(smallest, e.getValue().doubleValue());
        }
        XYSeries actual = chart.addSeries("Billed cost per day", days, amounts);
        actual.setLineColor(ChartStyle.PALETTE[0]);
        actual.setMarkerColor(ChartStyle.PALETTE[0]);
        actual.setMarker(SeriesMarkers.CIRCLE);
        if (forecast.isPresent()) {
            largest = Math.max(largest, addForecast(chart, forecast.get(), currency));
        }
        if (smallest >= 0) {
            s.setYAxisMin(0.0); // a cost axis starts at zero unless credits go below it
        }
        s.setyAxisTickLabelsFormattingFunction(MoneyFormat.forScale(Math.max(largest, -smallest)));
        return chart;
    }

    /** Adds the band and the mean line; returns the largest value drawn. */
    private static double addForecast(XYChart chart, CategoryForecast f, String currency) {
        int length = f.month().lengthOfMonth();
        double low = f.low().doubleValue() / length;
        double high = f.high().doubleValue() / length;
        double mean = f.expected().doubleValue() / length;
        List<Date> outline = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<Date> monthDays = new ArrayList<>();
        List<Double> means = new ArrayList<>();
        for (int d = 1; d <= length; d++) {
            monthDays.add(date(f.month().atDay(d)));
            means.add(mean);
        }
        outline.addAll(monthDays);
        monthDays.forEach(d -> values.add(high));
        for (int i = monthDays.size() - 1; i >= 0; i--) {
            outline.add(monthDays.get(i));
            values.add(low);
        }
        XYSeries band = chart.addSeries("95 % interval: " + MoneyFormat.whole(f.low()) + " to " + MoneyFormat.whole(f.high())
                + " " + currency + " for the month", outline, values);
        band.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
        Color fill = new Color(BAND.getRed(), BAND.getGreen(), BAND.getBlue(), BAND_ALPHA);
        band.setFillColor(fill);
        band.setLineColor(fill);
        band.setMarker(SeriesMarkers.NONE);
        XYSeries line = chart.addSeries("Forecast " + f.month() + ": " + MoneyFormat.whole(f.expected()) + " " + currency
                + " (" + f.method() + " over " + f.daysUsed() + " days), drawn as its daily mean", monthDays, means);
        line.setLineColor(BAND.darker());
        line.setLineStyle(new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 6f}, 0f));
        line.setMarker(SeriesMarkers.NONE);
        return high;
    }

    private static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
