package org.cloudcost.report;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cloudcost.core.ReadReport;
import org.cloudcost.core.spend.Reconciliation;
import org.cloudcost.core.spend.SpendSummary;

/** Hand-built summaries for the report tests. */
final class SpendSummaries {
    private SpendSummaries() {
    }

    static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    /** An Alibaba-like estate in CNY, October 2026, amounts with more than two decimals. */
    static SpendSummary cny() {
        Map<String, BigDecimal> categories = new LinkedHashMap<>();
        categories.put("Compute", d("1234.5650"));
        categories.put("Databases", d("800.004"));
        categories.put("Storage", d("210.125"));
        categories.put("Networking", d("55.5"));
        categories.put("Other", d("-20.1949"));
        Map<String, BigDecimal> services = new LinkedHashMap<>();
        for (int i = 1; i <= 12; i++) {
            services.put("Service " + i, d("10").multiply(BigDecimal.valueOf(13 - i)));
        }
        Map<String, BigDecimal> accounts = new LinkedHashMap<>();
        accounts.put("1234567890123456", d("2000"));
        accounts.put("0987654321", d("279.9991"));
        Map<String, BigDecimal> charges = new LinkedHashMap<>();
        charges.put("Usage", d("2250.00"));
        charges.put("Tax", d("50.00"));
        charges.put("Credit", d("-20.0009"));
        Map<String, BigDecimal> daily = new LinkedHashMap<>();
        daily.put("2026-10-01", d("1000.001"));
        daily.put("2026-10-02", d("1279.998"));
        BigDecimal total = d("2279.9991");
        return new SpendSummary("CNY", List.of("2026-10"), total, d("2100.4449"), d("2500.125"),
                categories, services, accounts, charges, daily, Map.of(),
                Reconciliation.of(total, total, BigDecimal.ZERO));
    }

    /** The same summary with another reconciliation. */
    static SpendSummary withReconciliation(SpendSummary s, Reconciliation r) {
        return new SpendSummary(s.currency(), s.billingPeriods(), s.totalBilledCost(), s.totalEffectiveCost(),
                s.totalListCost(), s.byServiceCategory(), s.byService(), s.bySubAccount(), s.byChargeCategory(),
                s.daily(), s.exchangeRates(), r);
    }

    /** A summary of nothing, in {@code currency}, with these exchange rates. */
    static SpendSummary empty(String currency, Map<String, BigDecimal> rates) {
        Reconciliation zero = Reconciliation.of(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        return new SpendSummary(currency, List.of(), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), rates, zero);
    }

    static ReadReport readReport() {
        return new ReadReport(
                List.of(new ReadReport.FileRead("bill.csv", "billing", "focus", 42, 30)),
                List.of(new ReadReport.SkippedLines("bill.csv", "blank line", 2, 17, Map.of())),
                Map.of("CNY", d("2279.9991")), Map.of());
    }
}
