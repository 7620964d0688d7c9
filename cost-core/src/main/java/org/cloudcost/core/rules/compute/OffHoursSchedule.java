package org.cloudcost.core.rules.compute;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;
import org.cloudcost.core.internal.rules.RuleFigures;
import org.cloudcost.core.rules.MetricSeries;

/**
 * The quiet hours of a week, from an hour-of-week profile of mean CPU (168 figures, Monday 00:00
 * first, in the resource's time zone): one daily window on weekdays and, when quiet, the weekend.
 *
 * <p>An hour of the week is <em>quiet</em> when its mean CPU is below {@code quietCpuPercent} and
 * below {@code quietShareOfBusy} × the <em>busy level</em>, the 95th percentile of the 168 means;
 * an hour without data is never quiet. The weekday window is the longest run of hours of the day
 * (wrapping midnight) that are quiet on all five weekdays; it counts when it lasts at least
 * {@code minWindowHours}. The weekend counts whole when all its 48 hours are quiet; otherwise the
 * weekday window extends to Saturday and Sunday when its hours are quiet there too.
 *
 * <pre>{@code
 * OffHoursSchedule.find(cpu.hourOfWeekMeans(zone), 10, 0.5, 4)
 *         .map(s -> s.describe(zone));   // Optional["22:00–08:00 Asia/Shanghai on weekdays and all weekend"]
 * }</pre>
 *
 * @param windowStart first hour of the weekday window (0–23), or -1 without one
 * @param windowHours length of the weekday window, 0 without one
 * @param weekend how the weekend is covered
 * @param slots the hours of the week in the schedule (168 flags, Monday 00:00 first)
 * @param busyLevel the 95th percentile of the profile
 */
record OffHoursSchedule(int windowStart, int windowHours, Weekend weekend, boolean[] slots, double busyLevel) {
    static final int HOURS_PER_WEEK = 168;
    private static final int WEEKDAYS = 5;

    /** How the schedule covers Saturday and Sunday. */
    enum Weekend {
        /** All 48 hours. */
        ALL,
        /** The weekday window, on both days. */
        WINDOW,
        /** Not at all. */
        NONE
    }

    OffHoursSchedule {
        slots = slots.clone();
    }

    /**
     * The schedule of {@code profile}; empty when there is neither a weekday window of at least
     * {@code minWindowHours} nor a wholly quiet weekend.
     */
    static Optional<OffHoursSchedule> find(double[] profile, double quietCpuPercent, double quietShareOfBusy,
                                           int minWindowHours) {
        if (profile.length != HOURS_PER_WEEK) {
            throw new IllegalArgumentException("an hour-of-week profile has 168 figures, not " + profile.length);
        }
        double[] known = Arrays.stream(profile).filter(v -> !Double.isNaN(v)).toArray();
        if (known.length == 0) {
            return Optional.empty();
        }
        double busy = MetricSeries.percentileOf(known, 95);
        boolean[] quiet = new boolean[HOURS_PER_WEEK];
        for (int i = 0; i < HOURS_PER_WEEK; i++) {
            double v = profile[i];
            quiet[i] = !Double.isNaN(v) && v < quietCpuPercent && v < quietShareOfBusy * busy;
        }
        boolean[] weekdayQuiet = new boolean[24];
        for (int h = 0; h < 24; h++) {
            boolean all = true;
            for (int d = 0; d < WEEKDAYS; d++) {
                all &= quiet[d * 24 + h];
            }
            weekdayQuiet[h] = all;
        }
        int[] run = longestCircularRun(weekdayQuiet);
        int start = run[1] >= Math.max(1, minWindowHours) ? run[0] : -1;
        int hours = start < 0 ? 0 : run[1];

        boolean weekendAll = true;
        for (int i = WEEKDAYS * 24; i < HOURS_PER_WEEK; i++) {
            weekendAll &= quiet[i];
        }
        Weekend weekend = weekendAll ? Weekend.ALL : Weekend.NONE;
        if (!weekendAll && start >= 0) {
            boolean windowQuiet = true;
            for (int d = WEEKDAYS; d < 7; d++) {
                for (int k = 0; k < hours; k++) {
                    windowQuiet &= quiet[d * 24 + (start + k) % 24];
                }
            }
            weekend = windowQuiet ? Weekend.WINDOW : Weekend.NONE;
        }
        if (start < 0 && weekend != Weekend.ALL) {
            return Optional.empty();
        }
        boolean[] slots = new boolean[HOURS_PER_WEEK];
        for (int d = 0; d < 7; d++) {
            boolean weekday = d < WEEKDAYS;
            if (!weekday && weekend == Weekend.ALL) {
                Arrays.fill(slots, d * 24, d * 24 + 24, true);
            } else if (start >= 0 && (weekday || weekend == Weekend.WINDOW)) {
                for (int k = 0; k < hours; k++) {
                    slots[d * 24 + (start + k) % 24] = true;
                }
            }
        }
        return Optional.of(new OffHoursSchedule(start, hours, weekend, slots, busy));
    }

