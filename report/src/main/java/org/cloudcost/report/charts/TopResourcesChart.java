package org.cloudcost.report.charts;

import java.awt.Font;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cloudcost.core.rules.Strategy;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler;

/**
 * The resources with the largest monthly saving, ranked, one bar each with its total, coloured
 * by the strategy that saves the most on it (report.md's table has the split).
 */
final class TopResourcesChart {
    private static final int NAME_CHARS = 30;
    private static final int LABEL_ROTATION_DEGREES = 35;
    /** Smaller than the other charts' labels, with compact figures: fifteen bars are narrower. */
    private static final Font LABELS = new Font(Font.SANS_SERIF, Font.BOLD, 12);

    private TopResourcesChart() {
    }

    static CategoryChart build(List<TopResources.Entry> top, String currency) {
        CategoryChart chart = ChartStyle.barChart("Top " + top.size() + " resources by monthly saving (" + currency + ")",
                "Resource (rank and id; colour: the strategy that saves most on it)", "Saving per month (" + currency + ")");
        CategoryStyler s = chart.getStyler();
        s.setStacked(true); // one segment per bar: full-width bars, each in its strategy's colour
        s.setLegendVisible(true);
        s.setLegendPosition(Styler.LegendPosition.InsideNE);
        s.setXAxisLabelRotation(LABEL_ROTATION_DEGREES);
        s.setAvailableSpaceFill(0.75);
        s.setLabelsFont(LABELS);
        s.setyAxisTickLabelsFormattingFunction(MoneyFormat.compact(top.get(0).total().doubleValue()));
        List<String> names = new ArrayList<>();
        Set<Strategy> main = EnumSet.noneOf(Strategy.class);
        for (int i = 0; i < top.size(); i++) {
            names.add((i + 1) + ". " + ChartStyle.shorten(top.get(i).resourceId(), NAME_CHARS));
            main.add(mainStrategy(top.get(i)));
        }
        for (Strategy strategy : main) {
            List<Double> amounts = new ArrayList<>();
            for (TopResources.Entry e : top) {
                amounts.add(mainStrategy(e) == strategy ? e.total().doubleValue() : null);
            }
            chart.addSeries(strategy.id(), names, amounts)
                    .setFillColor(StrategyColors.of(strategy));
        }
        return chart;
    }

    /** The strategy with the largest share of the resource's saving (the first in strategy order on a tie). */
    static Strategy mainStrategy(TopResources.Entry e) {
        return e.byStrategy().entrySet().stream()
                .max(Comparator.comparing(Map.Entry<Strategy, BigDecimal>::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey();
    }
}
