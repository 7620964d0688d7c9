package org.cloudcost.core.rules.database;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.cloudcost.core.rules.MetricSeries;

/**
 * How often each hour of day was idle: for every hourly CPU bucket, idle when its mean CPU is
 * below the limit and, when a connection series is given, that series has a bucket at the same
 * hour at or under its limit (a missing connection bucket is not evidence of idleness). The share
 * of an hour of day is taken over the days on which that hour lies within the CPU series' span,
 * so a gap inside the span counts as not idle while the partial first and last day (a UTC month
 * seen in China time) do not count against the hours they do not cover.
 *
 * @param idleDays per hour of day (0-23), the number of days it was idle
 * @param spanDays per hour of day, the number of days on which it lies within the series' span
 */
record IdleHours(int[] idleDays, int[] spanDays) {

    /**
     * Counts idle hours of {@code cpu} in {@code zone}.
     *
     * @param connections a connection series (count or percent), or null to judge by CPU alone
     */
    static IdleHours of(MetricSeries cpu, double cpuLimit, MetricSeries connections, double connectionLimit, ZoneId zone) {
        Map<Long, Double> byHour = new HashMap<>();
        if (connections != null) {
            for (int i = 0; i < connections.size(); i++) {
                byHour.put(connections.time(i).getEpochSecond(), connections.value(i));
            }
        }
        int[] idle = new int[24];
        for (int i = 0; i < cpu.size(); i++) {
            if (!(cpu.value(i) < cpuLimit)) {
                continue;
            }
            if (connections != null) {
                Double c = byHour.get(cpu.time(i).getEpochSecond());
                if (c == null || c > connectionLimit) {
                    continue;
                }
            }
            idle[hour(cpu.time(i), zone)]++;
        }
        int[] span = new int[24];
        if (!cpu.isEmpty()) {
            for (Instant t = cpu.start().truncatedTo(ChronoUnit.HOURS); !t.isAfter(cpu.end()); t = t.plus(1, ChronoUnit.HOURS)) {
                span[hour(t, zone)]++;
            }
        }
        return new IdleHours(idle, span);
    }

    private static int hour(Instant t, ZoneId zone) {
        return ZonedDateTime.ofInstant(t, zone).getHour();
    }

    /** The hours idle on at least {@code share} of the days that cover them. */
    boolean[] idleOn(double share) {
        boolean[] out = new boolean[24];
        for (int h = 0; h < 24; h++) {
            out[h] = spanDays[h] > 0 && idleDays[h] >= share * spanDays[h] - 1e-9;
        }
        return out;
    }

    /** The hour of {@code window} idle on the smallest share of its days. */
    int leastIdleHour(IdleWindow window) {
        int worst = window.start();
        for (int h = 0; h < 24; h++) {
            if (window.contains(h) && (long) idleDays[h] * spanDays[worst] < (long) idleDays[worst] * spanDays[h]) {
                worst = h;
            }
        }
        return worst;
    }
}
