package org.cloudcost.report.markdown;

import java.util.List;

import org.cloudcost.core.AnalysisResult;
import org.cloudcost.core.rules.Finding;
import org.cloudcost.core.rules.Findings;
import org.cloudcost.core.rules.Strategy;
import org.cloudcost.report.charts.ChartKind;
import org.cloudcost.report.internal.MoneyText;

/** The largest findings, the top-resources chart, and the capacity risks (resources to watch, no saving). */
final class FindingsSection {
    /** Findings listed in the table; findings.csv and report.xlsx list them all. */
    static final int TOP_FINDINGS = 10;

    private FindingsSection() {
    }

    static void appendTo(MarkdownDoc doc, AnalysisResult result, ChartLinks charts) {
        doc.heading(2, "Largest findings");
        String currency = result.spend().currency();
        Findings saving = result.findings().where(f -> f.strategy().saves() && f.estimatedMonthlySavings().signum() > 0);
        if (saving.isEmpty()) {
            doc.paragraph("No finding saves money.");
        } else {
            doc.paragraph("The " + Math.min(TOP_FINDINGS, saving.size()) + " largest of " + saving.size()
                    + " findings with a saving (after de-duplication across rules); findings.csv and report.xlsx list "
                    + "every finding.");
            MarkdownTable t = new MarkdownTable(List.of("#", "Resource", "Rule", "Strategy",
                    "Saving per month (" + currency + ")", "Monthly cost (" + currency + ")", "Confidence", "Action",
                    "Evidence"), 0, 4, 5);
            int rank = 0;
            for (Finding f : saving.top(TOP_FINDINGS)) {
                t.row(String.valueOf(++rank), f.resourceId(), f.ruleId(), f.strategy().id(),
                        MoneyText.money(f.estimatedMonthlySavings()), MoneyText.money(f.monthlyCost()), f.confidence().name(),
                        f.action(), f.reason());
            }
            doc.table(t);
        }
        doc.paragraph(charts.block(ChartKind.TOP_RESOURCES));
        List<Finding> risks = result.findings().where(f -> f.strategy() == Strategy.CAPACITY_RISK).list();
        if (!risks.isEmpty()) {
            doc.heading(3, "Capacity risks (no saving: resources to watch or grow)");
            MarkdownTable t = new MarkdownTable(List.of("Resource", "Rule", "Action", "Evidence"));
            risks.forEach(f -> t.row(f.resourceId(), f.ruleId(), f.action(), f.reason()));
            doc.table(t);
        }
    }
}
