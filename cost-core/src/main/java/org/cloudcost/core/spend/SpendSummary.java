package org.cloudcost.core.spend;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Where the money went: the billed spend of a dataset by ServiceCategory, service, sub-account
 * and charge category, in one currency, with the reconciliation against the source files.
 * Maps are ordered by amount, largest first; amounts are exact sums, not rounded.
 *
 * <pre>{@code
 * SpendSummary spend = dataset.spend();
 * spend.totalBilledCost();                    // 1800000.00
 * spend.byServiceCategory();                  // {Compute=850000.00, Databases=450000.00, ...}
 * spend.table(spend.byServiceCategory(), "ServiceCategory").print();
 * }</pre>
 *
 * @param currency the currency of every amount here
 * @param billingPeriods the billing months covered, {@code YYYY-MM}, ascending
 * @param totalBilledCost sum of BilledCost
 * @param totalEffectiveCost sum of EffectiveCost
 * @param totalListCost sum of ListCost
 * @param byServiceCategory BilledCost by FOCUS ServiceCategory ({@code Other} for blanks)
 * @param byService BilledCost by ServiceName
 * @param bySubAccount BilledCost by SubAccountId (the billing account when blank)
 * @param byChargeCategory BilledCost by ChargeCategory (Usage, Purchase, Tax, Credit, Adjustment)
 * @param daily BilledCost by charge day ({@code YYYY-MM-DD}), ascending by day
 * @param exchangeRates the rates used to convert into {@code currency}, empty when none were needed
 * @param reconciliation the source-versus-report check
 */
public record SpendSummary(String currency, List<String> billingPeriods, BigDecimal totalBilledCost,
                           BigDecimal totalEffectiveCost, BigDecimal totalListCost,
                           Map<String, BigDecimal> byServiceCategory, Map<String, BigDecimal> byService,
                           Map<String, BigDecimal> bySubAccount, Map<String, BigDecimal> byChargeCategory,
                           Map<String, BigDecimal> daily, Map<String, BigDecimal> exchangeRates,
                           Reconciliation reconciliation) {

    /** Copies the collections (maps keep their order). */
    public SpendSummary {
        billingPeriods = List.copyOf(billingPeriods);
        byServiceCategory = ordered(byServiceCategory);
        byService = ordered(byService);
        bySubAccount = ordered(bySubAccount);
        byChargeCategory = ordered(byChargeCategory);
        daily = ordered(daily);
        exchangeRates = ordered(exchangeRates);
    }

    private static Map<String, BigDecimal> ordered(Map<String, BigDecimal> m) {
        return java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(m));
    }

    /**
     * The billing period as FORMATS.md writes it: {@code 2026-10} for one month,
     * {@code 2026-09..2026-10} for several, {@code ""} for none.
     */
    public String billingPeriod() {
        if (billingPeriods.isEmpty()) {
            return "";
        }
        String first = billingPeriods.get(0);
        String last = billingPeriods.get(billingPeriods.size() - 1);
        return first.equals(last) ? first : first + ".." + last;
    }

    /** One of the breakdowns as a two-column table ({@code keyColumn}, BilledCost), plus its share in %. */
    public Table table(Map<String, BigDecimal> breakdown, String keyColumn) {
        StringColumn keys = StringColumn.create(keyColumn);
        DoubleColumn cost = DoubleColumn.create("BilledCost");
        DoubleColumn share = DoubleColumn.create("Share%");
        double total = totalBilledCost.doubleValue();
        breakdown.forEach((k, v) -> {
            keys.append(k);
            cost.append(v.doubleValue());
            share.append(total == 0 ? 0 : 100 * v.doubleValue() / total);
        });
        return Table.create(keyColumn + " (" + currency + ")", keys, cost, share);
    }

    @Override
    public String toString() {
        return "SpendSummary " + billingPeriod() + ": " + currency + " " + totalBilledCost.toPlainString()
                + " billed, by category " + byServiceCategory + "; " + reconciliation;
    }
}
