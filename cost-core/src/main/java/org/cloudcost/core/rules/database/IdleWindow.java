package org.cloudcost.core.rules.database;

import org.cloudcost.core.internal.rules.RuleFigures;

/**
 * The longest run of idle hours of day, wrapping midnight: {@code start} is the first idle hour
 * (0-23) and {@code hours} the length (24 when every hour is idle, 0 when none is).
 *
 * <pre>{@code
 * boolean[] idle = new boolean[24];
 * for (int h = 0; h < 6; h++) idle[h] = true;
 * idle[23] = true;
 * IdleWindow.longest(idle);          // start 23, 7 hours: 23:00–06:00
 * }</pre>
 */
record IdleWindow(int start, int hours) {

    /** The longest circular run of {@code true} in {@code idle} (24 values); the earliest start on a tie. */
    static IdleWindow longest(boolean[] idle) {
        int n = idle.length;
        int firstBusy = -1;
        for (int h = 0; h < n; h++) {
            if (!idle[h]) {
                firstBusy = h;
                break;
            }
        }
        if (firstBusy < 0) {
            return new IdleWindow(0, n);
        }
        int bestStart = 0;
        int bestLength = 0;
        int runStart = -1;
        for (int i = 1; i <= n; i++) {
            int h = (firstBusy + i) % n;
            if (idle[h]) {
                if (runStart < 0) {
                    runStart = h;
                }
                int length = (h - runStart + n) % n + 1;
                if (length > bestLength || length == bestLength && runStart < bestStart) {
                    bestLength = length;
                    bestStart = runStart;
                }
            } else {
                runStart = -1;
            }
        }
        return new IdleWindow(bestStart, bestLength);
    }

    /** True when {@code hour} lies in the window. */
    boolean contains(int hour) {
        return (hour - start + 24) % 24 < hours;
    }

    /** {@code 00:00–06:00}, or {@code all day}. */
    String text() {
        if (hours >= 24) {
            return "all day";
        }
        return RuleFigures.hourRange(start, (start + hours) % 24);
    }
}
