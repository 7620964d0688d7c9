package org.cloudcost.core.rules.compute;

import java.util.List;
import org.cloudcost.core.rules.Threshold;
import org.cloudcost.core.rules.Thresholds;

/**
 * The thresholds of {@link IdleComputeRule}, typed.
 *
 * <pre>{@code
 * IdleComputeThresholds t = IdleComputeThresholds.of(context.thresholds(rule, resource));
 * t.p95CpuPercent();   // 5.0
 * }</pre>
 *
 * @param p95CpuPercent a day is idle only when the 95th percentile of its hourly CPU is below this
 * @param networkMbPerDay … and its network in + out is below this many MB (10⁶ bytes)
 * @param idleDaysPercent share of the days with data that must be idle
 * @param minDays fewest days of CPU data to judge
 */
record IdleComputeThresholds(double p95CpuPercent, double networkMbPerDay, double idleDaysPercent, int minDays) {

    /** The documented thresholds, in the order {@code rules describe} prints them. */
    static final List<Threshold> SPECS = List.of(
            new Threshold("p95CpuPercent",
                    "a day counts as idle only when the 95th percentile of its hourly CPU is below this", "%", 5, 0, 100,
                    "between the two AWS checks: Trusted Advisor's daily average of 10 % lets an instance that is busy for "
                            + "two hours a day pass as idle, Compute Optimizer's 5-minute peak of 1 % fails on any monitoring "
                            + "agent spike; the p95 of a day's 24 hourly means lies three quarters of the way from the 23rd "
                            + "value to the busiest hour (PERCENTILE.EXC), so it stays close to that hour, while an hourly "
                            + "mean smooths a few minutes of agent work; 5 % leaves room for that",
                    "AWS Trusted Advisor 'Low Utilization Amazon EC2 Instances' (daily CPU ≤ 10 % and network ≤ 5 MB on "
                            + "4 of 14 days); AWS Compute Optimizer idle EC2 instances (max CPU ≤ 1 % over 14 days)"),
            new Threshold("networkMbPerDay",
                    "… and its network traffic in + out (Σ hourly bit/s × 3600 / 8) is below this", "MB/day", 5, 0, 1_000_000,
                    "an instance that serves anyone moves more than 5 MB a day; agents and updates stay under it",
                    "AWS Trusted Advisor 'Low Utilization Amazon EC2 Instances' (network I/O ≤ 5 MB a day)"),
            new Threshold("idleDaysPercent",
                    "share of the days with data that must be idle for the instance to be released", "%", 90, 50, 100,
                    "releasing is a cleanup, not a resize: Trusted Advisor's 4 of 14 days (29 %) marks instances that work "
                            + "most days; 90 % demands idleness almost every day and still forgives a patch or backup day "
                            + "in a fortnight",
                    "stricter than AWS Trusted Advisor (4 of 14 days) for a delete-class action"),
            new Threshold("minDays", "fewest days of CPU data needed to judge", "days", 14, 7, 93,
                    "two full weeks show both weekly cycles and any weekly batch job",
                    "AWS Trusted Advisor and AWS Compute Optimizer both look back 14 days"));

    /** The values in force. */
    static IdleComputeThresholds of(Thresholds t) {
        return new IdleComputeThresholds(t.value("p95CpuPercent"), t.value("networkMbPerDay"), t.value("idleDaysPercent"),
                t.intValue("minDays"));
    }
}
