package org.cloudcost.core.internal.canonical;

import java.util.Comparator;

/**
 * One series of the usage frame: a resource's metric under one statistic. Its rows are the
 * series' time buckets ({@link UsageSeries}).
 *
 * <pre>{@code
 * new UsageKey("i-abc", "cpu_percent", UsageStatistic.AVERAGE);
 * }</pre>
 *
 * @param resourceId the resource
 * @param metric the canonical metric name
 * @param statistic how samples fold
 */
record UsageKey(String resourceId, String metric, UsageStatistic statistic) {

    /** The frame's order of series: ResourceId, Metric, Statistic ({@code Average} before {@code Maximum}). */
    static final Comparator<UsageKey> FRAME_ORDER = (a, b) -> {
        int c = a.resourceId.compareTo(b.resourceId);
        if (c == 0) {
            c = a.metric.compareTo(b.metric);
        }
        return c != 0 ? c : a.statistic.label().compareTo(b.statistic.label());
    };

    /** Compares the cheap field first; the strings are usually the same instances. */
    @Override
    public boolean equals(Object o) {
        return o instanceof UsageKey k && statistic == k.statistic && resourceId.equals(k.resourceId)
                && metric.equals(k.metric);
    }

    @Override
    public int hashCode() {
        int h = resourceId.hashCode();
        h = 31 * h + metric.hashCode();
        return 31 * h + statistic.ordinal();
    }
}
