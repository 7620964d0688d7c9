package org.cloudcost.core.internal.csv;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Parses the timestamps real billing files carry, from ASCII bytes and without allocating:
 * {@code 2024-09-18T22:00:00Z}, {@code 2024-09-18 22:00:00} (no T, no zone, as the FOCUS sample
 * writes them), {@code 2024-09-18T22:00:00.000+08:00}, {@code 2024-09-18T22:00Z},
 * {@code 2024-09-18T22:00:00 UTC} and a bare {@code 2024-09-18}.
 */
final class TimestampParser {
    private int year;
    private int month;
    private int day;
    private int hour;
    private int minute;
    private int second;
    private boolean hasOffset;
    private int offsetSeconds;

    boolean parse(byte[] b, int s, int e) {
        while (s < e && b[s] == ' ') {
            s++;
        }
        while (e > s && b[e - 1] == ' ') {
            e--;
        }
        hour = minute = second = 0;
        hasOffset = false;
        offsetSeconds = 0;
        if (e - s < 10 || b[s + 4] != '-' || b[s + 7] != '-') {
            return false;
        }
        year = digits(b, s, 4);
        month = digits(b, s + 5, 2);
        day = digits(b, s + 8, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
            return false;
        }
        int i = s + 10;
        if (i == e) {
            return true;
        }
        if (b[i] != 'T' && b[i] != ' ' && b[i] != 't') {
            return false;
        }
        i++;
        if (e - i < 5 || b[i + 2] != ':') {
            return false;
        }
        hour = digits(b, i, 2);
        minute = digits(b, i + 3, 2);
        i += 5;
        if (i < e && b[i] == ':') {
            if (e - i < 3) {
                return false;
            }
            second = digits(b, i + 1, 2);
            i += 3;
            if (i < e && (b[i] == '.' || b[i] == ',')) {
                i++;
                int f = i;
                while (i < e && b[i] >= '0' && b[i] <= '9') {
                    i++;
                }
                if (i == f) {
                    return false;
                }
            }
        }
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) {
            return false;
        }
        if (i == e) {
            return true;
        }
        return parseZone(b, i, e);
    }

    private boolean parseZone(byte[] b, int i, int e) {
        if (b[i] == ' ') {
            i++;
        }
        int n = e - i;
        if (n == 1 && (b[i] == 'Z' || b[i] == 'z')) {
            hasOffset = true;
            return true;
        }
        if (n == 3 && b[i] == 'U' && b[i + 1] == 'T' && b[i + 2] == 'C') {
            hasOffset = true;
            return true;
        }
        if (b[i] != '+' && b[i] != '-') {
            return false;
        }
        int sign = b[i] == '-' ? -1 : 1;
        i++;
        n = e - i;
        int h;
        int m = 0;
        if (n == 2) {
            h = digits(b, i, 2);
        } else if (n == 4) {
            h = digits(b, i, 2);
            m = digits(b, i + 2, 2);
        } else if (n == 5 && b[i + 2] == ':') {
            h = digits(b, i, 2);
            m = digits(b, i + 3, 2);
        } else {
            return false;
        }
        if (h < 0 || h > 18 || m < 0 || m > 59) {
            return false;
        }
        hasOffset = true;
        offsetSeconds = sign * (h * 3600 + m * 60);
        return true;
    }

    /** Seconds since the epoch; a timestamp without an offset is read in {@code zone}. */
    long epochSecond(ZoneId zone) {
        long local = toEpochDay(year, month, day) * 86_400L + hour * 3600L + minute * 60L + second;
        if (hasOffset) {
            return local - offsetSeconds;
        }
        if (zone instanceof ZoneOffset z) {
            return local - z.getTotalSeconds();
        }
        return LocalDateTime.of(year, month, day, hour, minute, Math.min(second, 59)).atZone(zone).toEpochSecond();
    }

    private static int digits(byte[] b, int s, int n) {
        int v = 0;
        for (int i = s; i < s + n; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    private static int lengthOfMonth(int y, int m) {
        return switch (m) {
            case 2 -> (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (as {@code LocalDate.toEpochDay}). */
    static long toEpochDay(int y, int m, int d) {
        long total = 365L * y;
        if (y >= 0) {
            total += (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
        } else {
            total -= y / -4 - y / -100 + y / -400;
        }
        total += (367L * m - 362) / 12;
        total += d - 1;
        if (m > 2) {
            total--;
            if (!((y % 4 == 0) && (y % 100 != 0 || y % 400 == 0))) {
                total--;
            }
        }
        return total - 719_528L;
    }
}
