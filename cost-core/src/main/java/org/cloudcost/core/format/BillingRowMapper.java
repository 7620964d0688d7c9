package org.cloudcost.core.format;

import java.util.function.BiConsumer;

/**
 * Maps one record of a billing file onto a {@link BillingLine}. Returned by
 * {@link BillingFormat#bind}; called once per record, on one thread.
 *
 * <pre>{@code
 * return BillingRowMapper.of(billedCostColumn, (row, line) -> line.billedCost(row.decimal(billedCostColumn)));
 * }</pre>
 */
public interface BillingRowMapper {

    /**
     * The column whose values are the source's billed cost. The core sums it exactly, for every
     * record including skipped ones, as the reconciliation's source total.
     */
    int billedCostColumn();

    /**
     * Fills {@code line} (already reset) from {@code row}; calls {@link BillingLine#skip} to leave
     * the record out of the frame with a reason.
     *
     * @throws org.cloudcost.core.InputException for a value that cannot be read
     */
    void map(CsvRow row, BillingLine line);

    /**
     * The version of the format the header shows, for the read report ({@code "1.2"} for a
     * FOCUS 1.2 export); empty when the format has no versions.
     */
    default String version() {
        return "";
    }

    /**
     * The numeric columns this mapper's amounts are linear in and that decide nothing else: for
     * rows that agree on every other column it reads and on the absence and the sign of each of
     * these, mapping the row whose values are the rows' sums must give the sum of the rows'
     * amounts. A columnar reader may then sum these columns in its engine and map one row per
     * group ({@link ColumnarBillingReader.Table#scan}). Default: none, one call per record.
     *
     * <pre>{@code
     * public int[] additiveColumns() { return new int[] {billed, effective}; }   // amounts copied, never compared
     * }</pre>
     */
    default int[] additiveColumns() {
        return new int[0];
    }

    /**
     * The timestamp columns this mapper reads only through {@link CsvRow#epochDay} in the given
     * offset (never their text or time of day): a columnar reader may then group their values by
     * that day. Default: none.
     *
     * <pre>{@code
     * public Map<Integer, ZoneOffset> dayColumns() { return Map.of(chargeStart, ZoneOffset.UTC); }
     * }</pre>
     */
    default java.util.Map<Integer, java.time.ZoneOffset> dayColumns() {
        return java.util.Map.of();
    }

    /** A mapper from a billed-cost column and a function. */
    static BillingRowMapper of(int billedCostColumn, BiConsumer<CsvRow, BillingLine> mapping) {
        return new BillingRowMapper() {
            @Override
            public int billedCostColumn() {
                return billedCostColumn;
            }

            @Override
            public void map(CsvRow row, BillingLine line) {
                mapping.accept(row, line);
            }
        };
    }
}
