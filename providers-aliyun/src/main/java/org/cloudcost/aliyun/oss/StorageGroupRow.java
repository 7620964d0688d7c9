package org.cloudcost.aliyun.oss;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One row of the canonical storage file ({@code CanonicalCsv.STORAGE}): a group of objects of
 * one bucket, prefix and storage class.
 *
 * <pre>{@code
 * StorageGroupRow row = new StorageGroupRow("app-logs", "logs/", "Standard", 4096, 2, Instant.parse("2024-01-31T23:00:00Z"));
 * out.row(row.cells());
 * }</pre>
 *
 * @param lastModified the newest modification in the group; {@code null} when unknown (the
 *        part of a bucket the bounded listing did not reach), written as an empty cell so that
 *        age-based rules skip the group instead of guessing its age
 */
public record StorageGroupRow(String bucket, String prefix, String storageClass, long sizeBytes, long objectCount,
                              Instant lastModified) {
    public StorageGroupRow {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(storageClass, "storageClass");
    }

    /**
     * The cells in {@code CanonicalCsv.STORAGE} order: LastModified in UTC ISO 8601 to the second
     * ({@code 2024-01-31T23:00:00Z}); LastAccessed stays empty (a listing does not know it).
     */
    public String[] cells() {
        return new String[] {bucket, prefix, storageClass, Long.toString(sizeBytes), Long.toString(objectCount),
                lastModified == null ? "" : lastModified.truncatedTo(ChronoUnit.SECONDS).toString(), ""};
    }
}
