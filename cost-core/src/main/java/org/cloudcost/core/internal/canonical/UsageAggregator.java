package org.cloudcost.core.internal.canonical;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cloudcost.core.frame.UsageFrame;
import org.cloudcost.core.internal.frame.FrameAccess;

import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Folds usage samples, as they are read, into hour buckets per resource, metric and statistic,
 * and builds the sorted {@link UsageFrame}. Memory follows the number of distinct buckets, not
 * the number of samples. A sample with a period of an hour or less falls in the UTC hour its
 * timestamp is in; a coarser sample (daily data) is its own bucket, starting at its own
 * timestamp and as long as its period.
 *
 * <pre>{@code
 * UsageAggregator agg = new UsageAggregator();
 * agg.add("i-abc", "cpu_percent", UsageStatistic.AVERAGE, epochSecond, 300, 12.5);
 * UsageFrame frame = agg.toFrame();
 * }</pre>
 */
final class UsageAggregator {
    /** The bucket length for samples of an hour or less. */
    static final int HOUR_SECONDS = 3600;

    private final Map<UsageKey, UsageSeries> series = new HashMap<>();
    private int size;

    /** Folds in one sample taken at {@code epochSecond} covering {@code periodSeconds} (> 0). */
    void add(String resourceId, String metric, UsageStatistic statistic, long epochSecond, int periodSeconds, double value) {
        UsageKey key = new UsageKey(resourceId, metric, statistic);
        UsageSeries s = series.get(key);
        if (s == null) {
            s = new UsageSeries();
            series.put(key, s);
        }
        int before = s.size();
        if (periodSeconds > HOUR_SECONDS) {
            s.add(epochSecond, periodSeconds, value, periodSeconds);
        } else {
            s.add(Math.floorDiv(epochSecond, HOUR_SECONDS) * HOUR_SECONDS, HOUR_SECONDS, value, periodSeconds);
        }
        size += s.size() - before;
    }

    /** Number of buckets so far: the rows the frame will have. */
    int size() {
        return size;
    }

    /**
     * The frame, sorted by ResourceId, Metric, Statistic ({@link UsageKey#FRAME_ORDER}), then
     * Timestamp and bucket length: a few thousand series sorted by their strings, each series'
     * buckets by time (usually already in order).
     */
    UsageFrame toFrame() {
        List<UsageKey> keys = new ArrayList<>(series.keySet());
        keys.sort(UsageKey.FRAME_ORDER);
        Table t = UsageFrame.emptyTable();
        StringColumn resource = t.stringColumn(UsageFrame.RESOURCE_ID);
        DateTimeColumn timestamp = t.dateTimeColumn(UsageFrame.TIMESTAMP);
        StringColumn metric = t.stringColumn(UsageFrame.METRIC);
        DoubleColumn value = t.doubleColumn(UsageFrame.VALUE);
        StringColumn statistic = t.stringColumn(UsageFrame.STATISTIC);
        IntColumn period = t.intColumn(UsageFrame.PERIOD_SECONDS);
        IntColumn samples = t.intColumn(UsageFrame.SAMPLES);
        for (UsageKey k : keys) {
            UsageSeries s = series.get(k);
            for (int i : s.timeOrder()) {
                UsageBucket b = s.bucket(i);
                resource.append(k.resourceId());
                timestamp.append(Cells.utc(s.start(i)));
                metric.append(k.metric());
                value.append(b.value(k.statistic()));
                statistic.append(k.statistic().label());
                period.append(s.length(i));
                samples.append(b.samples());
            }
        }
        // the table is this method's own: the frame takes it without a copy
        return FrameAccess.adopt(t);
    }
}
