package org.cloudcost.core.internal.canonical;

import java.nio.file.Path;
import java.util.List;

import org.cloudcost.core.ProgressListener;
import org.cloudcost.core.frame.StorageFrame;
import org.cloudcost.core.internal.csv.TokenizedRow;
import org.cloudcost.core.internal.read.CsvFile;
import org.cloudcost.core.internal.read.ReadLog;

import tech.tablesaw.api.Table;

/**
 * Reads storage CSVs in the canonical layout of FORMATS.md §2, one row per group of objects:
 * {@code Bucket,Prefix,StorageClass,SizeBytes,ObjectCount,LastModified[,LastAccessed]}.
 * {@code Bucket}, {@code StorageClass} and {@code SizeBytes} are mandatory; sizes and counts
 * are ≥ 0; timestamps without an offset are UTC, and an absent one is a missing value.
 *
 * <pre>{@code
 * StorageFrame storage = StorageCsvReader.read(List.of(Path.of("storage.csv")), log, ProgressListener.NONE);
 * }</pre>
 */
public final class StorageCsvReader {
    /** The format id in the read report. */
    static final String FORMAT = "canonical-storage";

    private StorageCsvReader() {
    }

    /**
     * Reads the files into one frame, rows in file order.
     *
     * @throws org.cloudcost.core.InputException for the first bad input, naming file, line and column
     */
    public static StorageFrame read(List<Path> files, ReadLog log, ProgressListener progress) {
        Table t = StorageFrame.emptyTable();
        for (Path file : files) {
            try (CsvFile csv = CsvFile.open(file, progress)) {
                StorageColumns c = StorageColumns.of(csv.header());
                TokenizedRow row = csv.row();
                int rowsBefore = t.rowCount();
                while (csv.next(log)) {
                    append(t, row, c);
                }
                log.fileRead(file.toString(), "storage", FORMAT, csv.dataLines(), t.rowCount() - rowsBefore);
            }
        }
        return new StorageFrame(t);
    }

    private static void append(Table t, TokenizedRow row, StorageColumns c) {
        String bucket = Cells.required(row, c.bucket(), "a bucket name");
        String storageClass = Cells.required(row, c.storageClass(), "a storage class");
        if (!Cells.present(row, c.sizeBytes())) {
            throw row.error(c.sizeBytes(), "expected a size in bytes, found an empty value");
        }
        t.stringColumn(StorageFrame.BUCKET).append(bucket);
        t.stringColumn(StorageFrame.PREFIX).append(Cells.text(row, c.prefix()));
        t.stringColumn(StorageFrame.STORAGE_CLASS).append(storageClass);
        Cells.appendNonNegative(t.doubleColumn(StorageFrame.SIZE_BYTES), row, c.sizeBytes());
        Cells.appendCount(t.longColumn(StorageFrame.OBJECT_COUNT), row, c.objectCount());
        Cells.appendUtc(t.dateTimeColumn(StorageFrame.LAST_MODIFIED), row, c.lastModified());
        Cells.appendUtc(t.dateTimeColumn(StorageFrame.LAST_ACCESSED), row, c.lastAccessed());
    }
}
