package org.cloudcost.report.markdown;

import java.util.List;

import org.cloudcost.core.AnalysisResult;
import org.cloudcost.core.forecast.CategoryForecast;
import org.cloudcost.core.rules.Strategy;
import org.cloudcost.core.savings.SavingsPlan;
import org.cloudcost.core.spend.Reconciliation;
import org.cloudcost.core.spend.SpendSummary;
import org.cloudcost.report.internal.MoneyText;

/** The headline figures of {@code summary.json} as a two-column table, then the reconciliation line. */
final class SummarySection {
    private SummarySection() {
    }

    static void appendTo(MarkdownDoc doc, AnalysisResult result) {
        SpendSummary spend = result.spend();
        SavingsPlan plan = result.plan();
        String c = " " + spend.currency();
        MarkdownTable t = new MarkdownTable(List.of("Figure", "Value"), 1);
        t.row("Billed cost in the period", MoneyText.money(spend.totalBilledCost()) + c);
        t.row("Monthly spend the savings are measured against"
                + (result.monthScale() == 1.0 ? "" : " (the period scaled to a month)"), MoneyText.money(plan.monthlySpend()) + c);
        t.row("Savings per month", MoneyText.money(plan.totalMonthlySavings()) + c);
        t.row("Savings as a share of the monthly spend", Figures.percent(plan.savingsPercent()));
        t.row("Savings per year", MoneyText.money(plan.annualSavings()) + c);
        t.row("Savings per month in EffectiveCost terms (after discounts)",
                MoneyText.money(plan.totalEffectiveMonthlySavings()) + c);
        if (plan.implementationCost().isPresent()) {
            t.row("Implementation cost", MoneyText.money(plan.implementationCost().get()) + c);
            t.row("ROI (annual saving / implementation cost)", Figures.multiple(plan.roiMultiple()));
            t.row("Payback (implementation cost / daily saving)", Figures.days(plan.paybackDays()));
        } else {
            t.row("Implementation cost, ROI and payback", "not computed: set effort per strategy in cloudcost.yaml");
        }
        result.forecast().total().ifPresent(f -> t.row("Forecast for " + f.month(), forecast(f, c)));
        long risks = plan.findings().stream().filter(f -> f.strategy() == Strategy.CAPACITY_RISK).count();
        t.row("Findings", plan.findingCount() + (risks == 0 ? "" : " (" + risks + " capacity risk" + (risks == 1 ? "" : "s")
                + ", no saving)"));
        doc.table(t);
        doc.paragraph(reconciliation(spend.reconciliation(), spend.currency()));
    }

    static String forecast(CategoryForecast f, String currencySuffix) {
        return MoneyText.money(f.expected()) + currencySuffix + " (95 % interval " + MoneyText.money(f.low()) + " to "
                + MoneyText.money(f.high()) + ", " + f.method() + " over " + f.daysUsed() + " days)";
    }

    /** "Reconciliation: source … = reported … + excluded …, difference …: reconciled." */
    static String reconciliation(Reconciliation r, String currency) {
        return "Reconciliation (" + MarkdownText.escape(currency) + "): source " + MoneyText.money(r.sourceBilledCost())
                + " = reported " + MoneyText.money(r.reportedBilledCost()) + " + excluded "
                + MoneyText.money(r.excludedBilledCost()) + ", difference " + MoneyText.money(r.difference()) + ": "
                + (r.reconciled() ? "**reconciled**." : "**MISMATCH**: the report does not add up to the bill.");
    }
}
