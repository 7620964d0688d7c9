package org.cloudcost.report.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cloudcost.core.rules.Strategy;
import org.cloudcost.core.savings.SavingsPlan;
import org.knowm.xchart.CategoryChart;
import org.cloudcost.report.internal.MoneyText;

/**
 * The monthly saving of every saving strategy (zero bars included), with its share of the
 * month's spend; each bar in its strategy's colour, as on the top-resources chart.
 */
final class SavingsByStrategyChart {
    private SavingsByStrategyChart() {
    }

    static CategoryChart build(SavingsPlan plan, String currency) {
        CategoryChart chart = ChartStyle.barChart(
                "Monthly savings by strategy: " + MoneyFormat.whole(plan.totalMonthlySavings()) + " " + currency + " ("
                        + MoneyText.share(plan.totalMonthlySavings(), plan.monthlySpend()) + " of spend)",
                "Strategy (share of the month's spend)", "Saving per month (" + currency + ")");
        chart.getStyler().setStacked(true); // one series per strategy, one bar per category: full-width coloured bars
        List<Strategy> strategies = new ArrayList<>(plan.byStrategy().keySet());
        List<String> names = new ArrayList<>();
        double largest = 0;
        for (Map.Entry<Strategy, BigDecimal> e : plan.byStrategy().entrySet()) {
            names.add(e.getKey().id() + " (" + MoneyText.share(e.getValue(), plan.monthlySpend()) + ")");
            largest = Math.max(largest, e.getValue().doubleValue());
        }
        chart.getStyler().setyAxisTickLabelsFormattingFunction(MoneyFormat.forScale(largest));
        for (Strategy strategy : strategies) {
            List<Double> amounts = new ArrayList<>();
            for (Strategy other : strategies) {
                amounts.add(other == strategy ? plan.byStrategy().get(strategy).doubleValue() : null);
            }
            chart.addSeries(strategy.id(), names, amounts).setFillColor(StrategyColors.of(strategy));
        }
        return chart;
    }
}
