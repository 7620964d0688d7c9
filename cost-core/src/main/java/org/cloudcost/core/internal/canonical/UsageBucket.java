package org.cloudcost.core.internal.canonical;

/**
 * The running fold of the samples in one usage bucket: the period-weighted sum for averages,
 * the maximum, and the sample count. Holds no sample.
 *
 * <pre>{@code
 * UsageBucket b = new UsageBucket();
 * b.add(10, 300); b.add(20, 300);
 * b.value(UsageStatistic.AVERAGE);   // 15.0
 * b.value(UsageStatistic.MAXIMUM);   // 20.0
 * }</pre>
 */
final class UsageBucket {
    private double weightedSum;
    private long weightSeconds;
    private double max = Double.NEGATIVE_INFINITY;
    private int samples;

    /** Folds in one sample covering {@code periodSeconds}. */
    void add(double value, int periodSeconds) {
        weightedSum += value * periodSeconds;
        weightSeconds += periodSeconds;
        if (value > max) {
            max = value;
        }
        samples++;
    }

    /** The bucket's value under {@code statistic}. */
    double value(UsageStatistic statistic) {
        return statistic == UsageStatistic.MAXIMUM ? max : weightedSum / weightSeconds;
    }

    /** How many samples were folded in. */
    int samples() {
        return samples;
    }
}
