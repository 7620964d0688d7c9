package org.cloudcost.core.internal.billing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cloudcost.core.frame.BillingFrame;

import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Folds billing lines into one row per distinct (text dimensions, billing period, charge day),
 * summing quantity and the three costs with compensated summation. Memory follows the number
 * of distinct keys, not the number of lines.
 */
public final class BillingAggregator {
    private static final int QTY = 0, LIST = 2, BILLED = 4, EFFECTIVE = 6, SLOTS = 8;

    private final List<String> tagColumns;
    private final Map<Key, double[]> sums = new HashMap<>();
    private final Key probe = new Key();

    /** An aggregator whose lines carry {@code tagColumns} after the fixed dimensions. */
    public BillingAggregator(List<String> tagColumns) {
        this.tagColumns = List.copyOf(tagColumns);
    }

    /** Adds one line (its charge day and billing period start must be set). */
    public void add(BillingLineBuffer line) {
        probe.set(line.dimensions(), line.billingPeriodStartDay(), line.chargeDay());
        double[] acc = sums.get(probe);
        if (acc == null) {
            acc = new double[SLOTS];
            sums.put(probe.copy(), acc);
        }
        CompensatedSum.add(acc, QTY, line.pricingQuantity());
        CompensatedSum.add(acc, LIST, line.listCost());
        CompensatedSum.add(acc, BILLED, line.billedCost());
        CompensatedSum.add(acc, EFFECTIVE, line.effectiveCost());
    }

    /** Number of distinct keys so far. */
    public int size() {
        return sums.size();
    }

    /** The frame, sorted by charge day then the text dimensions. */
    public BillingFrame toFrame() {
        Table t = BillingFrame.emptyTable(tagColumns);
        List<Map.Entry<Key, double[]>> entries = new ArrayList<>(sums.entrySet());
        entries.sort(Map.Entry.comparingByKey(Key.ORDER));
        StringColumn[] fixed = new StringColumn[BillingLineBuffer.FIXED_DIMENSIONS];
        String[] fixedNames = {BillingFrame.PROVIDER_NAME, BillingFrame.BILLING_ACCOUNT_ID, BillingFrame.SUB_ACCOUNT_ID,
            BillingFrame.CHARGE_CATEGORY, BillingFrame.SERVICE_CATEGORY, BillingFrame.SERVICE_NAME, BillingFrame.REGION_ID,
            BillingFrame.RESOURCE_ID, BillingFrame.RESOURCE_TYPE, BillingFrame.SKU_ID, BillingFrame.PRICING_UNIT,
            BillingFrame.BILLING_CURRENCY};
        for (int i = 0; i < fixed.length; i++) {
            fixed[i] = t.stringColumn(fixedNames[i]);
        }
        StringColumn[] tags = tagColumns.stream().map(t::stringColumn).toArray(StringColumn[]::new);
        DateColumn period = t.dateColumn(BillingFrame.BILLING_PERIOD_START);
        DateColumn day = t.dateColumn(BillingFrame.CHARGE_PERIOD_START);
        DoubleColumn qty = t.doubleColumn(BillingFrame.PRICING_QUANTITY);
        DoubleColumn list = t.doubleColumn(BillingFrame.LIST_COST);
        DoubleColumn billed = t.doubleColumn(BillingFrame.BILLED_COST);
        DoubleColumn effective = t.doubleColumn(BillingFrame.EFFECTIVE_COST);
        for (Map.Entry<Key, double[]> e : entries) {
            Key k = e.getKey();
            double[] acc = e.getValue();
            for (int i = 0; i < fixed.length; i++) {
                fixed[i].append(k.dims[i]);
            }
            for (int i = 0; i < tags.length; i++) {
                tags[i].append(k.dims[BillingLineBuffer.FIXED_DIMENSIONS + i]);
            }
            period.append(LocalDate.ofEpochDay(k.periodDay));
            day.append(LocalDate.ofEpochDay(k.chargeDay));
            qty.append(CompensatedSum.value(acc, QTY));
            list.append(CompensatedSum.value(acc, LIST));
            billed.append(CompensatedSum.value(acc, BILLED));
            effective.append(CompensatedSum.value(acc, EFFECTIVE));
        }
        return new BillingFrame(t, tagColumns);
    }

    /** The aggregation key; the probe instance wraps the line's arrays without copying. */
    private static final class Key {
        static final Comparator<Key> ORDER = Comparator.<Key>comparingInt(k -> k.chargeDay)
                .thenComparingInt(k -> k.periodDay)
                .thenComparing((a, b) -> Arrays.compare(a.dims, b.dims));

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
