package org.cloudcost.core.frame;

import java.util.List;
import java.util.Objects;

import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Object storage by group of objects (FORMATS.md §2): how much sits in which class, and how
 * old it is.
 *
 * <pre>{@code
 * StorageFrame storage = dataset.storage();
 * storage.table().summarize(StorageFrame.SIZE_BYTES, sum).by(StorageFrame.STORAGE_CLASS).print();
 * }</pre>
 *
 * <p>Columns: {@value #BUCKET}, {@value #PREFIX}, {@value #STORAGE_CLASS} (as the provider
 * names it: {@code STANDARD}, {@code GLACIER}, {@code Standard}, {@code IA}, …),
 * {@value #SIZE_BYTES} (double: petabytes overflow nothing), {@value #OBJECT_COUNT},
 * {@value #LAST_MODIFIED} (UTC, the newest modification in the group), {@value #LAST_ACCESSED}
 * (UTC, missing when unknown).
 */
public final class StorageFrame extends Frame {
    public static final String BUCKET = "Bucket";
    public static final String PREFIX = "Prefix";
    public static final String STORAGE_CLASS = "StorageClass";
    public static final String SIZE_BYTES = "SizeBytes";
    public static final String OBJECT_COUNT = "ObjectCount";
    public static final String LAST_MODIFIED = "LastModified";
    public static final String LAST_ACCESSED = "LastAccessed";

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of(BUCKET, PREFIX, STORAGE_CLASS, SIZE_BYTES, OBJECT_COUNT,
            LAST_MODIFIED, LAST_ACCESSED);


    /**
     * Wraps a table with exactly {@link #COLUMNS}.
     *
     * @throws IllegalArgumentException when the columns differ
     */
    public StorageFrame(Table table) {
        super(table);
        if (!table.columnNames().equals(COLUMNS)) {
            throw new IllegalArgumentException("storage table columns " + table.columnNames() + " differ from " + COLUMNS);
        }
    }

    /** An empty frame. */
    public static StorageFrame empty() {
        return new StorageFrame(emptyTable());
    }

    /** A table with this schema and no rows, for builders. */
    public static Table emptyTable() {
        return Table.create("storage", StringColumn.create(BUCKET), StringColumn.create(PREFIX),
                StringColumn.create(STORAGE_CLASS), DoubleColumn.create(SIZE_BYTES), LongColumn.create(OBJECT_COUNT),
                DateTimeColumn.create(LAST_MODIFIED), DateTimeColumn.create(LAST_ACCESSED));
    }

    @Override
    public String toString() {
        return "StorageFrame: " + data().rowCount() + " groups, " + String.format("%.1f", data().doubleColumn(SIZE_BYTES).sum() / 1e12) + " TB";
    }
}
