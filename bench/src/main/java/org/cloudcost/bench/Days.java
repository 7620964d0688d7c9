package org.cloudcost.bench;

/**
 * The charge day of a timestamp such as {@code 2025-09-18T22:00:00Z}, as days since 1970-01-01,
 * from its first ten characters and without allocating: what the String-based approaches use
 * for the day of the group key. Only UTC timestamps (as the generator writes) are meant here;
 * cloudcost's own reader handles offsets and other layouts.
 */
final class Days {
    private Days() {
    }

    static int epochDay(CharSequence s) {
        if (s.length() < 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            throw new IllegalArgumentException("not a timestamp: \"" + s + "\"");
        }
        return epochDay(digits(s, 0, 4), digits(s, 5, 2), digits(s, 8, 2));
    }

    static int epochDay(char[] b, int off, int len) {
        if (len < 10 || b[off + 4] != '-' || b[off + 7] != '-') {
            throw new IllegalArgumentException("not a timestamp: \"" + new String(b, off, len) + "\"");
        }
        return epochDay(digits(b, off, 4), digits(b, off + 5, 2), digits(b, off + 8, 2));
    }

    /** Days from civil (proleptic Gregorian); the same numbers as {@code LocalDate.toEpochDay()}. */
    static int epochDay(int y, int m, int d) {
        y -= m <= 2 ? 1 : 0;
        int era = Math.floorDiv(y, 400);
        int yoe = y - era * 400;
        int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }

    private static int digits(CharSequence s, int from, int n) {
        int v = 0;
        for (int i = from; i < from + n; i++) {
            int c = s.charAt(i) - '0';
            if (c < 0 || c > 9) {
                throw new IllegalArgumentException("not a timestamp: \"" + s + "\"");
            }
            v = v * 10 + c;
        }
        return v;
    }

    private static int digits(char[] b, int from, int n) {
        int v = 0;
        for (int i = from; i < from + n; i++) {
            int c = b[i] - '0';
            if (c < 0 || c > 9) {
                throw new IllegalArgumentException("not a timestamp: \"" + new String(b, from, n) + "\"");
            }
            v = v * 10 + c;
        }
        return v;
    }
}
