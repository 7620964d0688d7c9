package org.cloudcost.bench.internal;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An exact running total of fixed-point amounts (whole units of 10<sup>-scale</sup>), kept in a
 * {@code long} and folded into a {@link BigInteger} every few thousand adds, so ten million
 * lines cost no allocation per line and never overflow.
 *
 * <pre>{@code
 * ExactTotal t = new ExactTotal();
 * t.add(1_415_173_303L);          // 0.1415173303 at scale 10
 * BigDecimal sum = t.value(10);   // 0.1415173303
 * }</pre>
 */
public final class ExactTotal {
    /** Adds folded into the long before it is moved to the BigInteger (far below any overflow of amounts under 10^15 units). */
    private static final int FOLD_EVERY = 4096;

    private BigInteger total = BigInteger.ZERO;
    private long partial;
    private int adds;

    /** Adds {@code units}. */
    public void add(long units) {
        partial += units;
        if (++adds == FOLD_EVERY) {
            total = total.add(BigInteger.valueOf(partial));
            partial = 0;
            adds = 0;
        }
    }

    /** The total so far, as a decimal with {@code scale} places. */
    public BigDecimal value(int scale) {
        return new BigDecimal(total.add(BigInteger.valueOf(partial)), scale);
    }
}
