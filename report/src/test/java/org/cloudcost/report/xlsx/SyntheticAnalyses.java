package org.cloudcost.report.xlsx;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.cloudcost.core.AnalysisResult;
import org.cloudcost.core.config.Effort;
import org.cloudcost.core.forecast.SpendForecast;
import org.cloudcost.core.rules.Confidence;
import org.cloudcost.core.rules.Finding;
import org.cloudcost.core.rules.Findings;
import org.cloudcost.core.rules.Strategy;
import org.cloudcost.core.savings.SavingsPlan;
import org.cloudcost.core.spend.Reconciliation;
import org.cloudcost.core.spend.SpendSummary;

/**
 * An analysis of {@code n} findings built in memory (no files, no rules), one resource each, for
 * the large-sheet test and the 100,000-row measurement. Deterministic: the same {@code n} gives the
 * same findings. The spend is the findings' resources' cost by category over October 2026.
 */
final class SyntheticAnalyses {
    private static final String[] CATEGORIES = {"Compute", "Databases", "Storage", "Networking"};
    private static final Strategy[] STRATEGIES = Strategy.values();

    private SyntheticAnalyses() {
    }

    static AnalysisResult of(int n) {
        Random random = new Random(42);
        List<Finding> findings = new ArrayList<>(n);
        Map<String, BigDecimal> byCategory = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            Strategy strategy = STRATEGIES[i % STRATEGIES.length];
            String category = CATEGORIES[i % CATEGORIES.length];
            BigDecimal cost = BigDecimal.valueOf(50 + random.nextInt(500_000), 2);
            BigDecimal saving = strategy.saves()
                    ? cost.multiply(BigDecimal.valueOf(5 + random.nextInt(90), 2)).setScale(4, RoundingMode.HALF_UP)
                    : BigDecimal.ZERO;
            String id = String.format("i-%08d", i);
            findings.add(new Finding("synthetic-" + strategy.id(), strategy, id, "compute", category,
                    "Elastic Compute Service", "cn-hangzhou", "sub-" + (i % 40), i % 3 == 0 ? "prod" : "test", cost, cost,
                    saving, saving, "CNY", "Shrink " + id + " to the next size down",
                    "p95 CPU " + random.nextInt(30) + " % over 30 days; memory p95 " + random.nextInt(60) + " %",
                    Confidence.values()[i % 3]));
            byCategory.merge(category, cost, BigDecimal::add);
        }
        BigDecimal total = byCategory.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, BigDecimal> daily = new TreeMap<>();
        BigDecimal perDay = total.divide(BigDecimal.valueOf(31), 10, RoundingMode.HALF_UP);
        for (int d = 1; d <= 31; d++) {
            daily.put(LocalDate.of(2026, 10, d).toString(), perDay);
        }
        SpendSummary spend = new SpendSummary("CNY", List.of("2026-10"), total, total, total, byCategory,
                Map.of("Elastic Compute Service", total), Map.of("acct-1", total), Map.of("Usage", total), daily, Map.of(),
                Reconciliation.of(total, total, BigDecimal.ZERO));
        Map<Strategy, Effort> effort = new java.util.EnumMap<>(Strategy.class);
        for (Strategy s : STRATEGIES) {
            effort.put(s, new Effort(BigDecimal.valueOf(40), BigDecimal.valueOf(300), BigDecimal.ZERO));
        }
        SavingsPlan plan = SavingsPlan.of(findings, total, effort);
        return new AnalysisResult(spend, Findings.of(plan.findings()), plan, SpendForecast.of(Map.of()), List.of(),
                List.of(), List.of(), List.of(), List.of(), Instant.parse("2026-11-01T00:00:00Z"), 1.0);
    }
}
