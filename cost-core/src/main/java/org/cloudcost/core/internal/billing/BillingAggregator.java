package org.cloudcost.core.internal.billing;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.stream.IntStream;
import java.util.Map;

import org.cloudcost.core.frame.BillingFrame;
import org.cloudcost.core.internal.frame.DictionaryColumns;
import org.cloudcost.core.internal.frame.FrameAccess;

import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.dates.PackedLocalDate;

/**
 * Folds billing lines into one row per distinct (text dimensions, billing period, charge day),
 * summing quantity and the three costs exactly ({@link ExactSum}), so aggregators filled from
 * parts of a file in parallel and merged with {@link #addAll} give the same frame, bit for bit,
 * as one filled line by line. Memory follows the number of distinct keys, not the number of
 * lines.
 *
 * <p>The rows are held column-wise, with no object per row: each text dimension's values are
 * numbered once ({@link ValueCodes}), and a row is its codes, its two days and its sums in
 * arrays, found through an open-addressing table. A million rows are a few arrays for the
 * collector to keep, not millions of small objects to trace and move.
 *
 * <pre>{@code
 * BillingAggregator aggregator = new BillingAggregator(List.of());
 * aggregator.add(line);                       // a BillingLineBuffer the mapper filled
 * BillingFrame frame = aggregator.toFrame();  // sorted by day, period, then the dimensions
 * }</pre>
 */
public final class BillingAggregator {
    private static final int QTY = 0, LIST = 2, BILLED = 4, EFFECTIVE = 6, SLOTS = 8;

    private final List<String> tagColumns;
    private final int dims;
    private final ValueCodes[] codes;
    /** The codes of the line being added. */
    private final int[] probe;
    private int size;
    /** Per row: its codes ({@link #dims} ints), its days, its sums ({@link #SLOTS} longs) and its hash. */
    private int[] keys;
    private int[] periodDays;
    private int[] chargeDays;
    private long[] sums;
    private long[] hashes;
    /** Open addressing: row + 1 per slot, 0 when empty. */
    private int[] table;

    /** An aggregator whose lines carry {@code tagColumns} after the fixed dimensions. */
    public BillingAggregator(List<String> tagColumns) {
        this.tagColumns = List.copyOf(tagColumns);
        this.dims = BillingLineBuffer.FIXED_DIMENSIONS + tagColumns.size();
        this.codes = new ValueCodes[dims];
        for (int c = 0; c < dims; c++) {
            codes[c] = new ValueCodes();
        }
        this.probe = new int[dims];
        empty();
    }

    private void empty() {
        int capacity = 256;
        size = 0;
        keys = new int[capacity * dims];
        periodDays = new int[capacity];
        chargeDays = new int[capacity];
        sums = new long[capacity * SLOTS];
        hashes = new long[capacity];
        table = new int[2 * capacity];
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
        String[] d = line.dimensions();
        for (int c = 0; c < dims; c++) {
            probe[c] = codes[c].codeOf(d[c]);
        }
        int at = rowOf(line.billingPeriodStartDay(), line.chargeDay()) * SLOTS;
        ExactSum.add(sums, at + QTY, line.pricingQuantity());
        ExactSum.add(sums, at + LIST, line.listCost());
        ExactSum.add(sums, at + BILLED, line.billedCost());
        ExactSum.add(sums, at + EFFECTIVE, line.effectiveCost());
    }

    /** Adds every key and sum of {@code other} (an aggregator with the same tag columns) to this one, and empties it. */
    public void addAll(BillingAggregator other) {
        if (size == 0) {
            takeFrom(other);
            return;
        }
        int[][] recode = new int[dims][];
        for (int c = 0; c < dims; c++) {
            ValueCodes from = other.codes[c];
            recode[c] = new int[from.size()];
            for (int k = 0; k < recode[c].length; k++) {
                recode[c][k] = codes[c].codeOf(from.value(k));
            }
        }
        for (int e = 0; e < other.size; e++) {
            for (int c = 0; c < dims; c++) {
                probe[c] = recode[c][other.keys[e * dims + c]];
            }
            int at = rowOf(other.periodDays[e], other.chargeDays[e]) * SLOTS;
            for (int i = 0; i < SLOTS; i += 2) {
                ExactSum.addSum(sums, at + i, other.sums, e * SLOTS + i);
            }
        }
        other.clear();
    }

    /** Number of distinct keys so far. */
    public int size() {
        return size;
    }

