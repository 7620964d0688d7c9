package org.cloudcost.aliyun.monitor;

import java.util.List;
import java.util.Objects;
import org.cloudcost.core.frame.UsageFrame;

/**
 * One CloudMonitor metric and the canonical usage metric it feeds (FORMATS.md §2). The units
 * already match the canonical ones, so values are copied as they come: the ECS basic metrics
 * {@code InternetInRate} / {@code InternetOutRate} are in bit/s (CloudMonitor's metric list,
 * "Appendix 1: Metrics", which FORMATS.md §2 follows in mapping them to {@code net_in_bps} /
 * {@code net_out_bps} unchanged); {@code CPUUtilization}, {@code memory_usedutilization},
 * {@code CpuUsage} and {@code ConnectionUsage} are percentages.
 *
 * <pre>{@code
 * for (CmsMetric m : CmsMetric.ECS) {
 *     m.namespace();   // acs_ecs_dashboard
 *     m.canonical();   // cpu_percent, net_out_bps, ...
 * }
 * }</pre>
 *
 * @param namespace  the CloudMonitor namespace
 * @param metricName the CloudMonitor metric name
 * @param canonical  the canonical metric name written to the usage file
 * @param optional   true when the metric only exists with the CloudMonitor agent installed, so
 *                   its absence is normal
 */
public record CmsMetric(String namespace, String metricName, String canonical, boolean optional) {
    /** ECS instances. */
    public static final String ECS_NAMESPACE = "acs_ecs_dashboard";
    /** ApsaraDB RDS instances. */
    public static final String RDS_NAMESPACE = "acs_rds_dashboard";

    /** What is read for each ECS instance; memory needs the CloudMonitor agent. */
    public static final List<CmsMetric> ECS = List.of(
            new CmsMetric(ECS_NAMESPACE, "CPUUtilization", UsageFrame.CPU_PERCENT, false),
            new CmsMetric(ECS_NAMESPACE, "InternetOutRate", UsageFrame.NET_OUT_BPS, false),
            new CmsMetric(ECS_NAMESPACE, "InternetInRate", UsageFrame.NET_IN_BPS, false),
            new CmsMetric(ECS_NAMESPACE, "memory_usedutilization", UsageFrame.MEMORY_PERCENT, true));

    /** What is read for each RDS instance. */
    public static final List<CmsMetric> RDS = List.of(
            new CmsMetric(RDS_NAMESPACE, "CpuUsage", UsageFrame.CPU_PERCENT, false),
            new CmsMetric(RDS_NAMESPACE, "ConnectionUsage", UsageFrame.DB_CONNECTION_PERCENT, false));

    public CmsMetric {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(metricName, "metricName");
        Objects.requireNonNull(canonical, "canonical");
    }
}
