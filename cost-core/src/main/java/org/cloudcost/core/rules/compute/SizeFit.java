package org.cloudcost.core.rules.compute;

import java.util.Optional;
import org.cloudcost.core.catalog.SizeLadder;

/**
 * A smaller size for a measured load: the smallest size on the ladder on which the 95th
 * percentiles, scaled by the units ratio, stay at or under their targets. Within a family CPU and
 * memory grow with the units, so a load using {@code p95} of {@code from} uses about
 * {@code p95 × units(from) / units(to)} of {@code to}; the saving is {@code 1 − units(to) / units(from)}
 * of the instance's bill (SizeLadder: price is proportional to units within a family).
 *
 * <pre>{@code
 * SizeFit.smallest(ladder, "2xlarge", 12.0, Double.NaN, 65, 80);
 * // Optional[2xlarge → large]: 12 % × 4/1 = 48 % ≤ 65 %; saving 1 − 1/4 = 0.75
 * }</pre>
 *
 * @param from the current size
 * @param to the recommended size
 * @param fromUnits units of {@code from}
 * @param toUnits units of {@code to}
 * @param cpuAfter the p95 CPU expected on {@code to}
 * @param memoryAfter the p95 memory expected on {@code to}, NaN when memory is not measured
 */
record SizeFit(String from, String to, double fromUnits, double toUnits, double cpuAfter, double memoryAfter) {

    /** The share of the instance's bill saved: {@code 1 − units(to) / units(from)}. */
    double savingShare() {
        return 1 - toUnits / fromUnits;
    }

    /**
     * The smallest size below {@code from} carrying the load under both targets; empty when none
     * does or {@code from} is not on the ladder.
     *
     * @param p95Memory NaN when memory is not measured (then only CPU decides)
     */
    static Optional<SizeFit> smallest(SizeLadder ladder, String from, double p95Cpu, double p95Memory,
                                      double cpuTarget, double memoryTarget) {
        if (ladder.units(from).isEmpty() || !(cpuTarget > 0) || Double.isNaN(p95Cpu)) {
            return Optional.empty();
        }
        double share = p95Cpu / cpuTarget;
        if (!Double.isNaN(p95Memory)) {
            if (!(memoryTarget > 0)) {
                return Optional.empty();
            }
            share = Math.max(share, p95Memory / memoryTarget);
        }
        if (share >= 1) {
            return Optional.empty();
        }
        return ladder.smallestFitting(from, share).map(to -> of(ladder, from, to, p95Cpu, p95Memory));
    }

    /** The move from {@code from} to {@code to}, with the expected p95s on {@code to}. */
    static SizeFit of(SizeLadder ladder, String from, String to, double p95Cpu, double p95Memory) {
        double u0 = ladder.units(from).orElseThrow();
        double u1 = ladder.units(to).orElseThrow();
        return new SizeFit(from, to, u0, u1, p95Cpu * u0 / u1, Double.isNaN(p95Memory) ? Double.NaN : p95Memory * u0 / u1);
    }
}
