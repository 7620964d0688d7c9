package org.cloudcost.report.xlsx.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.cloudcost.core.CostDataset;
import org.cloudcost.core.config.TagColumns;
import org.cloudcost.core.frame.BillingFrame;
import org.cloudcost.core.spend.SpendSummary;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * BilledCost by environment, which the spend summary does not break down: the billing frame's
 * tag column fed by the configuration's environment tag keys (the first key that has a column
 * wins), values lower-cased as the rules read them, {@value #UNTAGGED} for rows without one.
 * Amounts are converted into the summary currency with the rates the summary used, so the
 * environments add up to the summary's total.
 */
public final class SpendByEnvironment {
    /** The key of rows without an environment tag. */
    public static final String UNTAGGED = "(untagged)";

    private SpendByEnvironment() {
    }

    /** The tag column carrying the environment, if the frame has one. */
    public static Optional<String> column(CostDataset dataset) {
        TagColumns tags = dataset.config().tagColumns();
        List<String> frameTags = dataset.billing().tagColumns();
        for (String key : dataset.config().environmentTagKeys()) {
            int i = tags.columnOf(key);
            if (i >= 0 && frameTags.contains(tags.columns().get(i))) {
                return Optional.of(tags.columns().get(i));
            }
        }
        return Optional.empty();
    }

    /** BilledCost by environment, largest first; empty when the frame has no environment column. */
    public static Map<String, BigDecimal> of(CostDataset dataset, SpendSummary spend) {
        Optional<String> column = column(dataset);
        if (column.isEmpty()) {
            return Map.of();
        }
        Table t = dataset.billing().table(column.get(), BillingFrame.BILLING_CURRENCY, BillingFrame.BILLED_COST);
        StringColumn env = t.stringColumn(column.get());
        StringColumn currency = t.stringColumn(BillingFrame.BILLING_CURRENCY);
        DoubleColumn billed = t.doubleColumn(BillingFrame.BILLED_COST);
        Map<String, BigDecimal> sums = new HashMap<>();
        for (int r = 0; r < t.rowCount(); r++) {
            String e = env.get(r).strip().toLowerCase(Locale.ROOT);
            BigDecimal amount = BigDecimal.valueOf(billed.getDouble(r));
            String c = currency.get(r);
            if (!c.equals(spend.currency())) {
                // the summary was built with a rate for every other currency, or it would have failed
                amount = amount.multiply(spend.exchangeRates().getOrDefault(c, BigDecimal.ONE));
            }
            sums.merge(e.isEmpty() ? UNTAGGED : e, amount, BigDecimal::add);
        }
        List<Map.Entry<String, BigDecimal>> entries = new ArrayList<>(sums.entrySet());
        entries.sort(Map.Entry.<String, BigDecimal>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        entries.forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
