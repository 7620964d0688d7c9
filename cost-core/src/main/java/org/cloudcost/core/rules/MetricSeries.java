package org.cloudcost.core.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * One metric of one resource over time: the hourly buckets of the usage frame for one
 * {@code ResourceId}, {@code Metric} and {@code Statistic}, in time order. Immutable.
 * Percentiles use commons-math3's default estimator (R-6 / Excel's PERCENTILE.EXC family
 * interpolation), so a person can re-derive them in a spreadsheet.
 *
 * <pre>{@code
 * MetricSeries cpu = context.usage(resource, UsageFrame.CPU_PERCENT).orElseThrow();
 * cpu.percentile(95);                          // 3.1
 * cpu.days(zone);                              // 30
 * double[] night = cpu.hourOfDayMeans(zone);   // 24 values, 00:00 first
 * }</pre>
 */
public final class MetricSeries {
    private final String resourceId;
    private final String metric;
    private final String statistic;
    private final long[] epochSeconds;
    private final double[] values;

    /**
     * A series from parallel arrays, sorted by time here (copies are taken).
     *
     * @throws IllegalArgumentException when the arrays differ in length
     */
    public MetricSeries(String resourceId, String metric, String statistic, long[] epochSeconds, double[] values) {
        if (epochSeconds.length != values.length) {
            throw new IllegalArgumentException("times and values differ in length");
        }
        this.resourceId = Objects.requireNonNull(resourceId, "resourceId");
        this.metric = Objects.requireNonNull(metric, "metric");
        this.statistic = Objects.requireNonNull(statistic, "statistic");
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(epochSeconds[a], epochSeconds[b]));
        this.epochSeconds = new long[values.length];
        this.values = new double[values.length];
        for (int i = 0; i < order.length; i++) {
            this.epochSeconds[i] = epochSeconds[order[i]];
            this.values[i] = values[order[i]];
        }
    }

    public String resourceId() {
        return resourceId;
    }

    /** Canonical metric name, e.g. {@code cpu_percent}. */
    public String metric() {
        return metric;
    }

    /** {@code Average} or {@code Maximum}. */
    public String statistic() {
        return statistic;
    }

    /** Number of buckets (hours with data). */
    public int size() {
        return values.length;
    }

    /** True without any bucket. */
    public boolean isEmpty() {
        return values.length == 0;
    }

    /** The values in time order (a copy). */
    public double[] values() {
        return values.clone();
    }

    /** The bucket start times in time order. */
    public Instant time(int index) {
        return Instant.ofEpochSecond(epochSeconds[index]);
    }

    /** The value of bucket {@code index}. */
    public double value(int index) {
        return values[index];
    }

    /** First bucket's start; throws when empty. */
    public Instant start() {
        return time(0);
    }

    /** Last bucket's start; throws when empty. */
    public Instant end() {
        return time(values.length - 1);
    }

    /** The {@code p}-th percentile (0 &lt; p ≤ 100) of all buckets; NaN when empty. */
    public double percentile(double p) {
        return percentileOf(values, p);
    }

    /** The largest value; NaN when empty. */
    public double max() {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }

    /** The mean of all buckets; NaN when empty. */
    public double mean() {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }

    /** Number of distinct calendar days, in {@code zone}, that have at least one bucket. */
    public int days(ZoneId zone) {
        return byDay(zone, a -> a.length).size();
    }

    /**
     * One figure per calendar day in {@code zone}, from that day's bucket values, days in order:
     * {@code byDay(zone, v -> percentileOf(v, 95))}.
     */
    public Map<LocalDate, Double> byDay(ZoneId zone, ToDoubleFunction<double[]> perDay) {
        Map<LocalDate, Double> out = new LinkedHashMap<>();
        int from = 0;
        while (from < values.length) {
            LocalDate day = LocalDate.ofInstant(time(from), zone);
            int to = from + 1;
            while (to < values.length && LocalDate.ofInstant(time(to), zone).equals(day)) {
                to++;
            }
            out.put(day, perDay.applyAsDouble(Arrays.copyOfRange(values, from, to))); // sorted by time: a day is one run
            from = to;
        }
        return out;
    }

    /** Mean value per hour of day in {@code zone}: 24 figures, 00:00 first, NaN for hours without data. */
    public double[] hourOfDayMeans(ZoneId zone) {
        double[] sum = new double[24];
        int[] n = new int[24];
        for (int i = 0; i < values.length; i++) {
            int h = ZonedDateTime.ofInstant(time(i), zone).getHour();
            sum[h] += values[i];
            n[h]++;
        }
        return means(sum, n);
    }

    /**
     * Mean value per hour of the week in {@code zone}: 168 figures, Monday 00:00 first, NaN for
     * hours without data.
     */
    public double[] hourOfWeekMeans(ZoneId zone) {
        double[] sum = new double[168];
        int[] n = new int[168];
        for (int i = 0; i < values.length; i++) {
            ZonedDateTime t = ZonedDateTime.ofInstant(time(i), zone);
            int h = (t.getDayOfWeek().getValue() - 1) * 24 + t.getHour();
            sum[h] += values[i];
            n[h]++;
        }
        return means(sum, n);
    }

    private static double[] means(double[] sum, int[] n) {
        double[] out = new double[sum.length];
        for (int i = 0; i < sum.length; i++) {
            out[i] = n[i] == 0 ? Double.NaN : sum[i] / n[i];
        }
        return out;
    }

    /** The {@code p}-th percentile (0 &lt; p ≤ 100) of {@code data} with commons-math3's default estimator; NaN when empty. */
    public static double percentileOf(double[] data, double p) {
        if (data.length == 0) {
            return Double.NaN;
        }
        return new Percentile().evaluate(data, p);
    }

    @Override
    public String toString() {
        return "MetricSeries{" + resourceId + " " + metric + " " + statistic + ", " + values.length + " hours}";
    }
}
