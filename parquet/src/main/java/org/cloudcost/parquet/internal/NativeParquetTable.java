package org.cloudcost.parquet.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.cloudcost.core.InputException;
import org.cloudcost.core.format.ColumnarBillingReader;
import org.cloudcost.parquet.internal.decode.ByteDictionary;
import org.cloudcost.parquet.internal.decode.ColumnChunkDecoder;
import org.cloudcost.parquet.internal.decode.FileFooter;
import org.cloudcost.parquet.internal.decode.ParquetFormatException;

/**
 * A Parquet file read by cloudcost's own decoder: the footer at open, and a grouped scan that
 * decodes only the projected column chunks, on every core, and groups the rows on their text's
 * dictionary codes (maps interned as sequences of codes), days and numbers, summing the additive
 * columns; each distinct text becomes a Java string once. It groups exactly as the DuckDB reader
 * does ({@link ScanQuery#groups}), and hands the same values through the same row view.
 *
 * <p>What it does not decode goes to DuckDB ({@link ParquetTable}), opened only then: a scan
 * without additive columns (one row per source row), a projected column of another type or shape
 * than text, numbers, timestamps, dates and maps of text, or a chunk in an encoding
 * (BYTE_STREAM_SPLIT) or codec (ZSTD, LZ4, Brotli) it does not read. {@link #fallback()} says why.
 *
 * <pre>{@code
 * try (NativeParquetTable t = NativeParquetTable.open(Path.of("cur2.parquet"), "cur2.parquet")) {
 *     t.scan(scan, row -> mapper.map(row, line));
 * }
 * }</pre>
 */
public final class NativeParquetTable implements ColumnarBillingReader.Table {
    /** The property that sets the reading threads (default: the available processors). */
    public static final String THREADS_PROPERTY = "cloudcost.parquet.threads";

    private final Path file;
    private final String name;
    private final FileChannel channel;
    private final FileFooter footer;
    private final List<FileColumn> columns;
    private final List<String> names = new ArrayList<>();
    private ParquetTable duckDb;
    private String fallback;

    private NativeParquetTable(Path file, String name, FileChannel channel, FileFooter footer) {
        this.file = file;
        this.name = name;
        this.channel = channel;
        this.footer = footer;
        this.columns = FileColumn.of(footer.schema());
        columns.forEach(c -> names.add(c.name()));
    }

