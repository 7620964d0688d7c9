package org.cloudcost.core.frame;

import java.util.Objects;

import tech.tablesaw.api.Table;

/**
 * What every cloudcost frame offers: its data as a Tablesaw table, and the REPL conveniences.
 * A frame is immutable: {@link #table()} hands out a copy, so nothing a caller does to it can
 * change the frame or what is computed from it later. In JShell the value of an expression is
 * printed through {@link #toString()}, which stays short.
 *
 * <pre>{@code
 * BillingFrame billing = dataset.billing();
 * billing                                   // BillingFrame: 812 rows x 21 columns ...
 * billing.print(10)                         // the first rows as a text table
 * billing.table().summarize(BillingFrame.BILLED_COST, sum).by(BillingFrame.SERVICE_NAME)
 * }</pre>
 */
public abstract class Frame {
    private final Table table;

    /** Keeps a copy of {@code table}; the subclass has checked its schema. */
    protected Frame(Table table) {
        this.table = Objects.requireNonNull(table, "table").copy();
    }

    /** A copy of the data, to filter, summarize or change freely. */
    public Table table() {
        return table.copy();
    }

    /** The data itself, for the subclass's own read-only use. */
    protected final Table data() {
        return table;
    }

    /** Number of rows. */
    public int rowCount() {
        return table.rowCount();
    }

    /** "rows x columns", as Tablesaw's {@code shape()}. */
    public String shape() {
        return table.shape();
    }

    /** Column names and types, as a table. */
    public Table structure() {
        return table.structure();
    }

    /** The first rows as a text table (Tablesaw's {@code print()}). */
    public String print() {
        return table.print();
    }

    /** The first {@code rows} rows as a text table. */
    public String print(int rows) {
        return table.print(rows);
    }
}
