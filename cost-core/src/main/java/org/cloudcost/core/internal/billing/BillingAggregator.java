package org.cloudcost.core.internal.billing;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.stream.IntStream;
import java.util.Map;

import org.cloudcost.core.frame.BillingFrame;
import org.cloudcost.core.internal.frame.FrameAccess;

import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Folds billing lines into one row per distinct (text dimensions, billing period, charge day),
 * summing quantity and the three costs exactly ({@link ExactSum}), so aggregators filled from
 * parts of a file in parallel and merged with {@link #addAll} give the same frame, bit for bit,
 * as one filled line by line. Memory follows the number of distinct keys, not the number of
 * lines.
 */
public final class BillingAggregator {
    private static final int QTY = 0, LIST = 2, BILLED = 4, EFFECTIVE = 6, SLOTS = 8;

    private final List<String> tagColumns;
    private final Map<Key, long[]> sums = new HashMap<>();
    private final Key probe = new Key();

    /** An aggregator whose lines carry {@code tagColumns} after the fixed dimensions. */
    public BillingAggregator(List<String> tagColumns) {
        this.tagColumns = List.copyOf(tagColumns);
    }

    /**
     * Adds one line read from {@code row}; an amount or sum beyond what {@link ExactSum} holds
     * (±9.2·10<sup>18</sup>) is reported at the row's billed-cost column, never as an
     * arithmetic exception.
     */
    public void add(BillingLineBuffer line, org.cloudcost.core.format.CsvRow row, int billedColumn) {
        try {
            add(line);
        } catch (ArithmeticException e) {
            throw row.error(billedColumn, "amount out of range: sums beyond ±9.2e18 cannot be kept exactly");
        }
    }

    /** Adds one line (its charge day and billing period start must be set). */
    public void add(BillingLineBuffer line) {
        probe.set(line.dimensions(), line.billingPeriodStartDay(), line.chargeDay());
        long[] acc = sums.get(probe);
        if (acc == null) {
            acc = new long[SLOTS];
            sums.put(probe.copy(), acc);
        }
        ExactSum.add(acc, QTY, line.pricingQuantity());
        ExactSum.add(acc, LIST, line.listCost());
        ExactSum.add(acc, BILLED, line.billedCost());
        ExactSum.add(acc, EFFECTIVE, line.effectiveCost());
    }

    /** Adds every key and sum of {@code other} (an aggregator with the same tag columns) to this one. */
    public void addAll(BillingAggregator other) {
        for (Map.Entry<Key, long[]> e : other.sums.entrySet()) {
            long[] acc = sums.putIfAbsent(e.getKey(), e.getValue());
            if (acc != null) {
                long[] from = e.getValue();
                for (int i = 0; i < SLOTS; i += 2) {
                    ExactSum.addSum(acc, i, from, i);
                }
            }
        }
        other.sums.clear();
    }

    /** Number of distinct keys so far. */
    public int size() {
        return sums.size();
    }

    /**
     * The frame (built once: it empties this aggregator), sorted by charge day, billing period, then the text dimensions. Each
     * dimension's distinct values are ranked once and the keys are put in order by a stable
     * counting sort per dimension, last first (an LSD radix sort), over column arrays rather
     * than the scattered keys; the columns are filled in parallel.
     */
    public BillingFrame toFrame() {
        int n = sums.size();
        int dims = BillingLineBuffer.FIXED_DIMENSIONS + tagColumns.size();
        String[][] text = new String[dims][n];
        int[] periodDays = new int[n];
        int[] chargeDays = new int[n];
        long[][] accs = new long[n][];
        int k = 0;
        for (Map.Entry<Key, long[]> e : sums.entrySet()) {
            Key key = e.getKey();
            String[] d = key.dims;
            for (int c = 0; c < dims; c++) {
                text[c][k] = d[c];
            }
            periodDays[k] = key.periodDay;
            chargeDays[k] = key.chargeDay;
            accs[k++] = e.getValue();
        }
        sums.clear(); // the keys are in the arrays now: their map is garbage before the frame is built
        int[][] ranks = new int[dims + 2][];
        IntStream.range(0, dims + 2).parallel().forEach(c -> ranks[c] = c < dims ? ranks(text[c])
                : dayRanks(c == dims ? chargeDays : periodDays));
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int c = dims - 1; c >= 0; c--) {
            order = stableSortBy(order, ranks[c]);
        }
        order = stableSortBy(order, ranks[dims + 1]); // billing period
        order = stableSortBy(order, ranks[dims]);     // charge day first

        Table t = BillingFrame.emptyTable(tagColumns);
        String[] names = new String[dims];
        String[] fixedNames = {BillingFrame.PROVIDER_NAME, BillingFrame.BILLING_ACCOUNT_ID, BillingFrame.SUB_ACCOUNT_ID,
            BillingFrame.CHARGE_CATEGORY, BillingFrame.SERVICE_CATEGORY, BillingFrame.SERVICE_NAME, BillingFrame.REGION_ID,
            BillingFrame.RESOURCE_ID, BillingFrame.RESOURCE_TYPE, BillingFrame.SKU_ID, BillingFrame.PRICING_UNIT,
            BillingFrame.BILLING_CURRENCY};
        System.arraycopy(fixedNames, 0, names, 0, fixedNames.length);
        for (int i = 0; i < tagColumns.size(); i++) {
            names[BillingLineBuffer.FIXED_DIMENSIONS + i] = tagColumns.get(i);
        }
        String[] sumNames = {BillingFrame.PRICING_QUANTITY, BillingFrame.LIST_COST, BillingFrame.BILLED_COST,
            BillingFrame.EFFECTIVE_COST};
        int[] sorted = order;
        // one task per column: the text columns, the two dates, the four sums
        IntStream.range(0, dims + 6).parallel().forEach(c -> {
            if (c < dims) {
                StringColumn col = t.stringColumn(names[c]);
                String[] values = text[c];
                for (int i : sorted) {
                    col.append(values[i]);
                }
            } else if (c < dims + 2) {
                DateColumn col = t.dateColumn(c == dims ? BillingFrame.BILLING_PERIOD_START : BillingFrame.CHARGE_PERIOD_START);
                int[] days = c == dims ? periodDays : chargeDays;
                for (int i : sorted) {
                    col.append(LocalDate.ofEpochDay(days[i]));
                }
            } else {
                int slot = (c - dims - 2) * 2;
                DoubleColumn col = t.doubleColumn(sumNames[slot / 2]);
                for (int i : sorted) {
                    col.append(ExactSum.value(accs[i], slot));
                }
            }
        });
        return FrameAccess.adoptBilling(t, tagColumns);
    }

    /**
     * Per position, the rank of the value among the distinct values, in {@link String#compareTo}
     * order; equal values in {@code values} are replaced by one instance.
     */
    private static int[] ranks(String[] values) {
        Map<String, Integer> ids = new HashMap<>();
        int[] idOf = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            Integer id = ids.putIfAbsent(values[i], ids.size());
            idOf[i] = id == null ? ids.size() - 1 : id;
        }
        String[] distinct = new String[ids.size()];
        ids.forEach((v, id) -> distinct[id] = v);
        Integer[] byValue = new Integer[distinct.length];
        for (int i = 0; i < byValue.length; i++) {
            byValue[i] = i;
        }
        Arrays.sort(byValue, (a, b) -> distinct[a].compareTo(distinct[b]));
        int[] rankOfId = new int[distinct.length];
        for (int r = 0; r < byValue.length; r++) {
            rankOfId[byValue[r]] = r;
        }
        for (int i = 0; i < idOf.length; i++) {
            values[i] = distinct[idOf[i]]; // one instance per value: the column's dictionary compares by identity
            idOf[i] = rankOfId[idOf[i]];
        }
        return idOf;
    }

    /** Days as ranks from the earliest. */
    private static int[] dayRanks(int[] days) {
        int min = Integer.MAX_VALUE;
        for (int d : days) {
            min = Math.min(min, d);
        }
        int[] r = new int[days.length];
        for (int i = 0; i < days.length; i++) {
            r[i] = days[i] - min;
        }
        return r;
    }

    /** {@code order} stably sorted by {@code rank} of each element (a counting sort). */
    private static int[] stableSortBy(int[] order, int[] rank) {
        int max = 0;
        for (int r : rank) {
            max = Math.max(max, r);
        }
        int[] count = new int[max + 2];
        for (int i : order) {
            count[rank[i] + 1]++;
        }
        for (int r = 0; r <= max; r++) {
            count[r + 1] += count[r];
        }
        int[] out = new int[order.length];
        for (int i : order) {
            out[count[rank[i]]++] = i;
        }
        return out;
    }

    /** The aggregation key; the probe instance wraps the line's arrays without copying. */
    private static final class Key {
        String[] dims;
        int periodDay;
        int chargeDay;
        int hash;

        void set(String[] dims, int periodDay, int chargeDay) {
            this.dims = dims;
            this.periodDay = periodDay;
            this.chargeDay = chargeDay;
            this.hash = 31 * (31 * Arrays.hashCode(dims) + periodDay) + chargeDay;
        }

        Key copy() {
            Key k = new Key();
            k.dims = dims.clone();
            k.periodDay = periodDay;
            k.chargeDay = chargeDay;
            k.hash = hash;
            return k;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.hash == hash && k.chargeDay == chargeDay && k.periodDay == periodDay
                    && Arrays.equals(k.dims, dims);
        }
    }
}
