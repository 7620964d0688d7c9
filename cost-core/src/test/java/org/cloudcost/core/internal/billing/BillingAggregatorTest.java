package org.cloudcost.core.internal.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;

import org.cloudcost.core.config.TagColumns;
import org.cloudcost.core.frame.BillingFrame;
import org.junit.jupiter.api.Test;

class BillingAggregatorTest {

    /**
     * The radix sort with composite keys gives the lexicographic order of the ranks, stable, for
     * keys of one value, few values (grouped into composites) and many (sorted alone).
     */
    @Test
    void rowsAreSortedByTheirKeysMostSignificantFirst() {
        Random random = new Random(8);
        int[] cardinalities = {30, 1, 3, 200, 1, 70_000, 2, 300, 5, 1};
        for (int trial = 0; trial < 20; trial++) {
            int n = trial == 0 ? 0 : 1 + random.nextInt(5_000);
            int[][] keys = new int[cardinalities.length][n];
            for (int k = 0; k < keys.length; k++) {
                int values = trial % 2 == 0 ? cardinalities[k] : 1 + random.nextInt(cardinalities[k]);
                for (int i = 0; i < n; i++) {
                    keys[k][i] = random.nextInt(values);
                }
            }
            Comparator<Integer> lexicographic = (a, b) -> {
                for (int[] key : keys) {
                    int c = Integer.compare(key[a], key[b]);
                    if (c != 0) {
                        return c;
                    }
                }
                return Integer.compare(a, b); // stable: equal keys keep their row order
            };
            int[] expected = IntStream.range(0, n).boxed().sorted(lexicographic).mapToInt(Integer::intValue).toArray();

            assertThat(BillingAggregator.sortedOrder(keys, n)).as("trial %d, %d rows", trial, n).isEqualTo(expected);
        }
    }

    /** Aggregators filled apart and merged give the frame of one filled with every line. */
    @Test
    void mergedAggregatorsGiveTheFrameOfOne() {
        TagColumns tags = TagColumns.defaults();
        Random random = new Random(3);
        BillingAggregator whole = new BillingAggregator(tags.columns());
        BillingAggregator[] parts = {new BillingAggregator(tags.columns()), new BillingAggregator(tags.columns()),
            new BillingAggregator(tags.columns())};
        BillingLineBuffer line = new BillingLineBuffer(tags);
        for (int i = 0; i < 20_000; i++) {
            line.reset();
            line.provider("AWS").billingAccount("1234").resourceId("i-" + random.nextInt(500))
                    .region(random.nextBoolean() ? "eu-west-1" : "us-east-1").currency("USD")
                    .serviceName("svc" + random.nextInt(7)).tag("env", random.nextInt(4) == 0 ? "" : "prod");
            line.chargeDay(20_000 + random.nextInt(30)).billingPeriodStartDay(20_000);
            line.billedCost(random.nextInt(100_000) / 1000.0).listCost(random.nextInt(100) / 7.0).pricingQuantity(1);
            whole.add(line);
            parts[i % 3].add(line);
        }
        BillingAggregator merged = new BillingAggregator(tags.columns());
        for (BillingAggregator p : parts) {
            merged.addAll(p);
        }
        assertThat(merged.size()).isEqualTo(whole.size());
        BillingFrame a = whole.toFrame();
        BillingFrame b = merged.toFrame();
        assertThat(b.rowCount()).isEqualTo(a.rowCount()).isPositive();
        assertThat(b.table().toString()).isEqualTo(a.table().toString());
        for (String column : a.table().columnNames()) {
            assertThat(b.table().column(column).asList()).as(column).isEqualTo(a.table().column(column).asList());
        }
    }
}
