package org.cloudcost.report.charts;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import org.cloudcost.core.frame.UsageFrame;

import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Fleet mean CPU by weekday and hour of day, in one time zone: the mean of every hourly
 * {@code cpu_percent} average (FORMATS.md §2) whose hour starts in that weekday and hour there.
 * Each resource-hour weighs the same, so a cell is what the fleet's average machine did then.
 *
 * <p>Rows that cannot be placed on the clock are left out and counted by reason
 * ({@link #excluded()}): {@code Maximum} rows (peaks, not means), buckets longer than an hour
 * (daily data has no hour of day) and rows without a value.
 */
final class CpuHeatmap {
    /** The longest bucket that still has an hour of day. */
    static final int HOUR_SECONDS = 3600;

    static final String MAXIMUM_ROWS = "Maximum rows (peaks, not means)";
    static final String LONG_BUCKETS = "buckets longer than an hour (no hour of day)";
    static final String NO_VALUE = "rows without a value";

    private final ZoneId zone;
    private final double[][] sums = new double[7][24];
    private final long[][] counts = new long[7][24];
    private final Map<String, Long> excluded = new LinkedHashMap<>();
    private final Set<String> resources = new HashSet<>();
    private long rowsUsed;

    private CpuHeatmap(ZoneId zone) {
        this.zone = zone;
    }

    /** The heatmap of {@code usage}'s {@code cpu_percent} rows with hours in {@code zone}. */
    static CpuHeatmap of(UsageFrame usage, ZoneId zone) {
        CpuHeatmap map = new CpuHeatmap(zone);
        Table cpu = usage.metric(UsageFrame.CPU_PERCENT);
        StringColumn ids = cpu.stringColumn(UsageFrame.RESOURCE_ID);
        DateTimeColumn starts = cpu.dateTimeColumn(UsageFrame.TIMESTAMP);
        DoubleColumn values = cpu.doubleColumn(UsageFrame.VALUE);
        StringColumn statistics = cpu.stringColumn(UsageFrame.STATISTIC);
        IntColumn periods = cpu.intColumn(UsageFrame.PERIOD_SECONDS);
        for (int row = 0; row < cpu.rowCount(); row++) {
            map.add(ids.get(row), starts.get(row), values.getDouble(row), statistics.get(row), periods.getInt(row));
        }
        return map;
    }

    private void add(String resourceId, LocalDateTime utcStart, double value, String statistic, int periodSeconds) {
        if ("Maximum".equals(statistic)) {
            excluded.merge(MAXIMUM_ROWS, 1L, Long::sum);
        } else if (periodSeconds > HOUR_SECONDS) {
            excluded.merge(LONG_BUCKETS, 1L, Long::sum);
        } else if (Double.isNaN(value) || utcStart == null) {
            excluded.merge(NO_VALUE, 1L, Long::sum);
        } else {
            ZonedDateTime local = utcStart.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone);
            int day = local.getDayOfWeek().getValue() - 1;
            sums[day][local.getHour()] += value;
            counts[day][local.getHour()]++;
            resources.add(resourceId);
            rowsUsed++;
        }
    }

    /** The zone the hours are in. */
    ZoneId zone() {
        return zone;
    }

    /** The mean CPU % of that weekday and hour; empty when no row fell there. */
    OptionalDouble mean(DayOfWeek day, int hour) {
        long n = counts[day.getValue() - 1][hour];
        return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(sums[day.getValue() - 1][hour] / n);
    }

    /** How many resource-hours fell in that weekday and hour. */
    long samples(DayOfWeek day, int hour) {
        return counts[day.getValue() - 1][hour];
    }

    /** True when no row could be placed: there is nothing to draw. */
    boolean isEmpty() {
        return rowsUsed == 0;
    }

    /** Resource-hours placed on the map. */
    long rowsUsed() {
        return rowsUsed;
    }

    /** Distinct resources with at least one placed row. */
    int resourceCount() {
        return resources.size();
    }

    /** Rows left out, by reason, in the order first met. */
    Map<String, Long> excluded() {
        return Collections.unmodifiableMap(excluded);
    }
}
