package org.cloudcost.core.savings;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.cloudcost.core.config.Effort;
import org.cloudcost.core.internal.savings.Deduplicator;
import org.cloudcost.core.rules.Finding;
import org.cloudcost.core.rules.Strategy;

/**
 * The findings of an analysis with savings that add up, rolled up the way the case study's
 * table does: by strategy, ServiceCategory, environment and account; the monthly and annual
 * total, its share of spend, the implementation cost, the ROI multiple and the payback. Immutable.
 *
 * <pre>{@code
 * SavingsPlan plan = dataset.analyze().plan();
 * plan.byStrategy();            // {elastic-scaling=..., right-sizing=..., ...}
 * plan.totalMonthlySavings();   // never more than the resources' cost
 * plan.roiMultiple();           // Optional[456.0]: annual saving ÷ implementation cost
 * }</pre>
 *
 * <p>De-duplication (DESIGN.md): per resource a cleanup finding wins outright, findings of one
 * strategy are alternatives (the largest wins), and different strategies' shares multiply.
 * ROI multiple = annual saving ÷ implementation cost; payback days = implementation cost ÷
 * daily saving (annual ÷ 365). The implementation cost counts the configured effort of each
 * strategy that has at least one saving; without configured effort there is no ROI.
 */
public final class SavingsPlan {
    private static final MathContext MC = MathContext.DECIMAL64;

    private final List<Finding> findings;
    private final BigDecimal monthlySpend;
    private final Map<Strategy, BigDecimal> byStrategy;
    private final Map<String, BigDecimal> byServiceCategory;
    private final Map<String, BigDecimal> byEnvironment;
    private final Map<String, BigDecimal> byAccount;
    private final BigDecimal total;
    private final BigDecimal totalEffective;
    private final BigDecimal implementationCost;
    private final Map<Strategy, BigDecimal> implementationCostByStrategy;

    private SavingsPlan(List<Finding> findings, BigDecimal monthlySpend, Map<Strategy, Effort> effort) {
        List<Finding> sorted = new ArrayList<>(Deduplicator.apply(findings));
        sorted.sort(Comparator.comparing(Finding::estimatedMonthlySavings).reversed()
                .thenComparing(Finding::resourceId).thenComparing(Finding::ruleId));
        this.findings = List.copyOf(sorted);
        this.monthlySpend = monthlySpend;
        Map<Strategy, BigDecimal> s = new EnumMap<>(Strategy.class);
        for (Strategy strategy : Strategy.values()) {
            if (strategy.saves()) {
                s.put(strategy, BigDecimal.ZERO);
            }
        }
        BigDecimal t = BigDecimal.ZERO;
        BigDecimal te = BigDecimal.ZERO;
        for (Finding f : this.findings) {
            if (f.strategy().saves()) {
                s.merge(f.strategy(), f.estimatedMonthlySavings(), BigDecimal::add);
                t = t.add(f.estimatedMonthlySavings());
                te = te.add(effectiveSaving(f));
            }
        }
        this.byStrategy = Collections.unmodifiableMap(s);
        this.total = t;
        this.totalEffective = te;
        this.byServiceCategory = rollUp(f -> f.serviceCategory().isEmpty() ? "Other" : f.serviceCategory());
        this.byEnvironment = rollUp(f -> f.environment().isEmpty() ? "(untagged)" : f.environment());
        this.byAccount = rollUp(f -> f.subAccountId().isEmpty() ? "(no account)" : f.subAccountId());
        Map<Strategy, BigDecimal> costs = new EnumMap<>(Strategy.class);
        BigDecimal cost = BigDecimal.ZERO;
        for (Map.Entry<Strategy, BigDecimal> e : byStrategy.entrySet()) {
            Effort ef = effort.get(e.getKey());
            if (ef != null && e.getValue().signum() > 0) {
                costs.put(e.getKey(), ef.cost());
                cost = cost.add(ef.cost());
            }
        }
        this.implementationCostByStrategy = Collections.unmodifiableMap(costs);
        this.implementationCost = effort.isEmpty() ? null : cost;
    }

    /**
     * The plan for {@code findings} against a month's spend, with the implementation effort per
     * strategy (may be empty: then there is no ROI).
     */
    public static SavingsPlan of(List<Finding> findings, BigDecimal monthlySpend, Map<Strategy, Effort> effort) {
        return new SavingsPlan(findings, monthlySpend, effort);
    }

