package org.cloudcost.aws.s3;

import java.util.List;
import java.util.Objects;

/**
 * What {@link S3Inventory#storage} found of one bucket's storage: the storage rows, where they came
 * from, and notes for the pull's report (nothing is dropped without a note).
 *
 * <pre>{@code
 * BucketStorage s = inventory.storage(bucket, sizes);
 * s.source();                                   // INVENTORY_REPORT
 * for (StorageRow r : s.rows()) out.row(r.cells());
 * s.notes().forEach(System.out::println);
 * }</pre>
 */
public record BucketStorage(String bucket, Source source, List<StorageRow> rows, List<String> notes) {
    /** Where the rows came from. */
    public enum Source {
        /** The newest S3 Inventory report (CSV): groups by prefix, class and month of LastModified. */
        INVENTORY_REPORT,
        /** CloudWatch {@code BucketSizeBytes} per storage type: one row per class, age and count unknown. */
        CLOUDWATCH,
        /** Neither was available: no rows, and a note saying so. */
        NONE
    }

    public BucketStorage {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(source, "source");
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }
}
