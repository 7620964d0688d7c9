package org.cloudcost.aliyun.bill;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cloudcost.core.format.CsvRow;

/**
 * The dates of a bill: the day a charge belongs to and the billing month, as days since
 * 1970-01-01. Bill times are China time (UTC+8) without an offset, and the day kept is the
 * bill's own calendar day, the date the text starts with: {@code 2026-10-01 00:30:00} is
 * 1 October, although it is still 30 September in UTC. Excel's re-saved forms are read too
 * ({@code 2026/10/1 0:30}; a billing month turned into {@code 2026/10/1}). Each distinct text
 * is parsed once.
 */
final class BillDates {
    /** {@code 2026-10-05}, {@code 2026/10/5}, optionally followed by a time {@code 13:00[:00[.000]]}. */
    private static final Pattern DAY = Pattern.compile(
            "(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");
    /** {@code 2026-10}, {@code 2026/10}, {@code 202610}, or a whole date whose month is meant. */
    private static final Pattern MONTH = Pattern.compile(
            "(\\d{4})(?:[-/](\\d{1,2})(?:[-/]\\d{1,2}(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?)?|(\\d{2}))");
    private static final int MAX_CACHED = 100_000;
    private static final int NOT_A_DATE = Integer.MIN_VALUE;

    private final Map<String, Integer> days = new HashMap<>();
    private final Map<String, Integer> months = new HashMap<>();

    /**
     * The calendar day the timestamp in {@code column} starts with.
     *
     * @throws org.cloudcost.core.InputException when the field is not a date
     */
    int day(CsvRow row, int column) {
        String text = row.text(column);
        int day = cached(days, text, BillDates::parseDay);
        if (day == NOT_A_DATE) {
            throw row.error(column, "expected a China-time date such as 2026-10-05 or 2026-10-05 13:00:00, found \""
                    + shown(text) + "\"");
        }
        return day;
    }

    /**
     * The first day of the billing month in {@code column}.
     *
     * @throws org.cloudcost.core.InputException when the field is not a month
     */
    int monthStart(CsvRow row, int column) {
        String text = row.text(column);
        int day = cached(months, text, BillDates::parseMonth);
        if (day == NOT_A_DATE) {
            throw row.error(column, "expected a billing month such as 2026-10, found \"" + shown(text) + "\"");
        }
        return day;
    }

    private static int cached(Map<String, Integer> cache, String text, java.util.function.ToIntFunction<String> parse) {
        Integer known = cache.get(text);
        if (known != null) {
            return known;
        }
        int value = parse.applyAsInt(text);
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
        cache.put(text, value);
        return value;
    }

    static int parseDay(String text) {
        Matcher m = DAY.matcher(text.strip());
        if (!m.matches()) {
            return NOT_A_DATE;
        }
        return epochDay(m.group(1), m.group(2), m.group(3));
    }

    static int parseMonth(String text) {
        Matcher m = MONTH.matcher(text.strip());
        if (!m.matches()) {
            return NOT_A_DATE;
        }
        return epochDay(m.group(1), m.group(2) != null ? m.group(2) : m.group(3), "1");
    }

    private static int epochDay(String year, String month, String day) {
        try {
            return (int) LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)).toEpochDay();
        } catch (DateTimeException e) {
            return NOT_A_DATE;
        }
    }

    private static String shown(String text) {
        String oneLine = text.replaceAll("[\\r\\n]+", " ");
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 39) + "…";
    }
}
