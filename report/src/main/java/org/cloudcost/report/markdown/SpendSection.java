package org.cloudcost.report.markdown;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.cloudcost.core.spend.SpendSummary;
import org.cloudcost.report.charts.ChartKind;
import org.cloudcost.report.internal.MoneyText;

/** Billed cost by FOCUS ServiceCategory with shares and the total, then its chart. */
final class SpendSection {
    private SpendSection() {
    }

    static void appendTo(MarkdownDoc doc, SpendSummary spend, ChartLinks charts) {
        doc.heading(2, "Spend by service category");
        MarkdownTable t = new MarkdownTable(List.of("ServiceCategory", "Billed (" + spend.currency() + ")", "Share"), 1, 2);
        for (Map.Entry<String, BigDecimal> e : spend.byServiceCategory().entrySet()) {
            t.row(e.getKey(), MoneyText.money(e.getValue()), MoneyText.share(e.getValue(), spend.totalBilledCost()));
        }
        t.totalRow("Total", MoneyText.money(spend.totalBilledCost()), spend.totalBilledCost().signum() == 0 ? "-" : "100.0%");
        doc.table(t);
        doc.paragraph(charts.block(ChartKind.SPEND_BY_CATEGORY));
    }
}
