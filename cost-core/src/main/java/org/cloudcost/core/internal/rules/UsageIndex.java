package org.cloudcost.core.internal.rules;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.cloudcost.core.frame.UsageFrame;
import org.cloudcost.core.internal.frame.FrameAccess;
import org.cloudcost.core.rules.MetricSeries;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The usage frame split into one {@link MetricSeries} per resource, metric and statistic, built in one pass. */
final class UsageIndex {
    private final Map<String, MetricSeries> series;
    private final Instant end;

    private UsageIndex(Map<String, MetricSeries> series, Instant end) {
        this.series = series;
        this.end = end;
    }

    /**
     * Splits {@code frame} in one pass. The frame is sorted by series, so consecutive rows
     * usually share one: the map is consulted only when the series changes (any order still
     * gives the same series, only slower).
     */
    static UsageIndex build(UsageFrame frame) {
        Table t = FrameAccess.readOnly(frame);
        StringColumn id = t.stringColumn(UsageFrame.RESOURCE_ID);
        StringColumn metric = t.stringColumn(UsageFrame.METRIC);
        StringColumn stat = t.stringColumn(UsageFrame.STATISTIC);
        DateTimeColumn time = t.dateTimeColumn(UsageFrame.TIMESTAMP);
        DoubleColumn value = t.doubleColumn(UsageFrame.VALUE);
        IntColumn period = t.intColumn(UsageFrame.PERIOD_SECONDS);
        Map<String, Growing> grow = new HashMap<>();
        long end = Long.MIN_VALUE;
        String lastId = null;
        String lastMetric = null;
        String lastStat = null;
        Growing current = null;
        for (int r = 0; r < t.rowCount(); r++) {
            LocalDateTime ts = time.get(r);
            if (ts == null || value.isMissing(r)) {
                continue;
            }
            long s = ts.toEpochSecond(ZoneOffset.UTC);
            end = Math.max(end, s + period.getInt(r));
            String rowId = id.get(r);
            String rowMetric = metric.get(r);
            String rowStat = stat.get(r);
            if (current == null || !rowId.equals(lastId) || !rowMetric.equals(lastMetric) || !rowStat.equals(lastStat)) {
                current = grow.computeIfAbsent(key(rowId, rowMetric, rowStat), k -> new Growing());
                lastId = rowId;
                lastMetric = rowMetric;
                lastStat = rowStat;
            }
            current.add(s, value.getDouble(r));
        }
        Map<String, MetricSeries> out = new HashMap<>();
        grow.forEach((k, g) -> {
            String[] parts = k.split("\u0000", -1);
            out.put(k, new MetricSeries(parts[0], parts[1], parts[2], java.util.Arrays.copyOf(g.times, g.n),
                    java.util.Arrays.copyOf(g.values, g.n)));
        });
        return new UsageIndex(out, end == Long.MIN_VALUE ? null : Instant.ofEpochSecond(end));
    }

    Optional<MetricSeries> series(String resourceId, String metric, String statistic) {
        return Optional.ofNullable(series.get(key(resourceId, metric, statistic)));
    }

    /** The end of the last bucket, or null without usage. */
    Instant end() {
        return end;
    }

    boolean isEmpty() {
        return series.isEmpty();
    }

    private static String key(String id, String metric, String stat) {
        return id + '\u0000' + metric + '\u0000' + stat;
    }

    private static final class Growing {
        long[] times = new long[64];
        double[] values = new double[64];
        int n;

        void add(long t, double v) {
            if (n == times.length) {
                times = java.util.Arrays.copyOf(times, n * 2);
                values = java.util.Arrays.copyOf(values, n * 2);
            }
            times[n] = t;
            values[n++] = v;
        }
    }
}
