package org.cloudcost.report.markdown;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.cloudcost.core.rules.Strategy;
import org.cloudcost.core.savings.SavingsPlan;
import org.cloudcost.report.charts.ChartKind;
import org.cloudcost.report.internal.MoneyText;

/** Monthly saving per strategy with its share of the month's spend and its implementation cost, then the chart. */
final class SavingsSection {
    private SavingsSection() {
    }

    static void appendTo(MarkdownDoc doc, SavingsPlan plan, String currency, ChartLinks charts) {
        doc.heading(2, "Savings by strategy");
        MarkdownTable t = new MarkdownTable(List.of("Strategy", "Saving per month (" + currency + ")", "Of monthly spend",
                "Implementation cost (" + currency + ")"), 1, 2, 3);
        for (Map.Entry<Strategy, BigDecimal> e : plan.byStrategy().entrySet()) {
            BigDecimal cost = plan.implementationCostByStrategy().get(e.getKey());
            t.row(e.getKey().id(), MoneyText.money(e.getValue()), MoneyText.share(e.getValue(), plan.monthlySpend()),
                    cost == null ? "-" : MoneyText.money(cost));
        }
        t.totalRow("Total", MoneyText.money(plan.totalMonthlySavings()),
                MoneyText.share(plan.totalMonthlySavings(), plan.monthlySpend()),
                plan.implementationCost().map(MoneyText::money).orElse("-"));
        doc.table(t);
        doc.paragraph("Per year: " + MoneyText.money(plan.annualSavings()) + " " + MarkdownText.escape(currency) + ".");
        doc.paragraph(charts.block(ChartKind.SAVINGS_BY_STRATEGY));
    }
}