    /** The saving of {@code f} in EffectiveCost terms: its de-duplicated share of the effective cost. */
    private static BigDecimal effectiveSaving(Finding f) {
        if (f.monthlyCost().signum() == 0) {
            return BigDecimal.ZERO;
        }
        return f.effectiveMonthlyCost().multiply(f.estimatedMonthlySavings(), MC).divide(f.monthlyCost(), MC);
    }

    private Map<String, BigDecimal> rollUp(Function<Finding, String> key) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (f.strategy().saves() && f.estimatedMonthlySavings().signum() > 0) {
                m.merge(key.apply(f), f.estimatedMonthlySavings(), BigDecimal::add);
            }
        }
        List<Map.Entry<String, BigDecimal>> entries = new ArrayList<>(m.entrySet());
        entries.sort(Map.Entry.<String, BigDecimal>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        entries.forEach(e -> out.put(e.getKey(), e.getValue()));
        return Collections.unmodifiableMap(out);
    }

    /** The findings with de-duplicated savings, largest saving first. */
    public List<Finding> findings() {
        return findings;
    }

    /** The month's spend the percentage is taken of (BilledCost, scaled to a month). */
    public BigDecimal monthlySpend() {
        return monthlySpend;
    }

    /** Monthly saving per strategy; every saving strategy is present, zero when nothing was found. */
    public Map<Strategy, BigDecimal> byStrategy() {
        return byStrategy;
    }

    /** Monthly saving per FOCUS ServiceCategory, largest first. */
    public Map<String, BigDecimal> byServiceCategory() {
        return byServiceCategory;
    }

    /** Monthly saving per environment tag value ({@code (untagged)} without one), largest first. */
    public Map<String, BigDecimal> byEnvironment() {
        return byEnvironment;
    }

    /** Monthly saving per sub-account, largest first. */
    public Map<String, BigDecimal> byAccount() {
        return byAccount;
    }

    /** The total monthly saving (BilledCost terms): the sum of {@link #byStrategy()}. */
    public BigDecimal totalMonthlySavings() {
        return total;
    }

    /** The total monthly saving in EffectiveCost terms (after discounts and amortization). */
    public BigDecimal totalEffectiveMonthlySavings() {
        return totalEffective;
    }

    /** The monthly saving as a percentage of the monthly spend (0 without spend). */
    public BigDecimal savingsPercent() {
        if (monthlySpend.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        return total.multiply(BigDecimal.valueOf(100)).divide(monthlySpend, MC);
    }

    /** Twelve months of the monthly saving. */
    public BigDecimal annualSavings() {
        return total.multiply(BigDecimal.valueOf(12));
    }

    /** The one-off cost of the work: configured effort of each strategy with a saving; empty without configured effort. */
    public Optional<BigDecimal> implementationCost() {
        return Optional.ofNullable(implementationCost);
    }

    /** The implementation cost per strategy that has a saving and configured effort. */
    public Map<Strategy, BigDecimal> implementationCostByStrategy() {
        return implementationCostByStrategy;
    }

    /** Annual saving ÷ implementation cost; empty without effort or when the cost is zero. */
    public Optional<BigDecimal> roiMultiple() {
        if (implementationCost == null || implementationCost.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(annualSavings().divide(implementationCost, MC));
    }

    /** Implementation cost ÷ daily saving (annual ÷ 365); empty without effort or without saving. */
    public Optional<BigDecimal> paybackDays() {
        if (implementationCost == null || total.signum() == 0) {
            return Optional.empty();
        }
        BigDecimal daily = annualSavings().divide(BigDecimal.valueOf(365), MC);
        return Optional.of(implementationCost.divide(daily, MC));
    }

    /** Number of findings (capacity-risk included). */
    public int findingCount() {
        return findings.size();
    }

    @Override
    public String toString() {
        return "SavingsPlan{" + findings.size() + " findings, " + total.setScale(2, RoundingMode.HALF_UP).toPlainString()
                + "/month (" + savingsPercent().setScale(1, RoundingMode.HALF_UP).toPlainString() + " %), by strategy "
                + byStrategy + "}";
    }
}
