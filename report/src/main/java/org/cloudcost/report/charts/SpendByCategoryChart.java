package org.cloudcost.report.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cloudcost.core.spend.SpendSummary;
import org.knowm.xchart.CategoryChart;
import org.cloudcost.report.internal.MoneyText;

/** Billed cost by FOCUS ServiceCategory, in the summary's order (largest first), each with its share. */
final class SpendByCategoryChart {
    private static final int NAME_CHARS = 28;
    /** Up to this many categories the names fit side by side at 1200 pixels; more are slanted. */
    private static final int UPRIGHT_NAMES = 6;
    private static final int SLANT_DEGREES = 35;

    private SpendByCategoryChart() {
    }

    static CategoryChart build(SpendSummary spend) {
        String currency = spend.currency();
        CategoryChart chart = ChartStyle.barChart(
                "Spend by service category, " + spend.billingPeriod() + ": " + MoneyFormat.whole(spend.totalBilledCost())
                        + " " + currency + " billed",
                "FOCUS ServiceCategory (share of billed cost)", "Billed cost (" + currency + ")");
        List<String> names = new ArrayList<>();
        List<Double> amounts = new ArrayList<>();
        double largest = 0;
        for (Map.Entry<String, BigDecimal> e : spend.byServiceCategory().entrySet()) {
            names.add(ChartStyle.shorten(e.getKey(), NAME_CHARS) + " (" + MoneyText.share(e.getValue(), spend.totalBilledCost())
                    + ")");
            amounts.add(e.getValue().doubleValue());
            largest = Math.max(largest, Math.abs(e.getValue().doubleValue()));
        }
        boolean narrow = names.size() > UPRIGHT_NAMES;
        chart.getStyler().setyAxisTickLabelsFormattingFunction(
                narrow ? MoneyFormat.compact(largest) : MoneyFormat.forScale(largest));
        if (narrow) {
            chart.getStyler().setXAxisLabelRotation(SLANT_DEGREES);
        }
        chart.addSeries("Billed cost", names, amounts);
        return chart;
    }
}
