package org.cloudcost.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.cloudcost.core.AnalysisResult;
import org.cloudcost.core.forecast.CategoryForecast;
import org.cloudcost.core.rules.Finding;
import org.cloudcost.core.rules.Skip;
import org.cloudcost.core.rules.Strategy;
import org.cloudcost.core.savings.SavingsPlan;
import org.cloudcost.report.internal.MoneyText;

/**
 * The savings table {@code cloudcost analyze} prints after the spend: monthly saving per
 * strategy with its share of spend, the total, annual figure, implementation cost, ROI and
 * payback, the largest findings, next month's forecast, and what the rules could not judge.
 *
 * <pre>{@code
 * System.out.print(SavingsText.render(dataset.analyze()));
 * }</pre>
 */
public final class SavingsText {
    /** Findings listed under the table. */
    public static final int TOP_FINDINGS = 10;

    private SavingsText() {
    }

    /** Renders the result; every line ends with a newline. */
    public static String render(AnalysisResult result) {
        SavingsPlan plan = result.plan();
        String currency = result.spend().currency();
        StringBuilder out = new StringBuilder();
        out.append("\nSavings per month, ").append(currency).append(" (").append(result.findings().size())
                .append(" findings from ").append(result.rulesRun().size()).append(" rules)\n\n");
        TextColumns table = new TextColumns("Strategy", "Saving", "Of spend");
        for (Map.Entry<Strategy, BigDecimal> e : plan.byStrategy().entrySet()) {
            table.row(e.getKey().id(), MoneyText.money(e.getValue()), MoneyText.share(e.getValue(), plan.monthlySpend()));
        }
        table.rule();
        table.row("Total", MoneyText.money(plan.totalMonthlySavings()),
                MoneyText.share(plan.totalMonthlySavings(), plan.monthlySpend()));
        table.appendTo(out);
        out.append('\n');
        out.append("Annual saving ").append(MoneyText.money(plan.annualSavings())).append(' ').append(currency).append('\n');
        if (plan.implementationCost().isPresent()) {
            out.append("Implementation cost ").append(MoneyText.money(plan.implementationCost().get())).append(' ')
                    .append(currency).append(", ROI ")
                    .append(plan.roiMultiple().map(r -> r.setScale(1, RoundingMode.HALF_UP).toPlainString() + "x").orElse("-"))
                    .append(", payback ")
                    .append(plan.paybackDays().map(d -> d.setScale(1, RoundingMode.HALF_UP).toPlainString() + " days").orElse("-"))
                    .append('\n');
        } else {
            out.append("ROI: not computed (set `effort` per strategy in cloudcost.yaml, --config)\n");
        }
        topFindings(out, result);
        forecast(out, result);
        notEvaluated(out, result);
        for (String note : result.notes()) {
            out.append("Note: ").append(note).append('\n');
        }
        return out.toString();
    }

    private static void topFindings(StringBuilder out, AnalysisResult result) {
        List<Finding> top = result.findings().where(f -> f.estimatedMonthlySavings().signum() > 0).top(TOP_FINDINGS).list();
        if (!top.isEmpty()) {
            out.append('\n');
            TextColumns t = new TextColumns("Largest findings", "Rule", "Saving", "Confidence").left(1, 3);
            for (Finding f : top) {
                t.row(f.resourceId(), f.ruleId(), MoneyText.money(f.estimatedMonthlySavings()), f.confidence().name());
            }
            t.appendTo(out);
        }
        List<Finding> risks = result.findings().where(f -> f.strategy() == Strategy.CAPACITY_RISK).list();
        if (!risks.isEmpty()) {
            out.append('\n').append("Capacity risks (no saving: resources to watch or grow):\n");
            for (Finding f : risks) {
                out.append("  ").append(f.resourceId()).append(": ").append(f.reason()).append('\n');
            }
        }
    }

    private static void forecast(StringBuilder out, AnalysisResult result) {
        if (result.forecast().total().isEmpty()) {
            return;
        }
        CategoryForecast total = result.forecast().total().get();
        out.append('\n').append("Forecast ").append(total.month()).append(": ").append(MoneyText.money(total.expected()))
                .append(' ').append(result.spend().currency()).append(" (95 % interval ").append(MoneyText.money(total.low()))
                .append(" to ").append(MoneyText.money(total.high())).append(", ").append(total.method()).append(" over ")
                .append(total.daysUsed()).append(" days)\n");
    }

    private static void notEvaluated(StringBuilder out, AnalysisResult result) {
        Map<String, List<Skip>> skips = result.notEvaluated();
        if (skips.isEmpty()) {
            return;
        }
        out.append('\n').append("Not evaluated (missing data is not evidence):\n");
        skips.forEach((rule, list) -> {
            Skip first = list.get(0);
            out.append("  ").append(rule).append(": ");
            if (first.resourceId().equals(Skip.ALL)) {
                out.append("all resources: ");
            } else {
                out.append(list.size()).append(" resource").append(list.size() == 1 ? "" : "s").append(", e.g. ")
                        .append(first.resourceId()).append(": ");
            }
            out.append(first.reason()).append('\n');
        });
    }
}
