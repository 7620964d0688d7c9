package org.cloudcost.core.internal.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * How the built-in rules write figures into actions and reasons, so that every rule rounds the
 * same way and a reader can check a figure against the inputs: always {@link Locale#ROOT} (a dot
 * for decimals, no grouping), half-up rounding, the time zone as its id and one dash in time
 * ranges.
 *
 * <pre>{@code
 * RuleFigures.money(new BigDecimal("202.115"));   // "202.12"
 * RuleFigures.percent(3.14);                       // "3.1 %"
 * RuleFigures.number(14);                          // "14"; number(1.25) is "1.3"
 * RuleFigures.plain(0.9 * 100);                    // "90" (not 90.00000000000001)
 * RuleFigures.significant(1642.5, 4);              // "1643"
 * RuleFigures.hourRange(0, 6) + " " + RuleFigures.zone(zone);   // "00:00–06:00 Asia/Shanghai"
 * }</pre>
 */
public final class RuleFigures {
    /** The dash between the two ends of a time range: {@code 22:00–08:00}. */
    public static final String RANGE_DASH = "–";

    private static final int PLAIN_DIGITS = 6;

    private RuleFigures() {
    }

    /** An amount of money with two decimals, half-up: {@code 202.115 → 202.12}, {@code 7750 → 7750.00}. */
    public static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A percentage with one decimal and the sign: {@code 3.1 %}. */
    public static String percent(double v) {
        return String.format(Locale.ROOT, "%.1f %%", v);
    }

    /** One decimal, half-up: {@code 0.25 → 0.3}, {@code 1000 → 1000.0}. */
    public static String oneDecimal(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** Two decimals, half-up: {@code 0.85}. */
    public static String twoDecimals(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** A whole number when {@code v} is one ({@code 14}), else {@link #oneDecimal(double) one decimal} ({@code 1.5}). */
    public static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : oneDecimal(v);
    }

    /**
     * A threshold or catalog figure as a person would write it: at most six significant digits,
     * without trailing zeros, so binary noise disappears ({@code 0.9 × 100 → 90}, {@code 0.05 → 0.05}).
     */
    public static String plain(double v) {
        return significant(v, PLAIN_DIGITS);
    }

    /**
     * {@code v} rounded half-up to {@code digits} significant digits, without trailing zeros and never
     * in exponent notation: {@code significant(4.6667, 4) → 4.667}, {@code significant(4927.5, 4) → 4928},
     * {@code significant(0.050, 2) → 0.05}. {@code NaN} for NaN, {@code ∞} or {@code -∞} for infinities.
     */
    public static String significant(double v, int digits) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "-∞";
        }
        if (digits < 1) {
            throw new IllegalArgumentException("significant digits must be 1 or more, was " + digits);
        }
        return new BigDecimal(v).round(new MathContext(digits, RoundingMode.HALF_UP)).stripTrailingZeros().toPlainString();
    }

    /**
     * The time zone as the rules name it in actions and reasons: its id as
     * {@link org.cloudcost.core.rules.RuleContext#zone} gives it ({@code Asia/Shanghai},
     * {@code Europe/Berlin}, {@code +08:00}), and {@code UTC} for the offset zone {@code Z}.
     */
    public static String zone(ZoneId zone) {
        return zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    /**
     * Hours of the day as a range with {@link #RANGE_DASH}: {@code hourRange(22, 8) → 22:00–08:00},
     * {@code hourRange(19, 24) → 19:00–24:00}.
     *
     * @param from the first hour, 0–23
     * @param to the hour the range ends at, 0–24
     */
    public static String hourRange(int from, int to) {
        if (from < 0 || from > 23 || to < 0 || to > 24) {
            throw new IllegalArgumentException("hours of the day run from 0 to 24, got " + from + " and " + to);
        }
        return hour(from) + RANGE_DASH + hour(to);
    }

    /** {@code 07:00}. */
    public static String hour(int h) {
        return String.format(Locale.ROOT, "%02d:00", h);
    }
}
