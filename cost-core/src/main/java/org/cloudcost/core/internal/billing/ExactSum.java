package org.cloudcost.core.internal.billing;

/**
 * Order-independent summation of doubles: each sum is a 128-bit fixed-point number in two
 * {@code long} slots of an array (integer part, then 64 bits of fraction), so adding the same
 * amounts in any order, or in partial sums merged later, gives the same bits. That is what
 * lets a file read in parallel byte ranges produce exactly the frame a sequential read does.
 *
 * <p>Each amount is truncated to a multiple of 2<sup>-64</sup> (5.4·10<sup>-20</sup>) before it
 * is added, and the integer part holds ±9.2·10<sup>18</sup>: a billion line items lose less
 * than 10<sup>-10</sup> of a cent, and an amount beyond the range is refused, not wrapped.
 *
 * <pre>{@code
 * long[] acc = new long[2];
 * ExactSum.add(acc, 0, 0.1);
 * ExactSum.add(acc, 0, 0.2);
 * double total = ExactSum.value(acc, 0);   // the same, whichever order the two were added in
 * }</pre>
 */
public final class ExactSum {
    private static final double TWO_POW_MINUS_64 = 0x1p-64;

    private ExactSum() {
    }

    /**
     * Adds {@code x} to the sum held in {@code acc[i]} (integer part) and {@code acc[i + 1]}
     * (fraction, unsigned).
     *
     * @throws ArithmeticException when {@code x} is not finite or the sum leaves ±2<sup>63</sup>
     */
    public static void add(long[] acc, int i, double x) {
        if (x == 0) {
            return;
        }
        long bits = Double.doubleToRawLongBits(x);
        int exponent = (int) ((bits >>> 52) & 0x7FF);
        if (exponent == 0x7FF) {
            throw new ArithmeticException("cannot add " + x);
        }
        long mantissa = bits & 0xF_FFFF_FFFF_FFFFL;
        if (exponent != 0) {
            mantissa |= 1L << 52;
        } else {
            exponent = 1; // subnormal
        }
        // x = mantissa * 2^(exponent - 1075); in units of 2^-64: mantissa * 2^shift
        int shift = exponent - 1075 + 64;
        long hi;
        long lo;
        if (shift <= -53) {
            return; // below 2^-64: truncated to nothing
        } else if (shift < 0) {
            hi = 0;
            lo = mantissa >>> -shift;
        } else if (shift == 0) {
            hi = 0;
            lo = mantissa;
        } else if (shift < 64) {
            hi = mantissa >>> (64 - shift);
            lo = mantissa << shift;
        } else if (shift <= 63 + 64 - 53) {
            hi = mantissa << (shift - 64);
            lo = 0;
        } else {
            throw new ArithmeticException("amount out of range: " + x);
        }
        if (bits < 0) { // negate the 128-bit magnitude
            lo = -lo;
            hi = lo == 0 ? -hi : ~hi;
        }
        addParts(acc, i, hi, lo);
    }

    /** Adds the sum held in {@code from[j], from[j + 1]} to the one in {@code acc[i], acc[i + 1]}. */
    public static void addSum(long[] acc, int i, long[] from, int j) {
        addParts(acc, i, from[j], from[j + 1]);
    }

    private static void addParts(long[] acc, int i, long hi, long lo) {
        long oldLo = acc[i + 1];
        long newLo = oldLo + lo;
        long carry = Long.compareUnsigned(newLo, oldLo) < 0 ? 1 : 0;
        acc[i] = Math.addExact(acc[i], hi + carry); // hi is below 2^63 - 1: hi + carry cannot wrap
        acc[i + 1] = newLo;
    }

    /**
     * The sum at {@code acc[i]} as a double: the magnitude's integer part plus its fraction
     * (each converted with one rounding), then the sign; exact when the sum is a double.
     */
    public static double value(long[] acc, int i) {
        long hi = acc[i];
        long lo = acc[i + 1];
        boolean negative = hi < 0;
        if (negative) { // the magnitude, as in add
            lo = -lo;
            hi = lo == 0 ? -hi : ~hi;
        }
        double fraction = (lo >= 0 ? (double) lo : (double) ((lo >>> 1) | (lo & 1)) * 2.0) * TWO_POW_MINUS_64;
        double v = (double) hi + fraction;
        return negative ? -v : v;
    }
}
