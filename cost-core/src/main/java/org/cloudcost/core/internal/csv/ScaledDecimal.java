package org.cloudcost.core.internal.csv;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Exact decimal sums in two {@code long} slots: a 128-bit two's-complement integer counting
 * 10<sup>-18</sup>, so ±1.7·10<sup>20</sup> with 18 decimals, added without allocating. Values
 * with more decimals, or sums beyond the range, are refused ({@code false}) for the caller to
 * keep as {@link BigDecimal}.
 *
 * <pre>{@code
 * long[] acc = new long[2];
 * ScaledDecimal.add(acc, 0, 125, 1);          // 12.5
 * ScaledDecimal.add(acc, 0, -3, 3);           // -0.003
 * ScaledDecimal.toBigDecimal(acc, 0);         // 12.497
 * }</pre>
 */
public final class ScaledDecimal {
    /** Decimals kept. */
    public static final int SCALE = 18;
    private static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    private ScaledDecimal() {
    }

    /** Adds {@code unscaled × 10^-scale} ({@code -18 <= scale <= 18}); false, unchanged, when the sum leaves the range. */
    public static boolean add(long[] acc, int i, long unscaled, int scale) {
        long hi;
        long lo;
        if (scale >= 0) {
            long f = POW10[SCALE - scale];
            lo = unscaled * f;
            hi = Math.multiplyHigh(unscaled, f);
        } else {
            // 10^(18 - scale) overflows a long: multiply in two steps through BigInteger (rare: exponents)
            BigInteger v = BigInteger.valueOf(unscaled).multiply(BigInteger.TEN.pow(SCALE - scale));
            if (v.bitLength() > 126) {
                return false;
            }
            lo = v.longValue();
            hi = v.shiftRight(64).longValue();
        }
        return addParts(acc, i, hi, lo);
    }

    /** Adds the sum at {@code from[j]} to the one at {@code acc[i]}; false, unchanged, when it leaves the range. */
    public static boolean addSum(long[] acc, int i, long[] from, int j) {
        return addParts(acc, i, from[j], from[j + 1]);
    }

    /** Adds the 128-bit value {@code hi:lo}; false, unchanged, when the sum leaves the range. */
    private static boolean addParts(long[] acc, int i, long hi, long lo) {
        long oldLo = acc[i + 1];
        long newLo = oldLo + lo;
        long carry = Long.compareUnsigned(newLo, oldLo) < 0 ? 1 : 0;
        if (hi == Long.MAX_VALUE && carry == 1) {
            return false;
        }
        long addHi = hi + carry;
        long oldHi = acc[i];
        long newHi = oldHi + addHi;
        if (((oldHi ^ newHi) & (addHi ^ newHi)) < 0) { // signed overflow of the high word
            return false;
        }
        acc[i] = newHi;
        acc[i + 1] = newLo;
        return true;
    }

    /** The sum at {@code acc[i]}, trailing zeros removed. */
    public static BigDecimal toBigDecimal(long[] acc, int i) {
        long hi = acc[i];
        long lo = acc[i + 1];
        BigDecimal d;
        if (hi == 0 && lo >= 0 || hi == -1 && lo < 0) {
            d = BigDecimal.valueOf(lo, SCALE); // fits in a long
        } else {
            BigInteger v = BigInteger.valueOf(hi).shiftLeft(64).add(BigInteger.valueOf(lo >>> 1).shiftLeft(1))
                    .add(BigInteger.valueOf(lo & 1));
            d = new BigDecimal(v, SCALE);
        }
        return d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
    }

    /**
     * Writes the sum at {@code acc[i]} as plain decimal text ({@code -12.5}) into {@code out}
     * from {@code at}, which has room for 45 bytes; returns the offset after it.
     */
    public static int write(long[] acc, int i, byte[] out, int at) {
        long hi = acc[i];
        long lo = acc[i + 1];
        if (!(hi == 0 && lo >= 0 || hi == -1 && lo < 0) || lo == Long.MIN_VALUE) {
            byte[] b = toBigDecimal(acc, i).toPlainString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            System.arraycopy(b, 0, out, at, b.length);
            return at + b.length;
        }
        if (lo < 0) {
            out[at++] = '-';
            lo = -lo;
        }
        long whole = lo / POW10[SCALE];
        long fraction = lo % POW10[SCALE];
        at = writeDigits(whole, out, at);
        if (fraction != 0) {
            out[at++] = '.';
            int digits = SCALE;
            while (fraction % 10 == 0) {
                fraction /= 10;
                digits--;
            }
            for (int d = digits - 1; d >= 0; d--) {
                out[at + d] = (byte) ('0' + fraction % 10);
                fraction /= 10;
            }
            at += digits;
        }
        return at;
    }

    private static int writeDigits(long v, byte[] out, int at) {
        int n = 1;
        for (long t = v; t >= 10; t /= 10) {
            n++;
        }
        for (int d = n - 1; d >= 0; d--) {
            out[at + d] = (byte) ('0' + v % 10);
            v /= 10;
        }
        return at + n;
    }
}
