package org.cloudcost.core.internal.csv;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * Parses a decimal number from ASCII bytes without allocating: optional blanks and sign,
 * digits with an optional point, an optional exponent. Keeps the exact value as an unscaled
 * {@code long} and a scale, so sums can be exact, and gives the correctly rounded
 * {@code double} (Clinger's fast path when it applies, {@link Double#parseDouble} otherwise).
 */
final class DecimalParser {
    private static final double[] POW10 = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    /** The largest power of ten, either way, a value may carry. */
    static final int MAX_SCALE = 60;

    private long unscaled;
    private boolean outOfRange;
    private int scale;
    private boolean negative;
    private boolean overflow;
    private byte[] buf;
    private int start;
    private int end;

    /** Parses {@code b[start, end)}; false when it is not a number. */
    boolean parse(byte[] b, int start, int end) {
        while (start < end && b[start] == ' ') {
            start++;
        }
        while (end > start && b[end - 1] == ' ') {
            end--;
        }
        this.buf = b;
        this.start = start;
        this.end = end;
        int i = start;
        negative = false;
        overflow = false;
        outOfRange = false;
        unscaled = 0;
        scale = 0;
        if (i < end && (b[i] == '-' || b[i] == '+')) {
            negative = b[i] == '-';
            i++;
        }
        int digits = 0;
        boolean point = false;
        for (; i < end; i++) {
            byte c = b[i];
            if (c >= '0' && c <= '9') {
                digits++;
                if (unscaled > (Long.MAX_VALUE - 9) / 10) {
                    overflow = true;
                } else {
                    unscaled = unscaled * 10 + (c - '0');
                }
                if (point) {
                    scale++;
                }
            } else if (c == '.' && !point) {
                point = true;
                // the decimals, eight at a time while eight digits follow (amounts carry ten or more)
                while (i + 9 <= end && unscaled <= EIGHT_DIGITS_LIMIT) {
                    long w = (long) LONGS.get(b, i + 1);
                    if (!eightDigits(w)) {
                        break;
                    }
                    unscaled = unscaled * 100_000_000L + eightDigitsValue(w);
                    digits += 8;
                    scale += 8;
                    i += 8;
                }
            } else {
                break;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < end && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            boolean expNegative = false;
            if (i < end && (b[i] == '-' || b[i] == '+')) {
                expNegative = b[i] == '-';
                i++;
            }
            int exp = 0;
            int expDigits = 0;
            for (; i < end && b[i] >= '0' && b[i] <= '9'; i++) {
                exp = Math.min(exp * 10 + (b[i] - '0'), 100_000);
                expDigits++;
            }
            if (expDigits == 0) {
                return false;
            }
            scale += expNegative ? exp : -exp;
        }
        // beyond 10^±MAX_SCALE is not an amount, a quantity or a metric: refuse it rather than
        // carry a 100,000-digit exact value through the sums
        outOfRange = i == end && Math.abs(scale) > MAX_SCALE;
        return i == end && !outOfRange;
    }

    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    /** The largest value eight more digits can be appended to without overflowing a long. */
    private static final long EIGHT_DIGITS_LIMIT = (Long.MAX_VALUE - 99_999_999L) / 100_000_000L;

    /** True when each of the eight bytes of {@code w} is an ASCII digit (a high nibble of 3 and, plus 6, still 3). */
    private static boolean eightDigits(long w) {
        return ((w & 0xF0F0F0F0F0F0F0F0L) | (((w + 0x0606060606060606L) & 0xF0F0F0F0F0F0F0F0L) >>> 4)) == 0x3333333333333333L;
    }

    /** The number the eight ASCII digits of {@code w} write, its lowest byte the first digit: three multiplications. */
    private static long eightDigitsValue(long w) {
        long v = w & 0x0F0F0F0F0F0F0F0FL;
        v = (v * ((10L << 8) + 1)) >>> 8 & 0x00FF00FF00FF00FFL; // each byte pair: 10 x the first + the second
        v = (v * ((100L << 16) + 1)) >>> 16 & 0x0000FFFF0000FFFFL;
        return (v * ((10_000L << 32) + 1)) >>> 32;
    }

    /** After a failed {@link #parse}: the text was a number, but beyond 10^±{@value #MAX_SCALE}. */
    boolean outOfRange() {
        return outOfRange;
    }

    /**
     * True when the value is finite as a {@code double}. Without an overflow (more than 18 digits) it is at most
     * (2^63 - 1) x 10^{@value #MAX_SCALE}, so only a value of more digits is converted to
     * find out: a scan that only sums amounts exactly never divides.
     */
    boolean isFinite() {
        return !overflow || Double.isFinite(doubleValue());
    }

    double doubleValue() {
        if (!overflow && unscaled < (1L << 53)) {
            if (scale >= 0 && scale < POW10.length) {
                double v = unscaled / POW10[scale];
                return negative ? -v : v;
            }
            if (scale < 0 && -scale < POW10.length) {
                double v = unscaled * POW10[-scale]; // both exact: one correctly rounded product
                return negative ? -v : v;
            }
        }
        return Double.parseDouble(new String(buf, start, end - start, StandardCharsets.US_ASCII));
    }

    /**
     * Adds the value to the 128-bit sum at scale 18 in {@code acc[i]} (high), {@code acc[i + 1]}
     * (low); false, with nothing added, when it has more than 18 decimals or does not fit.
     */
    boolean addScaledTo(long[] acc, int i) {
        if (overflow || scale > ScaledDecimal.SCALE || scale < -18) {
            return false;
        }
        return ScaledDecimal.add(acc, i, negative ? -unscaled : unscaled, scale);
    }

    /** The number of decimals of the last parsed value (negative for a positive exponent). */
    int scale() {
        return scale;
    }

    /** The sign of the last parsed value. */
    int signum() {
        return unscaled == 0 && !overflow ? 0 : negative ? -1 : 1;
    }

    void addExactTo(ExactDecimalSum sum) {
        if (overflow) {
            sum.add(exactValue());
        } else {
            sum.add(negative ? -unscaled : unscaled, scale);
        }
    }

    BigDecimal exactValue() {
        if (overflow) {
            return new BigDecimal(new String(buf, start, end - start, StandardCharsets.US_ASCII));
        }
        BigDecimal v = BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
        return v;
    }
}