    /** Takes the other's rows as they are, when this one has none; the other is left empty. */
    private void takeFrom(BillingAggregator other) {
        for (int c = 0; c < dims; c++) {
            codes[c] = other.codes[c];
            other.codes[c] = new ValueCodes();
        }
        keys = other.keys;
        periodDays = other.periodDays;
        chargeDays = other.chargeDays;
        sums = other.sums;
        hashes = other.hashes;
        table = other.table;
        size = other.size;
        other.empty();
    }

    private void clear() {
        for (ValueCodes c : codes) {
            c.clear();
        }
        empty();
    }

    /** The row of the key in {@link #probe} with these days, added (its sums zero) when new. */
    private int rowOf(int periodDay, int chargeDay) {
        // 64 bits, so two different keys all but never share a hash and the compare below all but never fails: with
        // 32 bits some did (the birthday bound), and each time the compiled lookup was thrown away and compiled again
        long h = (0x2545F4914F6CDD1DL ^ periodDay) * 0x9E3779B97F4A7C15L;
        h = (h ^ chargeDay) * 0x9E3779B97F4A7C15L;
        for (int c = 0; c < dims; c++) {
            h = (h ^ probe[c]) * 0x9E3779B97F4A7C15L;
        }
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        int mask = table.length - 1;
        int i = (int) h & mask;
        while (true) {
            int slot = table[i];
            if (slot == 0) {
                break;
            }
            int e = slot - 1;
            if (hashes[e] == h && chargeDays[e] == chargeDay && periodDays[e] == periodDay
                    && Arrays.equals(keys, e * dims, e * dims + dims, probe, 0, dims)) {
                return e;
            }
            i = (i + 1) & mask;
        }
        if (size == hashes.length) {
            grow();
        }
        int e = size++;
        System.arraycopy(probe, 0, keys, e * dims, dims);
        periodDays[e] = periodDay;
        chargeDays[e] = chargeDay;
        hashes[e] = h;
        table[i] = e + 1;
        if (size * 2 > table.length) {
            rehash();
        }
        return e;
    }

    private void grow() {
        int capacity = hashes.length * 2;
        keys = Arrays.copyOf(keys, capacity * dims);
        periodDays = Arrays.copyOf(periodDays, capacity);
        chargeDays = Arrays.copyOf(chargeDays, capacity);
        sums = Arrays.copyOf(sums, capacity * SLOTS);
        hashes = Arrays.copyOf(hashes, capacity);
    }

    private void rehash() {
        int[] t = new int[table.length * 2];
        int mask = t.length - 1;
        for (int e = 0; e < size; e++) {
            int i = (int) hashes[e] & mask;
            while (t[i] != 0) {
                i = (i + 1) & mask;
            }
            t[i] = e + 1;
        }
        table = t;
    }

