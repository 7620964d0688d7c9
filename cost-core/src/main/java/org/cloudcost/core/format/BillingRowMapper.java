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
