package org.cloudcost.core.internal.spend;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.cloudcost.core.ReadReport;
import org.cloudcost.core.config.CloudcostConfig;
import org.cloudcost.core.frame.BillingFrame;
import org.cloudcost.core.internal.billing.SumDecimal;
import org.cloudcost.core.internal.billing.CompensatedSum;
import org.cloudcost.core.internal.frame.FrameAccess;
import org.cloudcost.core.spend.Reconciliation;
import org.cloudcost.core.spend.SpendSummary;

import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Rolls a billing frame up into a {@link SpendSummary} in one currency, converting with the
 * configured exchange rates, and reconciles it with the read report's exact source totals.
 */
public final class SpendCalculator {
    /** Spend is reported under FOCUS names; anything else a source wrote counts as Other. */
    private static final java.util.Set<String> FOCUS_CATEGORIES = java.util.Set.copyOf(BillingFrame.SERVICE_CATEGORIES);

    private SpendCalculator() {
    }

    /**
     * Summarizes {@code billing}.
     *
     * @throws org.cloudcost.core.CloudcostException when currencies mix without exchange rates
     */
    public static SpendSummary summarize(BillingFrame billing, ReadReport report, CloudcostConfig config) {
        Table t = FrameAccess.readOnly(billing);
        TreeSet<String> currencies = new TreeSet<>(t.stringColumn(BillingFrame.BILLING_CURRENCY).asSet());
        currencies.addAll(report.sourceBilledCost().keySet());
        CurrencyConversion fx = CurrencyConversion.of(currencies, config);

        StringColumn currency = t.stringColumn(BillingFrame.BILLING_CURRENCY);
        StringColumn category = t.stringColumn(BillingFrame.SERVICE_CATEGORY);
        StringColumn service = t.stringColumn(BillingFrame.SERVICE_NAME);
        StringColumn subAccount = t.stringColumn(BillingFrame.SUB_ACCOUNT_ID);
        StringColumn account = t.stringColumn(BillingFrame.BILLING_ACCOUNT_ID);
        StringColumn chargeCategory = t.stringColumn(BillingFrame.CHARGE_CATEGORY);
        DateColumn day = t.dateColumn(BillingFrame.CHARGE_PERIOD_START);
        DateColumn period = t.dateColumn(BillingFrame.BILLING_PERIOD_START);
        DoubleColumn billed = t.doubleColumn(BillingFrame.BILLED_COST);
        DoubleColumn effective = t.doubleColumn(BillingFrame.EFFECTIVE_COST);
        DoubleColumn list = t.doubleColumn(BillingFrame.LIST_COST);

        Sums byCategory = new Sums();
        Sums byService = new Sums();
        Sums bySub = new Sums();
        Sums byCharge = new Sums();
        Sums daily = new Sums();
        double[] totals = new double[6];
        TreeSet<String> periods = new TreeSet<>();
        // a reader's frame is sorted by charge day, then billing period: a day's and a period's text is made once per run
        int lastDay = Integer.MIN_VALUE;
        String dayText = null;
        int lastPeriod = Integer.MIN_VALUE;
        for (int r = 0; r < t.rowCount(); r++) {
            double rate = fx.rate(currency.get(r));
            double b = billed.getDouble(r) * rate;
            CompensatedSum.add(totals, 0, b);
            CompensatedSum.add(totals, 2, effective.getDouble(r) * rate);
            CompensatedSum.add(totals, 4, list.getDouble(r) * rate);
            byCategory.add(FOCUS_CATEGORIES.contains(category.get(r)) ? category.get(r) : "Other", b);
            byService.add(service.get(r).isEmpty() ? "(unnamed service)" : service.get(r), b);
            String sub = subAccount.get(r).isEmpty() ? account.get(r) : subAccount.get(r);
            bySub.add(sub.isEmpty() ? "(no account)" : sub, b);
            byCharge.add(chargeCategory.get(r), b);
            int packedDay = day.getIntInternal(r);
            if (packedDay != lastDay) {
                lastDay = packedDay;
                dayText = day.get(r).toString();
            }
            daily.add(dayText, b);
            int packedPeriod = period.getIntInternal(r);
            if (packedPeriod != lastPeriod) {
                lastPeriod = packedPeriod;
                periods.add(period.get(r).toString().substring(0, 7));
            }
        }
        BigDecimal reported = SumDecimal.of(CompensatedSum.value(totals, 0));
        Reconciliation reconciliation = Reconciliation.of(fx.convert(report.sourceBilledCost()), reported,
                fx.convert(report.excludedBilledCost()));
        return new SpendSummary(fx.target(), new ArrayList<>(periods), reported,
                SumDecimal.of(CompensatedSum.value(totals, 2)), SumDecimal.of(CompensatedSum.value(totals, 4)),
                byCategory.largestFirst(), byService.largestFirst(), bySub.largestFirst(), byCharge.largestFirst(),
                daily.byKey(), fx.ratesUsed(), reconciliation);
    }

    /**
     * Compensated sums by key. The key of the row before is kept by identity: the frame's rows
     * come sorted, so runs of one service or account are summed without a lookup each.
     */
    private static final class Sums {
        private final Map<String, double[]> sums = new HashMap<>();
        private String lastKey;
        private double[] lastSum;

        void add(String key, double amount) {
            if (key != lastKey) {
                lastKey = key;
                lastSum = sums.computeIfAbsent(key, k -> new double[2]);
            }
            CompensatedSum.add(lastSum, 0, amount);
        }

        Map<String, BigDecimal> largestFirst() {
            List<Map.Entry<String, double[]>> entries = new ArrayList<>(sums.entrySet());
            entries.sort(Comparator.<Map.Entry<String, double[]>>comparingDouble(e -> -CompensatedSum.value(e.getValue(), 0))
                    .thenComparing(Map.Entry::getKey));
            Map<String, BigDecimal> out = new LinkedHashMap<>();
            entries.forEach(e -> out.put(e.getKey(), SumDecimal.of(CompensatedSum.value(e.getValue(), 0))));
            return out;
        }

        Map<String, BigDecimal> byKey() {
            Map<String, BigDecimal> out = new TreeMap<>();
            sums.forEach((k, v) -> out.put(k, SumDecimal.of(CompensatedSum.value(v, 0))));
            return out;
        }
    }
}
