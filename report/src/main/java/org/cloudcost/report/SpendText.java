package org.cloudcost.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.cloudcost.core.spend.Reconciliation;
import org.cloudcost.core.spend.SpendSummary;
import org.cloudcost.report.internal.MoneyText;

/**
 * The short spend table {@code cloudcost analyze} prints: spend by ServiceCategory, the top
 * services, the top sub-accounts and the charge categories, each with its share of the total,
 * then the totals and the reconciliation line. Plain text with aligned columns and thousands
 * separators, no colours, so it reads the same in a terminal, a log file and a CI transcript.
 *
 * <pre>{@code
 * System.out.print(SpendText.render(dataset.spend()));
 * }</pre>
 */
public final class SpendText {
    /** Services listed before the rest are folded into one line. */
    public static final int TOP_SERVICES = 10;
    /** Sub-accounts listed before the rest are folded into one line. */
    public static final int TOP_ACCOUNTS = 5;

    private SpendText() {
    }

    /** Renders the summary; every line ends with a newline. */
    public static String render(SpendSummary spend) {
        StringBuilder out = new StringBuilder();
        String period = spend.billingPeriod().isEmpty() ? "(no billing lines)" : spend.billingPeriod();
        out.append("Billed spend ").append(period).append(", ").append(spend.currency()).append('\n');
        BigDecimal total = spend.totalBilledCost();
        section(out, "ServiceCategory", spend.byServiceCategory(), Integer.MAX_VALUE, "categories", total, true);
        section(out, "Top services", spend.byService(), TOP_SERVICES, "services", total, false);
        section(out, "Top sub-accounts", spend.bySubAccount(), TOP_ACCOUNTS, "sub-accounts", total, false);
        section(out, "ChargeCategory", spend.byChargeCategory(), Integer.MAX_VALUE, "categories", total, false);
        out.append('\n');
        out.append("Total billed ").append(MoneyText.money(total)).append(' ').append(spend.currency())
                .append(" (effective ").append(MoneyText.money(spend.totalEffectiveCost()))
                .append(", list ").append(MoneyText.money(spend.totalListCost())).append(")\n");
        if (!spend.exchangeRates().isEmpty()) {
            out.append("Exchange rates: ").append(spend.exchangeRates().entrySet().stream()
                    .map(e -> "1 " + e.getKey() + " = " + e.getValue().toPlainString() + " " + spend.currency())
                    .collect(Collectors.joining(", "))).append('\n');
        }
        out.append(reconciliationLine(spend.reconciliation())).append('\n');
        return out.toString();
    }

    /**
     * One line, e.g. {@code Reconciliation: source 1,234.56 = reported 1,234.56 + excluded 0.00,
     * difference 0.00 (reconciled)}.
     */
    public static String reconciliationLine(Reconciliation r) {
        return "Reconciliation: source " + MoneyText.money(r.sourceBilledCost())
                + " = reported " + MoneyText.money(r.reportedBilledCost())
                + " + excluded " + MoneyText.money(r.excludedBilledCost())
                + ", difference " + MoneyText.money(r.difference())
                + (r.reconciled() ? " (reconciled)" : " (MISMATCH: the report does not add up to the bill)");
    }

    private static void section(StringBuilder out, String title, Map<String, BigDecimal> amounts, int limit,
                                String noun, BigDecimal total, boolean withTotal) {
        if (amounts.isEmpty()) {
            return;
        }
        List<String[]> rows = new ArrayList<>();
        Iterator<Map.Entry<String, BigDecimal>> it = amounts.entrySet().iterator();
        for (int i = 0; i < limit && it.hasNext(); i++) {
            Map.Entry<String, BigDecimal> e = it.next();
            rows.add(row(e.getKey().isEmpty() ? "(blank)" : e.getKey(), e.getValue(), total));
        }
        int rest = 0;
        BigDecimal restAmount = BigDecimal.ZERO;
        while (it.hasNext()) {
            rest++;
            restAmount = restAmount.add(it.next().getValue());
        }
        if (rest > 0) {
            rows.add(row(rest + " other " + noun, restAmount, total));
        }
        out.append('\n');
        TextColumns table = new TextColumns(title, "BilledCost", "Share");
        rows.forEach(table::row);
        if (withTotal) {
            table.rule();
            table.row(row("Total", total, total));
        }
        table.appendTo(out);
    }

    private static String[] row(String label, BigDecimal amount, BigDecimal total) {
        return new String[] {label, MoneyText.money(amount), MoneyText.share(amount, total)};
    }
}
