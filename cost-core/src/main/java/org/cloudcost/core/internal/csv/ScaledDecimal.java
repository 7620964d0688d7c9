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
        long oldHi = acc[i];
        long oldLo = acc[i + 1];
        long newLo = oldLo + lo;
        long newHi = oldHi + hi + carry(oldLo, newLo);
        if (overflows(oldHi, hi, oldLo, newLo, newHi)) {
            return false;
        }
        acc[i] = newHi;
        acc[i + 1] = newLo;
        return true;
    }

    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    /**
     * Adds the 128-bit value {@code hi:lo} to the sum held in {@code b} at {@code at} (high word,
     * then low word, little-endian longs); false, unchanged, when the sum leaves the range.
     */
    public static boolean addSum(byte[] b, int at, long hi, long lo) {
        long oldHi = (long) LONGS.get(b, at);
        long oldLo = (long) LONGS.get(b, at + 8);
        long newLo = oldLo + lo;
        long newHi = oldHi + hi + carry(oldLo, newLo);
        if (overflows(oldHi, hi, oldLo, newLo, newHi)) {
            return false;
        }
        LONGS.set(b, at, newHi);
        LONGS.set(b, at + 8, newLo);
        return true;
    }

    private static long carry(long oldLo, long newLo) {
        return Long.compareUnsigned(newLo, oldLo) < 0 ? 1 : 0;
    }

    /** True when {@code oldHi + hi + carry} left the signed 64-bit range (the sum then leaves 128 bits). */
    private static boolean overflows(long oldHi, long hi, long oldLo, long newLo, long newHi) {
        long carry = carry(oldLo, newLo);
        if (hi == Long.MAX_VALUE && carry == 1) {
            return true;
        }
        long addHi = hi + carry;
        return ((oldHi ^ newHi) & (addHi ^ newHi)) < 0;
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

    /** Longest text {@link #write} gives. */
    public static final int MAX_TEXT = 45;

    /**
     * Writes the sum {@code hi:lo} (the two slots of a sum) as plain decimal text ({@code -12.5})
     * into {@code out} from {@code at}, which has room for {@link #MAX_TEXT} bytes; returns the
     * offset after it.
     */
    public static int write(long hi, long lo, byte[] out, int at) {
        if (hi >= (1L << 58) || hi < -(1L << 58)) { // a whole part near 2^63 or past it: rare, exact the slow way
            byte[] b = toBigDecimal(new long[] {hi, lo}, 0).toPlainString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            System.arraycopy(b, 0, out, at, b.length);
            return at + b.length;
        }
        if (hi < 0) { // the magnitude, two's complement over 128 bits
            out[at++] = '-';
            lo = -lo;
            hi = lo == 0 ? -hi : ~hi;
        }
        // magnitude (< 2^122) = whole * 10^18 + fraction: two long divisions by 10^9 over 32-bit limbs
        final long e9 = 1_000_000_000L;
        long c = hi >>> 32;
        long q0 = c / e9;
        c = (c % e9) << 32 | (hi & 0xFFFF_FFFFL);
        long q1 = c / e9;
        c = (c % e9) << 32 | (lo >>> 32);
        long q2 = c / e9;
        c = (c % e9) << 32 | (lo & 0xFFFF_FFFFL);
        long q3 = c / e9;
        long r1 = c % e9;
        c = (q0 % e9) << 32 | q1; // q0:q1:q2:q3, the quotient's limbs, divided again; its top limbs are 0
        c = (c % e9) << 32 | q2;
        long p2 = c / e9;
        c = (c % e9) << 32 | q3;
        long p3 = c / e9;
        long r2 = c % e9;
        long whole = p2 << 32 | p3; // below 2^122 / 10^18 < 2^63
        long fraction = r2 * e9 + r1;
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
