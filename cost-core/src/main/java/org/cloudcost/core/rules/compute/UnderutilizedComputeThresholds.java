package org.cloudcost.core.rules.compute;

import java.util.List;
import org.cloudcost.core.rules.Threshold;
import org.cloudcost.core.rules.Thresholds;

/**
 * The thresholds of {@link UnderutilizedComputeRule}, typed.
 *
 * <pre>{@code
 * UnderutilizedComputeThresholds t = UnderutilizedComputeThresholds.of(context.thresholds(rule, resource));
 * t.targetP95CpuPercent();   // 65.0
 * }</pre>
 *
 * @param targetP95CpuPercent the p95 CPU the smaller size may reach
 * @param targetP95MemoryPercent the p95 memory the smaller size may reach (when memory is measured)
 * @param minDays fewest days of CPU data to judge
 */
record UnderutilizedComputeThresholds(double targetP95CpuPercent, double targetP95MemoryPercent, int minDays) {

    /** The target-CPU threshold (production's; {@link OversizedTestEnvThresholds} has its own for test). */
    static final Threshold TARGET_CPU = new Threshold("targetP95CpuPercent",
            "the smaller size must keep the 95th percentile of hourly CPU at or under this", "%", 65, 10, 100,
            "Compute Optimizer sizes so that the P99.5 of 5-minute CPU plus 20 % headroom fits, i.e. a peak near 83 %; the "
                    + "p95 of hourly means runs well under that peak, so 65 % keeps room for the gap and stays clear of "
                    + "hot-instance's 80 %",
            "AWS Compute Optimizer default rightsizing preferences (CPU threshold P99.5, headroom 20 %)");

    /** The target-memory threshold, shared with {@link OversizedTestEnvThresholds}. */
    static final Threshold TARGET_MEMORY = new Threshold("targetP95MemoryPercent",
            "when memory_percent is measured, the smaller size must also keep its 95th percentile at or under this", "%", 80,
            10, 100,
            "memory does not burst like CPU and its p95 is close to its peak, so the 20 % headroom Compute Optimizer keeps "
                    + "over peak memory (≈ 83 %) maps to about 80 %",
            "AWS Compute Optimizer default rightsizing preferences (memory headroom 20 %)");

    /** The minimum-days threshold, shared with {@link OversizedTestEnvThresholds}. */
    static final Threshold MIN_DAYS = new Threshold("minDays", "fewest days of CPU data needed to judge", "days", 14, 7, 93,
            "two full weeks show the weekly cycle; shorter windows size for a week that may not repeat",
            "AWS Compute Optimizer default lookback of 14 days (Steampipe thrifty looks at 30)");

    /** The documented thresholds, in the order {@code rules describe} prints them. */
    static final List<Threshold> SPECS = List.of(TARGET_CPU, TARGET_MEMORY, MIN_DAYS);

    /** The values in force. */
    static UnderutilizedComputeThresholds of(Thresholds t) {
        return new UnderutilizedComputeThresholds(t.value("targetP95CpuPercent"), t.value("targetP95MemoryPercent"),
                t.intValue("minDays"));
    }
}
