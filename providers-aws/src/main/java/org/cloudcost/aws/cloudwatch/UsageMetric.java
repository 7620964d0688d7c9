package org.cloudcost.aws.cloudwatch;

import java.util.List;

/**
 * The CloudWatch metrics read for utilization, and how each becomes a canonical usage metric
 * (FORMATS.md §2). Per-period sums of bytes or operations become rates by dividing by the
 * period: {@code NetworkIn} bytes × 8 ÷ period → {@code net_in_bps}; ({@code VolumeReadOps} +
 * {@code VolumeWriteOps}) ÷ period → {@code disk_iops}. Rates and the two EBS series have no
 * Maximum row: the maximum of one-minute or five-minute sums within the hour depends on the
 * monitoring level, so it is not a rate the file could state.
 *
 * <pre>{@code
 * UsageMetric.forKind(MetricTarget.Kind.INSTANCE);   // [EC2_CPU, EC2_NETWORK_IN, EC2_NETWORK_OUT]
 * }</pre>
 */
public enum UsageMetric {
    EC2_CPU(MetricTarget.Kind.INSTANCE, "AWS/EC2", "CPUUtilization", "cpu_percent", Conversion.AS_IS, List.of("Average", "Maximum")),
    EC2_NETWORK_IN(MetricTarget.Kind.INSTANCE, "AWS/EC2", "NetworkIn", "net_in_bps", Conversion.BYTES_TO_BITS_PER_SECOND, List.of("Sum")),
    EC2_NETWORK_OUT(MetricTarget.Kind.INSTANCE, "AWS/EC2", "NetworkOut", "net_out_bps", Conversion.BYTES_TO_BITS_PER_SECOND, List.of("Sum")),
    RDS_CPU(MetricTarget.Kind.DATABASE, "AWS/RDS", "CPUUtilization", "cpu_percent", Conversion.AS_IS, List.of("Average", "Maximum")),
    RDS_CONNECTIONS(MetricTarget.Kind.DATABASE, "AWS/RDS", "DatabaseConnections", "db_connections", Conversion.AS_IS,
            List.of("Average", "Maximum")),
    /** Summed with {@link #EBS_WRITE_OPS} into one {@code disk_iops} series. */
    EBS_READ_OPS(MetricTarget.Kind.VOLUME, "AWS/EBS", "VolumeReadOps", "disk_iops", Conversion.COUNT_PER_SECOND, List.of("Sum")),
    EBS_WRITE_OPS(MetricTarget.Kind.VOLUME, "AWS/EBS", "VolumeWriteOps", "disk_iops", Conversion.COUNT_PER_SECOND, List.of("Sum"));

    /** How a CloudWatch value becomes the canonical one. */
    public enum Conversion {
        /** Percent or count: kept. */
        AS_IS,
        /** Bytes in the period → bit/s. */
        BYTES_TO_BITS_PER_SECOND,
        /** Operations in the period → per second. */
        COUNT_PER_SECOND
    }

    private final MetricTarget.Kind kind;
    private final String namespace;
    private final String metricName;
    private final String canonical;
    private final Conversion conversion;
    private final List<String> stats;

    UsageMetric(MetricTarget.Kind kind, String namespace, String metricName, String canonical, Conversion conversion,
                List<String> stats) {
        this.kind = kind;
        this.namespace = namespace;
        this.metricName = metricName;
        this.canonical = canonical;
        this.conversion = conversion;
        this.stats = stats;
    }

    /** The metrics read for a kind of resource, in this order. */
    public static List<UsageMetric> forKind(MetricTarget.Kind kind) {
        return java.util.Arrays.stream(values()).filter(m -> m.kind == kind).toList();
    }

    public MetricTarget.Kind kind() {
        return kind;
    }

    public String namespace() {
        return namespace;
    }

    public String metricName() {
        return metricName;
    }

    /** The canonical usage metric name (FORMATS.md §2). */
    public String canonical() {
        return canonical;
    }

    public Conversion conversion() {
        return conversion;
    }

    /** The CloudWatch statistics asked for: Average and Maximum, or Sum for per-period totals. */
    public List<String> stats() {
        return stats;
    }
}
