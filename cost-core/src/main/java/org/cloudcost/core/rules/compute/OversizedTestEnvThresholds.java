package org.cloudcost.core.rules.compute;

import java.util.List;
import org.cloudcost.core.rules.Threshold;
import org.cloudcost.core.rules.Thresholds;

/**
 * The thresholds of {@link OversizedTestEnvRule}, typed.
 *
 * <pre>{@code
 * OversizedTestEnvThresholds t = OversizedTestEnvThresholds.of(context.thresholds(rule, resource));
 * t.stepsBelowProd();   // 1
 * }</pre>
 *
 * @param lowP95CpuPercent a non-production resource whose p95 CPU is below this is oversized even without a peer
 * @param stepsBelowProd how many ladder steps under its production peer a test resource should sit
 * @param targetP95CpuPercent the p95 CPU the smaller size may reach
 * @param targetP95MemoryPercent the p95 memory the smaller size may reach (when measured)
 * @param minDays fewest days of CPU data for the p95 to count
 */
record OversizedTestEnvThresholds(double lowP95CpuPercent, int stepsBelowProd, double targetP95CpuPercent,
                                         double targetP95MemoryPercent, int minDays) {

    /** The documented thresholds, in the order {@code rules describe} prints them. */
    static final List<Threshold> SPECS = List.of(
            new Threshold("lowP95CpuPercent",
                    "a non-production resource whose p95 CPU is below this is oversized, with or without a production peer",
                    "%", 40, 0, 100,
                    "AWS's right-sizing rule of thumb: an instance whose CPU and memory stay under 40 % for weeks can be "
                            + "cut in half; a test environment has no peak to keep headroom for",
                    "AWS whitepaper 'Right Sizing: Provisioning Instances to Match Workloads' (under 40 % over four "
                            + "weeks → half the size)"),
            new Threshold("stepsBelowProd",
                    "halvings under the largest production size of the same app and family that a test resource should sit "
                            + "at most (the largest size with ≤ units(prod) / 2^steps units)", "steps", 1, 0, 6,
                    "one step on a doubling ladder is half of production: enough to run the same software and functional "
                            + "tests, not production load",
                    "CASE-STUDY (test-environment spec reduction, ≈ ¥250 k of ¥850 k compute); the same 'cut in half' of "
                            + "the AWS whitepaper"),
            new Threshold("targetP95CpuPercent",
                    "the smaller size must keep the 95th percentile of hourly CPU at or under this", "%", 80, 10, 100,
                    "a test environment keeps no headroom for a production peak or a failover, so it may run up to the "
                            + "level hot-instance calls hot (above 80 %); and 80 % is twice lowP95CpuPercent, so every "
                            + "resource the low trigger picks fits one halving on a doubling ladder, as the whitepaper's "
                            + "rule says (with production's 65 % a p95 from 32.5 % to 40 % was called low and given no "
                            + "smaller size)",
                    "AWS whitepaper 'Right Sizing: Provisioning Instances to Match Workloads' (under 40 % → half the size, "
                            + "i.e. up to 80 % after); hot-instance's 80 %"),
            UnderutilizedComputeThresholds.TARGET_MEMORY,
            UnderutilizedComputeThresholds.MIN_DAYS);

    /** The values in force. */
    static OversizedTestEnvThresholds of(Thresholds t) {
        return new OversizedTestEnvThresholds(t.value("lowP95CpuPercent"), t.intValue("stepsBelowProd"),
                t.value("targetP95CpuPercent"), t.value("targetP95MemoryPercent"), t.intValue("minDays"));
    }
}
