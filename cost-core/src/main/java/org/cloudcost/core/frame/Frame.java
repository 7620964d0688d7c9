package org.cloudcost.core.frame;

import java.util.Objects;

import org.cloudcost.core.internal.frame.FrameAccess;

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
    static {
        // cost-core's readers and rules, and only they, read and build frames without copies
        FrameAccess.install(new FrameAccess.Hooks() {
            @Override
            public Table table(Frame frame) {
                return frame.table;
            }

            @Override
            public UsageFrame usage(Table table) {
                return new UsageFrame(table, false);
            }

            @Override
            public BillingFrame billing(Table table, java.util.List<String> tagColumns) {
                return new BillingFrame(table, tagColumns, false);
            }
        });
    }

    private final Table table;

    /** Keeps a copy of {@code table}; the subclass has checked its schema. */
    protected Frame(Table table) {
        this(table, true);
    }

    /** Keeps {@code table} itself when {@code copy} is false: only for a table nobody else holds. */
    Frame(Table table, boolean copy) {
        Objects.requireNonNull(table, "table");
        this.table = copy ? table.copy() : table;
    }

    /** A copy of the data, to filter, summarize or change freely. */
    public Table table() {
        return table.copy();
    }

    /**
     * A copy of these columns only, all rows: cheaper than {@link #table()} when a few columns
     * of a large frame are wanted.
     *
     * <pre>{@code
     * billing.table(BillingFrame.SERVICE_NAME, BillingFrame.BILLED_COST).summarize(BillingFrame.BILLED_COST, sum)
     *         .by(BillingFrame.SERVICE_NAME)
     * }</pre>
     *
     * @throws IllegalStateException when the frame has no column of one of these names (Tablesaw's message)
     */
    public Table table(String... columns) {
        return table.selectColumns(columns).copy();
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
