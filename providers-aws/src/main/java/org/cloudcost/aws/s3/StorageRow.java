package org.cloudcost.aws.s3;

import java.time.Instant;
import org.cloudcost.aws.internal.CanonicalCells;
import java.util.Objects;

/**
 * One row of the canonical storage file ({@link org.cloudcost.core.io.CanonicalCsv#STORAGE}): a group
 * of objects of one bucket, key prefix and storage class.
 *
 * <pre>{@code
 * StorageRow row = new StorageRow("app-logs", "logs/", "STANDARD", 4096, 2L, Instant.parse("2026-01-31T23:00:00Z"));
 * out.row(row.cells());   // a CsvFileWriter opened with CanonicalCsv.STORAGE
 * }</pre>
 *
 * @param prefix the group's key prefix, as the keys have it (may be empty: the whole bucket)
 * @param storageClass the S3 storage class ({@code STANDARD}, {@code STANDARD_IA}, {@code GLACIER_IR}, …)
 * @param objectCount objects in the group, or null when unknown (CloudWatch sizes count no objects per class)
 * @param lastModified the newest modification in the group, or null when unknown: written as an empty
 *        cell, which the age-based rules skip instead of guessing an age
 */
public record StorageRow(String bucket, String prefix, String storageClass, long sizeBytes, Long objectCount,
                         Instant lastModified) {
    public StorageRow {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(storageClass, "storageClass");
        if (sizeBytes < 0 || objectCount != null && objectCount < 0) {
            throw new IllegalArgumentException("negative size or count in " + bucket + "/" + prefix);
        }
    }

    /** The cells in {@code CanonicalCsv.STORAGE} order; LastModified in UTC to the second, LastAccessed empty. */
    public String[] cells() {
        return new String[] {bucket, prefix, storageClass, Long.toString(sizeBytes),
                objectCount == null ? "" : objectCount.toString(),
                CanonicalCells.utc(lastModified), ""};
    }
}
