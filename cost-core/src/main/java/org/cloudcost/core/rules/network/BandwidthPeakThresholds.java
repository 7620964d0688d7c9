package org.cloudcost.core.rules.network;

import java.util.List;
import org.cloudcost.core.rules.Threshold;
import org.cloudcost.core.rules.Thresholds;

/**
 * The thresholds of {@link BandwidthPeakRule}.
 *
 * @param maxAverageUtilizationPercent flagged when mean outbound traffic is below this share of the fixed bandwidth
 * @param minPeakToAverage flagged when p95 of hourly outbound traffic is at least this many times its mean
 * @param minKeepPercentile the lowest percentile of hourly outbound traffic the CDN alternative keeps as fixed bandwidth
 * @param minDays the fewest days of net_out_bps a judgement needs
 */
record BandwidthPeakThresholds(double maxAverageUtilizationPercent, double minPeakToAverage, double minKeepPercentile,
                               int minDays) {
    static final List<Threshold> SPECS = List.of(
            new Threshold("maxAverageUtilizationPercent", "a fixed bandwidth whose mean hourly outbound traffic is below "
                    + "this share of the provisioned Mbps is a candidate", "%", 30, 0, 100,
                    "fixed bandwidth is paid for every hour whether used or not; at China-mainland list prices "
                            + "(tens of CNY per Mbps-month above 5 Mbps against about 0.8 CNY/GB, 1 Mbps all month = "
                            + "328.5 GB) pay-by-traffic is cheaper below roughly 30 % average use; the saving itself is "
                            + "always priced from the catalog, so this only picks candidates",
                    "Alibaba Cloud ECS/EIP billing guidance (pay-by-bandwidth for stable traffic, pay-by-traffic for "
                            + "variable or low traffic with spikes); CASE-STUDY (2 Gbps bought, < 500 Mbps average)"),
            new Threshold("minPeakToAverage", "a fixed bandwidth whose p95 of hourly outbound traffic is at least this "
                    + "many times the mean is a candidate (bought for a peak)", "ratio", 3, 1, 1000,
                    "ordinary diurnal web traffic peaks at 2-3 × its daily mean; beyond that the bandwidth is sized "
                            + "for a peak the rest of the day does not use",
                    "CASE-STUDY (daily peak near 2 Gbps against an average under 500 Mbps, 4 ×); Alibaba Cloud "
                            + "guidance (pay-by-traffic for occasional spikes)"),
            new Threshold("minKeepPercentile", "the CDN alternative prices keeping fixed bandwidth at each percentile of "
                    + "hourly outbound traffic from this one up to the maximum, in steps of 5 (rounded up to whole Mbps), "
                    + "with the traffic above it sent to a CDN, and keeps the cheapest level", "percentile", 50, 1, 100,
                    "below the median the CDN would carry the base load, which is not offloading a peak; from the median "
                            + "up the search finds the level where a further Mbps of fixed bandwidth costs more than the CDN "
                            + "traffic it saves. A single fixed percentile cannot do this: a 2-hour daily peak is 8.3 % of "
                            + "the hours, so the 95th percentile is the peak itself and nothing would be offloaded",
                    "CASE-STUDY (2 Gbps fixed, < 500 Mbps average, daily peak near 2 Gbps: offload the peak to a CDN); "
                            + "the median as the line between base load and peak is this project's choice"),
            new Threshold("minDays", "days of net_out_bps data needed before a resource is judged", "days", 14, 1, 366,
                    "two weeks show every weekday twice, so a weekly traffic peak is in the profile",
                    "AWS Compute Optimizer and Trusted Advisor 14-day look-back"));

    static BandwidthPeakThresholds of(Thresholds t) {
        return new BandwidthPeakThresholds(t.value("maxAverageUtilizationPercent"), t.value("minPeakToAverage"),
                t.value("minKeepPercentile"), t.intValue("minDays"));
    }
}
