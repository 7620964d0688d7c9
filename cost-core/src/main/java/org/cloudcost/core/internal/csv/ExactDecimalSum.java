package org.cloudcost.core.internal.csv;

import java.math.BigDecimal;

/**
 * The exact sum of decimal texts, without a {@link BigDecimal} per value: unscaled values are
 * added in one {@code long} per scale ({@code 12.5} adds 125 at scale 1), and a slot about to
 * overflow spills into a {@code BigDecimal}. This is the reconciliation's source total, so it
 * must be exact to the last digit the file wrote.
 *
 * <pre>{@code
 * ExactDecimalSum sum = new ExactDecimalSum();
 * row.captureExact(billedColumn);         // per record, before the mapper reads it
 * row.addCapturedTo(sum);
 * BigDecimal total = sum.value();
 * }</pre>
 */
public final class ExactDecimalSum {
    private static final int OFFSET = DecimalParser.MAX_SCALE;

    private final long[] byScale = new long[2 * OFFSET + 1];
    private BigDecimal spilled = BigDecimal.ZERO;
    private int lowest = Integer.MAX_VALUE;
    private int highest = Integer.MIN_VALUE;

    /** Adds {@code unscaled × 10^-scale}. */
    public void add(long unscaled, int scale) {
        int i = scale + OFFSET;
        long s = byScale[i];
        long r = s + unscaled;
        if (((s ^ r) & (unscaled ^ r)) < 0) { // would overflow: move the slot out
            spilled = spilled.add(BigDecimal.valueOf(s, scale));
            r = unscaled;
        }
        byScale[i] = r;
        lowest = Math.min(lowest, i);
        highest = Math.max(highest, i);
    }

    /** Adds an exact value. */
    public void add(BigDecimal value) {
        spilled = spilled.add(value);
    }

    /** Adds every value of {@code other}. */
    public void addAll(ExactDecimalSum other) {
        for (int i = other.lowest; i <= other.highest; i++) {
            if (other.byScale[i] != 0) {
                add(other.byScale[i], i - OFFSET);
            }
        }
        spilled = spilled.add(other.spilled);
    }

    /** The exact sum. */
    public BigDecimal value() {
        BigDecimal v = spilled;
        for (int i = lowest; i <= highest; i++) {
            if (byScale[i] != 0) {
                v = v.add(BigDecimal.valueOf(byScale[i], i - OFFSET));
            }
        }
        return v;
    }
}
