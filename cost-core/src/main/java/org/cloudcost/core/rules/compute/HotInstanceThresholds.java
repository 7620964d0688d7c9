package org.cloudcost.core.rules.compute;

import java.util.List;
import org.cloudcost.core.rules.Threshold;
import org.cloudcost.core.rules.Thresholds;

/**
 * The thresholds of {@link HotInstanceRule}, typed.
 *
 * <pre>{@code
 * HotInstanceThresholds t = HotInstanceThresholds.of(context.thresholds(rule, resource));
 * t.p95CpuPercent();   // 80.0
 * }</pre>
 *
 * @param p95CpuPercent p95 CPU above which an instance is hot
 * @param horizonDays how far ahead a rising trend is followed
 * @param minDays fewest days of daily p95 for a trend
 * @param trendPValue largest p-value of the slope's t-test for the rise to count
 */
record HotInstanceThresholds(double p95CpuPercent, int horizonDays, int minDays, double trendPValue) {

    /** The documented thresholds, in the order {@code rules describe} prints them. */
    static final List<Threshold> SPECS = List.of(
            new Threshold("p95CpuPercent", "p95 CPU (over the period, or on the trend line) above which an instance is hot",
                    "%", 80, 10, 100,
                    "an inspection threshold: above 80 % bursts queue and latency climbs, and there is no room left for a "
                            + "failover's extra load",
                    "DESIGN rule table (hot-instance: 'the seed's inspection threshold'); CASE-STUDY states none"),
            new Threshold("horizonDays", "a rising trend is reported when it crosses the threshold within this many days",
                    "days", 30, 1, 365,
                    "one month: the time a resize, a reservation change or a new instance takes to plan and roll out",
                    "DESIGN (forecast that crosses 80 % within 30 days)"),
            new Threshold("minDays", "fewest days of daily p95 CPU needed to fit a trend", "days", 14, 7, 93,
                    "two weekly cycles, so a busy week is not read as growth",
                    "two weeks, as AWS Trusted Advisor and Compute Optimizer look back"),
            new Threshold("trendPValue",
                    "largest p-value of the regression slope's two-sided t-test for a rise to count as a trend", "p-value",
                    0.05, 0.001, 0.5,
                    "the conventional 5 % significance level: a noisy flat series passes as a rise less than one time in 20",
                    "commons-math3 SimpleRegression.getSignificance (t-test of slope = 0)"));

    /** The values in force. */
    static HotInstanceThresholds of(Thresholds t) {
        return new HotInstanceThresholds(t.value("p95CpuPercent"), t.intValue("horizonDays"), t.intValue("minDays"),
                t.value("trendPValue"));
    }
}
