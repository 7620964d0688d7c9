package org.cloudcost.aliyun.monitor;

import java.util.List;
import java.util.Objects;
import org.cloudcost.core.frame.UsageFrame;

/**
 * One CloudMonitor metric and the canonical usage metric it feeds (FORMATS.md §2). The units
 * already match the canonical ones, so values are copied as they come: the public bandwidth
 * metrics are in bit/s, the others percentages.
 *
 * <p>Public bandwidth of an ECS instance has two sources. {@code InternetOutRate} /
 * {@code InternetInRate} are the <em>classic network's</em> public bandwidth (Alibaba Cloud, "查看ECS
 *实例的监控信息": "经典网络公网流出带宽", bit/s); an instance in a VPC, every instance made in the last
 * years, reports {@code VPC_PublicIP_InternetOutRate} / {@code VPC_PublicIP_InternetInRate}
 * instead, one series per public IP (dimensions {@code instanceId}, {@code ip}). Both are listed
 * for the same canonical metric, the VPC one first: {@link AliyunMetricsPull} takes, per instance,
 * the first source with data, and adds up the series of one instance's addresses. An EIP reports
 * in {@code acs_vpc_eip} ({@code net_tx.rate} / {@code net_rx.rate}, bit/s), keyed by its
 * allocation id, the id its inventory row and its bill carry.
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

    /** Elastic IP addresses. */
    public static final String EIP_NAMESPACE = "acs_vpc_eip";

    /**
     * What is read for each ECS instance, in this order; metrics of the same canonical name are
     * sources of one series, the first with data winning per instance. Memory needs the
     * CloudMonitor agent.
     */
    public static final List<CmsMetric> ECS = List.of(
            new CmsMetric(ECS_NAMESPACE, "CPUUtilization", UsageFrame.CPU_PERCENT, false),
            new CmsMetric(ECS_NAMESPACE, "VPC_PublicIP_InternetOutRate", UsageFrame.NET_OUT_BPS, false),
            new CmsMetric(ECS_NAMESPACE, "InternetOutRate", UsageFrame.NET_OUT_BPS, false),
            new CmsMetric(ECS_NAMESPACE, "VPC_PublicIP_InternetInRate", UsageFrame.NET_IN_BPS, false),
            new CmsMetric(ECS_NAMESPACE, "InternetInRate", UsageFrame.NET_IN_BPS, false),
            new CmsMetric(ECS_NAMESPACE, "memory_usedutilization", UsageFrame.MEMORY_PERCENT, true));

    /** What is read for each RDS instance. */
    public static final List<CmsMetric> RDS = List.of(
            new CmsMetric(RDS_NAMESPACE, "CpuUsage", UsageFrame.CPU_PERCENT, false),
            new CmsMetric(RDS_NAMESPACE, "MemoryUsage", UsageFrame.MEMORY_PERCENT, false),
            new CmsMetric(RDS_NAMESPACE, "ConnectionUsage", UsageFrame.DB_CONNECTION_PERCENT, false));

    /** What is read for each EIP (its allocation id): outbound and inbound bandwidth, bit/s. */
    public static final List<CmsMetric> EIP = List.of(
            new CmsMetric(EIP_NAMESPACE, "net_tx.rate", UsageFrame.NET_OUT_BPS, false),
            new CmsMetric(EIP_NAMESPACE, "net_rx.rate", UsageFrame.NET_IN_BPS, false));

    public CmsMetric {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(metricName, "metricName");
        Objects.requireNonNull(canonical, "canonical");
    }
}
