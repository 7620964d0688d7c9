package org.cloudcost.core.internal.billing;

/**
 * Neumaier's compensated summation over a slice of a {@code double[]}: two slots per sum (the
 * running total and its lost low-order part), so millions of small line-item amounts add up
 * without drift. Static helpers keep the accumulators in flat arrays, one allocation per key.
 */
public final class CompensatedSum {
    private CompensatedSum() {
    }

    /** Adds {@code x} to the sum held in {@code acc[i]} (total) and {@code acc[i + 1]} (compensation). */
    public static void add(double[] acc, int i, double x) {
        double sum = acc[i];
        double t = sum + x;
        if (Math.abs(sum) >= Math.abs(x)) {
            acc[i + 1] += (sum - t) + x;
        } else {
            acc[i + 1] += (x - t) + sum;
        }
        acc[i] = t;
    }

    /** The compensated value of the sum at {@code acc[i]}. */
    public static double value(double[] acc, int i) {
        return acc[i] + acc[i + 1];
    }
}