    /**
     * Opens {@code file} and reads its footer.
     *
     * @throws InputException naming {@code name} when the file is not Parquet
     */
    public static NativeParquetTable open(Path file, String name) {
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ);
        } catch (IOException e) {
            throw InputException.ofFile(name, "cannot be read: " + e.getMessage());
        }
        try {
            return new NativeParquetTable(file, name, channel, FileFooter.read(channel));
        } catch (IOException | ParquetFormatException e) {
            closeQuietly(channel);
            throw InputException.ofFile(name, "cannot be read as Parquet: " + e.getMessage());
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    @Override
    public List<String> columnNames() {
        return List.copyOf(names);
    }

    /** Why the last scan went to DuckDB, or null when this reader read it. */
    public String fallback() {
        return fallback;
    }

    @Override
    public void scan(ColumnarBillingReader.Scan scan, Consumer<ColumnarBillingReader.Row> rows) {
        List<ColumnKind> kinds = new ArrayList<>();
        int[] scales = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            kinds.add(columns.get(c).kind());
            scales[c] = columns.get(c).scale();
        }
        List<Projection> projections = Projection.of(scan, names, kinds, scales);
        fallback = unsupported(projections);
        if (fallback != null) {
            if (duckDb == null) {
                duckDb = ParquetTable.open(file, name);
            }
            duckDb.scan(scan, rows);
            return;
        }
        FileColumn[] projected = projections.stream().map(p -> columns.get(p.source())).toArray(FileColumn[]::new);
        KeyPlan plan = new KeyPlan(projections, projected, scan.billedColumn());
        SharedGroups merged;
        try {
            merged = group(plan);
        } catch (ParquetFormatException e) {
            throw InputException.ofFile(name, "cannot be read as Parquet: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw InputException.ofFile(name, "cannot be read: " + e.getCause().getMessage());
        } catch (IndexOutOfBoundsException | NegativeArraySizeException | IllegalArgumentException e) {
            // bytes the checks above did not foresee: still the file's fault, in one line
            throw InputException.ofFile(name, "cannot be read as Parquet: corrupt data (" + e + ")");
        }
        emit(plan, merged, scan.billedColumn(), rows);
    }

    /** Why this reader cannot do the scan, or null. */
    private String unsupported(List<Projection> projections) {
        for (Projection p : projections) {
            FileColumn c = columns.get(p.source());
            if (c.unsupported() != null) {
                return c.unsupported();
            }
            for (FileFooter.RowGroup g : footer.rowGroups()) {
                for (int leaf = c.firstLeaf(); leaf < c.firstLeaf() + c.leaves(); leaf++) {
                    if (leaf >= g.columns().size()) {
                        return "a row group with fewer column chunks than the schema's leaves";
                    }
                    String why = ColumnChunkDecoder.supports(g.columns().get(leaf));
                    if (why != null) {
                        return why;
                    }
                }
            }
        }
        if (projections.stream().noneMatch(p -> p.role() == Projection.Role.ADDITIVE)) {
            return "a scan without additive columns (one row per source row)";
        }
        return null;
    }

    /** Groups the rows on every reading thread. */
    private SharedGroups group(KeyPlan plan) {
        List<FileFooter.RowGroup> groups = footer.rowGroups();
        long[] starts = new long[groups.size()];
        for (int g = 1; g < groups.size(); g++) {
            starts[g] = starts[g - 1] + groups.get(g - 1).numRows();
        }
        int threads = Math.max(1, Math.min(groups.size(), Integer.getInteger(THREADS_PROPERTY, Runtime.getRuntime().availableProcessors())));
        AtomicInteger next = new AtomicInteger();
        SharedGroups shared = new SharedGroups(plan);
        GroupingWorker[] workers = new GroupingWorker[threads];
        for (int t = 0; t < threads; t++) {
            workers[t] = new GroupingWorker(channel, groups, starts, plan, next, shared);
        }
        Throwable[] failures = new Throwable[threads];
        Thread[] started = new Thread[threads];
        for (int t = 1; t < threads; t++) {
            int at = t;
            started[t] = new Thread(() -> {
                try {
                    workers[at].run();
                } catch (Throwable e) { // an Error too: a thread that died must not leave its rows out unnoticed
                    failures[at] = e;
                    next.set(Integer.MAX_VALUE / 2);
                }
            }, "cloudcost-parquet-" + t);
            started[t].setDaemon(true);
            started[t].start();
        }
        try {
            workers[0].run();
        } catch (RuntimeException | Error e) {
            failures[0] = e;
            next.set(Integer.MAX_VALUE / 2);
        }
        for (int t = 1; t < threads; t++) {
            try {
                started[t].join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading " + name, e);
            }
        }
        for (Throwable f : failures) {
            if (f instanceof Error e) {
                throw e;
            }
            if (f != null) {
                throw (RuntimeException) f;
            }
        }
        long rows = shared.rows();
        long expected = groups.stream().mapToLong(FileFooter.RowGroup::numRows).sum();
        if (rows != expected) {
            throw new ParquetFormatException("the row groups hold " + expected + " rows but " + rows + " were read");
        }
        return shared;
    }

    /** Hands each group through the row view, its values as the DuckDB reader's query gives them. */
    private void emit(KeyPlan plan, SharedGroups groups, int billedColumn, Consumer<ColumnarBillingReader.Row> rows) {
        int n = plan.projections.size();
        ResultRow row = new ResultRow(name, names, plan.projections, billedColumn, null);
        String[][] json = new String[n][];
        boolean[][] absentText = new boolean[n][];
        for (int i = 0; i < n; i++) {
            Projection p = plan.projections.get(i);
            if (p.role() == Projection.Role.PLAIN && p.kind() == ColumnKind.TEXT) {
                ByteDictionary d = groups.texts(i);
                absentText[i] = new boolean[d.size()];
                for (int c = 0; c < d.size(); c++) {
                    absentText[i][c] = ResultRow.absentText(d.text(c));
                }
            } else if (p.role() == Projection.Role.PLAIN && p.kind() == ColumnKind.JSON) {
                json[i] = new String[groups.maps(i).size()];
            }
        }
        long[] key = new long[plan.width];
        for (int part = 0; part < SharedGroups.PARTITIONS; part++) {
            emit(plan, groups, groups.partition(part), row, key, json, absentText, rows);
        }
    }

    private void emit(KeyPlan plan, SharedGroups groups, GroupTable t, ResultRow row, long[] key, String[][] json, boolean[][] absentText,
            Consumer<ColumnarBillingReader.Row> rows) {
        int n = plan.projections.size();
        for (int g = 0; g < t.size(); g++) {
            for (int k = 0; k < plan.width; k++) {
                key[k] = t.key(g, k);
            }
            for (int i = 0; i < n; i++) {
                Projection p = plan.projections.get(i);
                int source = p.source();
                switch (p.role()) {
                    case DAY -> {
                        int day = plan.halfOf(key, i);
                        row.put(source, day == GroupingWorker.ABSENT_DAY ? null : (long) day, day == GroupingWorker.ABSENT_DAY);
                    }
                    case ADDITIVE -> additive(plan, t, g, key, i, row);
                    case PLAIN -> plain(plan, groups, key, i, row, json, absentText);
                }
            }
            row.at(t.rows(g), t.firstRow(g));
            rows.accept(row);
        }
    }

    private static void additive(KeyPlan plan, GroupTable t, int g, long[] key, int i, ResultRow row) {
        Projection p = plan.projections.get(i);
        int bit = plan.flag[i];
        int sign = (int) (key[plan.flagWordOf(bit)] >>> (bit % 64)) & ((1 << KeyPlan.SIGN_BITS) - 1);
        int a = plan.additive[i];
        Object value;
        if (sign == KeyPlan.ABSENT) {
            value = null;
        } else if (sign == KeyPlan.NOT_FINITE || plan.scale[a] < 0) {
            value = t.floatingSum(g, a);
        } else {
            value = t.exactSum(g, a, plan.scale[a]);
        }
        row.put(p.source(), value, value == null);
    }

    private void plain(KeyPlan plan, SharedGroups groups, long[] key, int i, ResultRow row, String[][] json, boolean[][] absentText) {
        Projection p = plan.projections.get(i);
        switch (p.kind()) {
            case TEXT -> {
                int code = plan.halfOf(key, i) - 1;
                row.put(p.source(), code < 0 ? null : groups.texts(i).text(code), code < 0 || absentText[i][code]);
            }
            case JSON -> {
                int code = plan.halfOf(key, i) - 1;
                if (code < 0) {
                    row.put(p.source(), null, true);
                } else {
                    if (json[i][code] == null) {
                        json[i][code] = MapJson.of(groups.maps(i).bytes(code), groups.texts(i), groups.mapValues(i));
                    }
                    row.put(p.source(), json[i][code], false);
                }
            }
            default -> {
                int bit = plan.flag[i];
                boolean absent = (key[plan.flagWordOf(bit)] >>> (bit % 64) & 1) != 0;
                long number = key[plan.word[i]];
                Object value = absent ? null : switch (p.kind()) {
                    case FLOATING -> Double.longBitsToDouble(number);
                    case EXACT -> BigDecimal.valueOf(number, p.scale());
                    default -> number;
                };
                row.put(p.source(), value, absent);
            }
        }
    }

    @Override
    public void close() {
        closeQuietly(channel);
        if (duckDb != null) {
            duckDb.close();
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing left to release
        }
    }
}
