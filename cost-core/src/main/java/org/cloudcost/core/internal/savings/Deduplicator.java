package org.cloudcost.core.internal.savings;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cloudcost.core.rules.Finding;
import org.cloudcost.core.rules.Strategy;

/**
 * Turns the rules' standalone savings into savings that add up (DESIGN.md "Savings without
 * double counting"), resource by resource:
 * <ol>
 *   <li>A {@link Strategy#CLEANUP} finding wins outright: the resource goes away, so the largest
 *       cleanup finding keeps its saving and every other finding on the resource saves 0.</li>
 *   <li>Otherwise findings of one strategy are alternatives (two ways to right-size one VM):
 *       the one with the largest share keeps it, the others save 0.</li>
 *   <li>The remaining strategies' shares multiply: a VM shrunk to half size ({@code s₁ = 0.5}) and
 *       run 60 of 168 hours ({@code s₂ = 108/168}) costs {@code (1 − s₁)(1 − s₂)} of today, so
 *       the pair saves {@code cost × (1 − (1 − s₁)(1 − s₂))}, not {@code s₁ + s₂}. That combined
 *       saving is split between the findings in proportion to their standalone savings.</li>
 * </ol>
 * The saving of a resource therefore never exceeds its monthly cost. Capacity-risk findings
 * save nothing and pass through unchanged.
 */
public final class Deduplicator {
    private static final MathContext MC = MathContext.DECIMAL64;
    /** Savings are kept to this many decimals (well below a cent), cut rather than rounded, until a writer rounds them. */
    private static final int SCALE = 8;

    private Deduplicator() {
    }

    /** The findings with {@link Finding#estimatedMonthlySavings()} de-duplicated, in the input order. */
    public static List<Finding> apply(List<Finding> findings) {
        Map<String, List<Integer>> byResource = new LinkedHashMap<>();
        for (int i = 0; i < findings.size(); i++) {
            byResource.computeIfAbsent(findings.get(i).resourceId(), k -> new ArrayList<>()).add(i);
        }
        Finding[] out = findings.toArray(new Finding[0]);
        for (List<Integer> group : byResource.values()) {
            resolve(findings, group, out);
        }
        return List.of(out);
    }

    private static void resolve(List<Finding> all, List<Integer> group, Finding[] out) {
        List<Integer> saving = group.stream().filter(i -> all.get(i).strategy().saves()).toList();
        for (int i : group) {
            out[i] = all.get(i).withEstimatedMonthlySavings(BigDecimal.ZERO);
        }
        Comparator<Integer> byShare = Comparator.<Integer>comparingDouble(i -> all.get(i).savingShare())
                .thenComparing(i -> all.get(i).standaloneMonthlySavings());
        Integer cleanup = saving.stream().filter(i -> all.get(i).strategy() == Strategy.CLEANUP
                && all.get(i).standaloneMonthlySavings().signum() > 0).max(byShare).orElse(null);
        if (cleanup != null) {
            Finding f = all.get(cleanup);
            out[cleanup] = f.withEstimatedMonthlySavings(scaled(f.standaloneMonthlySavings()));
            return;
        }
        Map<Strategy, Integer> best = new EnumMap<>(Strategy.class);
        for (int i : saving) {
            best.merge(all.get(i).strategy(), i, (a, b) -> byShare.compare(a, b) >= 0 ? a : b);
        }
        BigDecimal cost = BigDecimal.ZERO;
        BigDecimal standaloneSum = BigDecimal.ZERO;
        double remaining = 1;
        for (int i : best.values()) {
            Finding f = all.get(i);
            cost = cost.max(f.monthlyCost());
            standaloneSum = standaloneSum.add(f.standaloneMonthlySavings());
            remaining *= 1 - f.savingShare();
        }
        if (standaloneSum.signum() == 0) {
            return;
        }
        BigDecimal combined = cost.multiply(BigDecimal.valueOf(1 - remaining), MC).min(standaloneSum);
        BigDecimal allocated = BigDecimal.ZERO;
        List<Integer> chosen = new ArrayList<>(best.values());
        for (int k = 0; k < chosen.size(); k++) {
            int i = chosen.get(k);
            Finding f = all.get(i);
            BigDecimal part = k == chosen.size() - 1
                    ? combined.subtract(allocated)
                    : scaled(combined.multiply(f.standaloneMonthlySavings(), MC).divide(standaloneSum, MC));
            part = scaled(part.max(BigDecimal.ZERO).min(f.standaloneMonthlySavings()));
            allocated = allocated.add(part);
            out[i] = f.withEstimatedMonthlySavings(part);
        }
    }

    private static BigDecimal scaled(BigDecimal v) {
        return v.setScale(SCALE, RoundingMode.DOWN); // down: a rounded saving never exceeds the cost
    }
}
