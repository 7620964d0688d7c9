package org.cloudcost.core.frame;

import tech.tablesaw.api.Table;

/**
 * What every cloudcost frame offers: its Tablesaw table and the REPL conveniences. In JShell
 * the value of an expression is printed through {@link #toString()}, which stays short.
 *
 * <pre>{@code
 * BillingFrame billing = dataset.billing();
 * billing                                   // BillingFrame: 812 rows x 21 columns ...
 * billing.print()                           // the first rows as a text table
 * billing.table().summarize(BillingFrame.BILLED_COST, sum).by(BillingFrame.SERVICE_NAME)
 * }</pre>
 */
public interface Frame {

    /** The underlying Tablesaw table; a copy is not made, so treat it as read-only. */
    Table table();

    /** Number of rows. */
    default int rowCount() {
        return table().rowCount();
    }

    /** "rows x columns", as Tablesaw's {@code shape()}. */
    default String shape() {
        return table().shape();
    }

    /** Column names and types, as a table. */
    default Table structure() {
        return table().structure();
    }

    /** The first rows as a text table (Tablesaw's {@code print()}). */
    default String print() {
        return table().print();
    }

    /** The first {@code rows} rows as a text table. */
    default String print(int rows) {
        return table().print(rows);
    }
}
