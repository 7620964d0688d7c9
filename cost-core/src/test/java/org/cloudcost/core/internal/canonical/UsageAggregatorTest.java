package org.cloudcost.core.internal.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.cloudcost.core.frame.UsageFrame;
import org.junit.jupiter.api.Test;

import tech.tablesaw.api.Table;

/**
 * The aggregator folds samples per series with a fast path for time-ordered input; these tests
 * feed it samples in every order and compare with a plain sorted-map fold of the same samples.
 */
class UsageAggregatorTest {
    private static final long OCT_1 = LocalDateTime.of(2026, 10, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);

    /** One frame row: series, bucket, value and samples. */
    record Row(String resource, String metric, String statistic, long start, int length, double value, int samples) {
    }

    private record Sample(String resource, String metric, UsageStatistic statistic, long epochSecond, int period,
                          double value) {
    }

    @Test
    void aSampleBackInTimeFoldsIntoItsEarlierBucketAndTheFrameIsInTimeOrder() {
        UsageAggregator agg = new UsageAggregator();
        agg.add("i-1", "cpu_percent", UsageStatistic.AVERAGE, OCT_1 + 7200, 300, 30);
        agg.add("i-1", "cpu_percent", UsageStatistic.AVERAGE, OCT_1 + 60, 300, 10);       // back to hour 0: new bucket
        agg.add("i-1", "cpu_percent", UsageStatistic.AVERAGE, OCT_1 + 7300, 300, 50);     // hour 2 again
        agg.add("i-1", "cpu_percent", UsageStatistic.AVERAGE, OCT_1 + 120, 300, 20);      // hour 0 again
        agg.add("i-1", "cpu_percent", UsageStatistic.AVERAGE, OCT_1 + 3700, 300, 40);     // hour 1, between the two

        assertThat(agg.size()).isEqualTo(3);
        assertThat(rows(agg.toFrame())).containsExactly(
                new Row("i-1", "cpu_percent", "Average", OCT_1, 3600, 15, 2),
                new Row("i-1", "cpu_percent", "Average", OCT_1 + 3600, 3600, 40, 1),
                new Row("i-1", "cpu_percent", "Average", OCT_1 + 7200, 3600, 40, 2));
    }

    @Test
    void aDailyBucketAndAnHourBucketAtTheSameStartAreTwoRowsShorterFirst() {
        UsageAggregator agg = new UsageAggregator();
        agg.add("i-1", "cpu_percent", UsageStatistic.AVERAGE, OCT_1, 86400, 12);
        agg.add("i-1", "cpu_percent", UsageStatistic.AVERAGE, OCT_1 + 30, 300, 40);
        agg.add("i-1", "cpu_percent", UsageStatistic.AVERAGE, OCT_1, 86400, 14);

        assertThat(rows(agg.toFrame())).containsExactly(
                new Row("i-1", "cpu_percent", "Average", OCT_1, 3600, 40, 1),
                new Row("i-1", "cpu_percent", "Average", OCT_1, 86400, 13, 2));
    }

    @Test
    void anyArrivalOrderGivesTheFrameOfASortedFold() {
        Random random = new Random(8);
        for (int round = 0; round < 50; round++) {
            List<Sample> samples = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                int period = random.nextInt(10) == 0 ? 86400 : 300;
                samples.add(new Sample("r-" + random.nextInt(4), random.nextBoolean() ? "cpu_percent" : "net_in_bps",
                        random.nextBoolean() ? UsageStatistic.AVERAGE : UsageStatistic.MAXIMUM,
                        OCT_1 + random.nextInt(12 * 3600), period, random.nextInt(100)));
            }
            if (round % 2 == 0) {
                // half the rounds mostly in time order, as real files are, with a few stragglers
                samples.sort((a, b) -> Long.compare(a.epochSecond(), b.epochSecond()));
                for (int i = 0; i < 10; i++) {
                    java.util.Collections.swap(samples, random.nextInt(samples.size()), random.nextInt(samples.size()));
                }
            }
            UsageAggregator agg = new UsageAggregator();
            samples.forEach(s -> agg.add(s.resource(), s.metric(), s.statistic(), s.epochSecond(), s.period(), s.value()));

            List<Row> expected = reference(samples);
            assertThat(agg.size()).isEqualTo(expected.size());
            assertThat(rows(agg.toFrame())).as("round %d", round).isEqualTo(expected);
        }
    }

    /** The fold with a sorted map per (resource, metric, statistic label, start, length): slow and obvious. */
    private static List<Row> reference(List<Sample> samples) {
        Map<String, double[]> folds = new TreeMap<>();
        for (Sample s : samples) {
            long start = s.period() > 3600 ? s.epochSecond() : Math.floorDiv(s.epochSecond(), 3600) * 3600;
            int length = s.period() > 3600 ? s.period() : 3600;
            String key = String.join("\u0000", s.resource(), s.metric(), s.statistic().label(),
                    String.format("%020d", start), String.format("%010d", length));
            // weighted sum, weight, max, samples
            double[] f = folds.computeIfAbsent(key, k -> new double[] {0, 0, Double.NEGATIVE_INFINITY, 0});
            f[0] += s.value() * s.period();
            f[1] += s.period();
            f[2] = Math.max(f[2], s.value());
            f[3]++;
        }
        List<Row> out = new ArrayList<>();
        folds.forEach((k, f) -> {
            String[] p = k.split("\u0000");
            double value = p[2].equals("Maximum") ? f[2] : f[0] / f[1];
            out.add(new Row(p[0], p[1], p[2], Long.parseLong(p[3]), Integer.parseInt(p[4]), value, (int) f[3]));
        });
        return out;
    }

    private static List<Row> rows(UsageFrame frame) {
        Table t = frame.table();
        List<Row> out = new ArrayList<>();
        for (int r = 0; r < t.rowCount(); r++) {
            out.add(new Row(t.stringColumn(UsageFrame.RESOURCE_ID).get(r), t.stringColumn(UsageFrame.METRIC).get(r),
                    t.stringColumn(UsageFrame.STATISTIC).get(r),
                    t.dateTimeColumn(UsageFrame.TIMESTAMP).get(r).toEpochSecond(ZoneOffset.UTC),
                    t.intColumn(UsageFrame.PERIOD_SECONDS).get(r), t.doubleColumn(UsageFrame.VALUE).get(r),
                    t.intColumn(UsageFrame.SAMPLES).get(r)));
        }
        return out;
    }
}