    /** {start, length} of the longest run of true values, wrapping from hour 23 to hour 0; the earliest start wins ties. */
    private static int[] longestCircularRun(boolean[] q) {
        int n = q.length;
        int bestStart = -1;
        int bestLength = 0;
        for (int s = 0; s < n; s++) {
            if (!q[s] || (q[(s + n - 1) % n] && !allTrue(q))) {
                continue; // not the start of a run
            }
            int len = 0;
            while (len < n && q[(s + len) % n]) {
                len++;
            }
            if (len > bestLength) {
                bestStart = s;
                bestLength = len;
            }
        }
        return new int[] {bestStart, bestLength};
    }

    private static boolean allTrue(boolean[] q) {
        for (boolean b : q) {
            if (!b) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean[] slots() {
        return slots.clone();
    }

    /** True when hour {@code slot} of the week (Monday 00:00 = 0) is in the schedule. */
    boolean covers(int slot) {
        return slots[slot];
    }

    /** Hours a week in the schedule. */
    int hoursPerWeek() {
        int n = 0;
        for (boolean s : slots) {
            n += s ? 1 : 0;
        }
        return n;
    }

    /**
     * The schedule in local time, as the hours it covers: {@code 22:00–08:00 Asia/Shanghai on weekdays
     * and all weekend}, {@code 22:00–08:00 UTC every day}, {@code 00:00–08:00 and 22:00–24:00 UTC on
     * weekdays (Monday to Friday)} (a window wrapping midnight without the weekend: weekday hours are
     * calendar hours of Monday to Friday).
     */
    String describe(ZoneId zone) {
        String z = RuleFigures.zone(zone);
        if (windowStart < 0) {
            return "all weekend (Saturday 00:00 to Monday 00:00 " + z + ")";
        }
        int end = windowStart + windowHours;
        String window = RuleFigures.hourRange(windowStart, windowHours == 24 ? 24 : end % 24) + " " + z;
        return switch (weekend) {
            case ALL -> window + " on weekdays and all weekend";
            case WINDOW -> window + " every day";
            // the weekday hours are checked by calendar day: a window wrapping midnight covers Monday to Friday
            // 00:00–end and start–24:00, not the nights Monday to Friday (which would run into Saturday morning)
            case NONE -> end > 24 && windowHours < 24
                    ? RuleFigures.hourRange(0, end % 24) + " and " + RuleFigures.hourRange(windowStart, 24) + " " + z
                            + " on weekdays (Monday to Friday)"
                    : window + " on weekdays";
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OffHoursSchedule s && s.windowStart == windowStart && s.windowHours == windowHours
                && s.weekend == weekend && Arrays.equals(s.slots, slots) && Double.compare(s.busyLevel, busyLevel) == 0;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(slots) * 31 + windowStart;
    }

    @Override
    public String toString() {
        return "OffHoursSchedule{" + windowStart + "+" + windowHours + "h, weekend " + weekend + ", " + hoursPerWeek()
                + " h/week, busy " + busyLevel + "}";
    }
}
