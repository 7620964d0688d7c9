package org.cloudcost.core.internal.canonical;

import java.util.Comparator;

/**
 * What one row of the usage frame stands for: a resource's metric and statistic over one time
 * bucket, the bucket given by its start (epoch second) and length.
 *
 * <pre>{@code
 * new UsageKey("i-abc", "cpu_percent", UsageStatistic.AVERAGE, 1790859600L, 3600);
 * }</pre>
 *
 * @param resourceId the resource
 * @param metric the canonical metric name
 * @param statistic how samples fold
 * @param bucketStart the bucket's first second, UTC epoch seconds
 * @param bucketSeconds the bucket's length
 */
record UsageKey(String resourceId, String metric, UsageStatistic statistic, long bucketStart, int bucketSeconds) {

    /**
     * The frame's order: ResourceId, Metric, Statistic ({@code Average} before {@code Maximum}),
     * Timestamp, then bucket length.
     */
    static final Comparator<UsageKey> FRAME_ORDER = (a, b) -> {
        int c = a.resourceId.compareTo(b.resourceId);
        if (c == 0) {
            c = a.metric.compareTo(b.metric);
        }
        if (c == 0) {
            c = a.statistic.label().compareTo(b.statistic.label());
        }
        if (c == 0) {
            c = Long.compare(a.bucketStart, b.bucketStart);
        }
        return c != 0 ? c : Integer.compare(a.bucketSeconds, b.bucketSeconds);
    };

    /** Compares the cheap, most distinguishing fields first; the strings are usually the same instances. */
    @Override
    public boolean equals(Object o) {
        return o instanceof UsageKey k && bucketStart == k.bucketStart && bucketSeconds == k.bucketSeconds
                && statistic == k.statistic && resourceId.equals(k.resourceId) && metric.equals(k.metric);
    }

    @Override
    public int hashCode() {
        int h = resourceId.hashCode();
        h = 31 * h + metric.hashCode();
        h = 31 * h + statistic.ordinal();
        h = 31 * h + Long.hashCode(bucketStart);
        return 31 * h + bucketSeconds;
    }
}
