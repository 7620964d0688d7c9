package org.cloudcost.samples.casestudy;

import java.time.DayOfWeek;
import java.time.LocalDateTime;

/**
 * How busy a resource is, hour by hour, in China time: a level for busy hours, one for the ramps
 * around them, one for the night, and a weekend factor on the busy level; the generator adds
 * a small deterministic jitter. A flat load has the same level at every hour.
 *
 * @param busy        level in the busy hours (CPU % or Mbps)
 * @param shoulder    level in the hour or two before and after the busy hours
 * @param quiet       level at night
 * @param busyFrom    first busy hour of the day (China time, 0–23)
 * @param busyTo      first hour after the busy hours (may be 24)
 * @param weekend     the busy level's factor on Saturday and Sunday (1 = no weekly pattern)
 * @param weekendIdle true when the whole weekend runs at the quiet level (a test environment)
 * @param peak        level of the evening peak, or 0 for none
 * @param peakFrom    first hour of the evening peak
 * @param peakTo      first hour after the evening peak
 */
record Load(double busy, double shoulder, double quiet, int busyFrom, int busyTo, double weekend, boolean weekendIdle,
            double peak, int peakFrom, int peakTo) {

    /** The same level at every hour. */
    static Load flat(double level) {
        return new Load(level, level, level, 0, 24, 1, false, 0, 0, 0);
    }

    /** A day/night pattern: busy from {@code from} to {@code to}, ramps of two hours either side. */
    static Load daily(double busy, double shoulder, double quiet, int from, int to, double weekend) {
        return new Load(busy, shoulder, quiet, from, to, weekend, false, 0, 0, 0);
    }

    /** Office hours on weekdays only; nights and weekends at the quiet level. */
    static Load officeHours(double busy, double quiet, int from, int to) {
        return new Load(busy, (busy + quiet) / 2, quiet, from, to, 1, true, 0, 0, 0);
    }

    /** The same pattern with an evening peak. */
    Load withPeak(double level, int from, int to) {
        return new Load(busy, shoulder, quiet, busyFrom, busyTo, weekend, weekendIdle, level, from, to);
    }

    /** The level at one hour, China time, before jitter. */
    double at(LocalDateTime chinaTime) {
        int h = chinaTime.getHour();
        boolean weekendDay = chinaTime.getDayOfWeek() == DayOfWeek.SATURDAY || chinaTime.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (weekendDay && weekendIdle) {
            return quiet;
        }
        if (peak > 0 && h >= peakFrom && h < peakTo) {
            return peak;
        }
        double level;
        if (h >= busyFrom && h < busyTo) {
            level = busy;
        } else if (h >= busyFrom - 2 && h < busyFrom || h >= busyTo && h < busyTo + 2) {
            level = shoulder;
        } else {
            level = quiet;
        }
        return weekendDay && level > quiet ? quiet + (level - quiet) * weekend : level;
    }
}
