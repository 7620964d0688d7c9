package org.cloudcost.core.format;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads a columnar billing file (Parquet) for the core, found through
 * {@link java.util.ServiceLoader}: the optional {@code parquet} module registers one in
 * {@code META-INF/services/org.cloudcost.core.format.ColumnarBillingReader}, so the core never
 * depends on its engine. The core recognises the format from {@link Table#columnNames()} with
 * the same {@link BillingFormat#matches} as for CSV, binds the format's mapper, then asks the
 * table for only the columns the mapper looked up ({@link CsvHeader#usedColumns()}).
 *
 * <pre>{@code
 * try (ColumnarBillingReader.Table table = reader.open(Path.of("focus.parquet"), "focus.parquet")) {
 *     CsvHeader header = new CsvHeader("focus.parquet", table.columnNames());
 *     BillingRowMapper mapper = format.bind(header, context);
 *     Scan scan = new Scan(header.usedColumns(), mapper.additiveColumns(), mapper.dayColumns(), mapper.billedCostColumn());
 *     table.scan(scan, row -> {
 *         long sourceRows = row.sourceRows();                          // 1, or a group's size
 *         BigDecimal billed = row.exactDecimal(mapper.billedCostColumn());
 *         mapper.map(row, line);
 *     });
 * }
 * }</pre>
 */
public interface ColumnarBillingReader {

    /** What this reader reads and with what, for messages ({@code "Parquet (cloudcost decoder, DuckDB for other encodings)"}). */
    String description();

    /**
     * Opens a local file and reads its schema.
     *
     * @param name the file as the user named it, for messages
     * @throws org.cloudcost.core.InputException when the file is not readable (corrupt, truncated)
     */
    Table open(Path file, String name);

    /** One open columnar file. Not thread-safe. */
    interface Table extends AutoCloseable {

        /** The column names, in file order: the header a {@link BillingFormat} recognises. */
        List<String> columnNames();

        /**
         * Streams the file's rows, reading only {@link Scan#columns()}. Without
         * {@link Scan#additive()} columns, one row per source row in file order. When
         * {@link Scan#additive()} names columns, the table may hand one row per group of source
         * rows that agree on every other projected column and on the absence and sign of each
         * additive column, carrying the additive columns' sums, in no particular order (each
         * row's {@link Row#line()} is its group's first row): the caller puts back in file order
         * what depends on it (the first skipped line of a reason, the first failing row).
         *
         * @param rows called once per row, on the calling thread; the row is valid during the call only
         * @throws org.cloudcost.core.InputException for a value the file cannot hold or a read failure
         */
        void scan(Scan scan, Consumer<Row> rows);

        /** Releases the file and the engine's resources. */
        @Override
        void close();
    }

    /**
     * What to read of a table for a bound mapper.
     *
     * @param columns the columns to read (indexes into {@link Table#columnNames()})
     * @param additive the columns the table may sum over groups ({@link BillingRowMapper#additiveColumns()}); empty for one row per source row
     * @param dayColumns timestamp columns read only as days in the given offset ({@link BillingRowMapper#dayColumns()}), which the table may group by day
     * @param billedColumn the column whose exact values {@link Row#exactDecimal} must give
     */
    record Scan(BitSet columns, int[] additive, Map<Integer, ZoneOffset> dayColumns, int billedColumn) {
        /** Copies the arguments. */
        public Scan {
            columns = (BitSet) columns.clone();
            additive = additive.clone();
            dayColumns = Map.copyOf(dayColumns);
        }

        @Override
        public BitSet columns() {
            return (BitSet) columns.clone();
        }

        @Override
        public int[] additive() {
            return additive.clone();
        }
    }

    /**
     * A row of a columnar file as the mappers read CSV: {@link #line()} is the 1-based row number
     * in the file (of the group's first source row), text of a map or struct column is its JSON
     * text, a timestamp column reads as its ISO 8601 text and through {@link #epochDay}.
     * Reading a column that was not projected, or a day column other than through
     * {@link #epochDay} in its offset, throws {@link IllegalStateException}: the mapper broke
     * what it declared.
     */
    interface Row extends CsvRow {

        /** How many source rows this row stands for: 1, or the size of its group. */
        long sourceRows();

        /**
         * The exact value of a numeric column (the sum over the group, for an additive column);
         * {@link BigDecimal#ZERO} when absent. A binary floating-point value is taken at its
         * shortest decimal form, as a CSV export would have written it.
         *
         * @throws org.cloudcost.core.InputException when the value is not a number
         */
        BigDecimal exactDecimal(int column);
    }
}