    /**
     * The frame (built once: it empties this aggregator), sorted by charge day, billing period, then the text dimensions. Each
     * dimension's distinct values are ranked once and the keys are put in order by a stable
     * counting sort per dimension, last first (an LSD radix sort), over column arrays rather
     * than the scattered keys; the columns are filled in parallel.
     */
    public BillingFrame toFrame() {
        int n = size;
        table = null; // no key is looked up any more
        hashes = null;
        String[][] values = new String[dims][];
        int[][] ranks = new int[dims + 2][];
        IntStream.range(0, dims + 2).parallel().forEach(c -> {
            if (c < dims) {
                values[c] = new String[codes[c].size()];
                int[] rankOfCode = codes[c].ranks(values[c]);
                int[] rank = new int[n];
                for (int e = 0; e < n; e++) {
                    rank[e] = rankOfCode[keys[e * dims + c]];
                }
                ranks[c] = rank;
            } else {
                ranks[c] = dayRanks(c == dims ? chargeDays : periodDays, n);
            }
        });
        keys = null;
        // the sort keys from the most significant: charge day, billing period, then the dimensions
        int[][] significance = new int[dims + 2][];
        significance[0] = ranks[dims];
        significance[1] = ranks[dims + 1];
        System.arraycopy(ranks, 0, significance, 2, dims);
        int[] order = sortedOrder(significance, n);

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
        // Tablesaw's classes are initialized here, on this thread, before the tasks below use
        // them: two threads initializing classes that need each other in opposite orders could
        // deadlock (TablesawWarmUp makes the same table first)
        List<String> schema = BillingFrame.emptyTable(tagColumns).columnNames();
        Column<?>[] built = new Column<?>[dims + 6];
        // one task per text column, made whole from its ranks (DictionaryColumns: no lookup per
        // cell); one for the two dates and one for the four sums, each row's read in one visit
        // (its sums share a cache line, and the rows are visited in sorted, not stored, order)
        IntStream.range(0, dims + 2).parallel().forEach(c -> {
            if (c < dims) {
                int[] rowCodes = new int[n];
                int[] rank = ranks[c];
                for (int i = 0; i < n; i++) {
                    rowCodes[i] = rank[sorted[i]];
                }
                built[c] = DictionaryColumns.of(names[c], values[c], rowCodes);
            } else if (c == dims) {
                int[] period = new int[n];
                int[] charge = new int[n];
                PackedDays periods = new PackedDays();
                PackedDays days = new PackedDays();
                for (int i = 0; i < n; i++) {
                    period[i] = periods.of(periodDays[sorted[i]]);
                    charge[i] = days.of(chargeDays[sorted[i]]);
                }
                built[dims] = DateColumn.createInternal(BillingFrame.BILLING_PERIOD_START, period);
                built[dims + 1] = DateColumn.createInternal(BillingFrame.CHARGE_PERIOD_START, charge);
            } else {
                double[][] v = new double[4][n];
                for (int i = 0; i < n; i++) {
                    int at = sorted[i] * SLOTS;
                    v[0][i] = ExactSum.value(sums, at + QTY);
                    v[1][i] = ExactSum.value(sums, at + LIST);
                    v[2][i] = ExactSum.value(sums, at + BILLED);
                    v[3][i] = ExactSum.value(sums, at + EFFECTIVE);
                }
                for (int k = 0; k < 4; k++) {
                    built[dims + 2 + k] = DoubleColumn.create(sumNames[k], v[k]);
                }
            }
        });
        Map<String, Column<?>> byName = new HashMap<>();
        for (Column<?> col : built) {
            byName.put(col.name(), col);
        }
        Table t = Table.create("billing", schema.stream().map(byName::get).toArray(Column<?>[]::new));
        clear();
        return FrameAccess.adoptBilling(t, tagColumns);
    }

    /** Days packed as Tablesaw packs dates, the last few remembered (a frame has a month or two of days). */
    private static final class PackedDays {
        private int lastDay = Integer.MIN_VALUE;
        private int lastPacked;
        private final java.util.Map<Integer, Integer> seen = new HashMap<>();

        int of(int epochDay) {
            if (epochDay != lastDay) {
                lastDay = epochDay;
                lastPacked = seen.computeIfAbsent(epochDay, d -> PackedLocalDate.pack(LocalDate.ofEpochDay(d)));
            }
            return lastPacked;
        }
    }

    /** Days as ranks from the earliest. */
    private static int[] dayRanks(int[] days, int n) {
        int min = Integer.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            min = Math.min(min, days[i]);
        }
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = days[i] - min;
        }
        return r;
    }

    /** Most distinct values of a key made of several ranks: its counting sort's counts stay in a core's cache. */
    static final int COMPOSITE_VALUES = 1 << 16;

    /**
     * The rows {@code 0..n-1} ordered by {@code keys} (ranks, most significant first): an LSD
     * radix sort, one stable counting sort per key from the least significant. Neighbouring keys
     * with few values (a provider, a currency, a charge category) are sorted as one composite
     * key of at most {@link #COMPOSITE_VALUES} values, and a key with one value is no pass at all.
     */
    static int[] sortedOrder(int[][] keys, int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int[] values = new int[keys.length];
        for (int k = 0; k < keys.length; k++) {
            int max = -1;
            for (int i = 0; i < n; i++) {
                max = Math.max(max, keys[k][i]);
            }
            values[k] = max + 1;
        }
        int k = keys.length - 1;
        while (k >= 0) {
            // the group keys[first..k], as many as fit in one composite
            long product = Math.max(1, values[k]);
            int first = k;
            while (first > 0 && product * Math.max(1, values[first - 1]) <= COMPOSITE_VALUES) {
                first--;
                product *= Math.max(1, values[first]);
            }
            if (product > 1) {
                int[] key = keys[k];
                if (first < k) {
                    key = new int[n];
                    for (int i = 0; i < n; i++) {
                        int v = 0;
                        for (int j = first; j <= k; j++) {
                            v = v * values[j] + keys[j][i];
                        }
                        key[i] = v;
                    }
                }
                order = stableSortBy(order, key);
            }
            k = first - 1;
        }
        return order;
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
}
