package org.cloudcost.aws.s3;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.cloudcost.aws.ec2.InventoryRow;

/**
 * One S3 general purpose bucket as {@link S3Inventory#buckets()} found it.
 *
 * <pre>{@code
 * for (S3Bucket b : inventory.buckets()) {
 *     out.row(b.inventoryRow().cells());
 *     System.out.println(b.name() + " lifecycle: " + b.lifecycle().describe());
 * }
 * }</pre>
 *
 * @param region the bucket's region id ({@code us-east-1} for a bucket whose location constraint is empty)
 * @param createdAt ListBuckets' CreationDate, or null
 * @param tags the bucket's tags (empty without a tag set)
 */
public record S3Bucket(String name, String region, Instant createdAt, Map<String, String> tags,
                       BucketLifecycle lifecycle) {
    /** Attribute of the inventory row: {@link BucketLifecycle#describe()}. */
    public static final String LIFECYCLE = "lifecycle";

    public S3Bucket {
        Objects.requireNonNull(name, "name");
        region = Objects.requireNonNullElse(region, "");
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags == null ? Map.of() : tags));
        Objects.requireNonNull(lifecycle, "lifecycle");
    }

    /**
     * The {@code bucket} inventory row: ResourceId = the bucket name (what the CUR's
     * {@code lineItem/ResourceId} holds for S3), CreatedAt = CreationDate, the lifecycle summary as
     * an attribute.
     */
    public InventoryRow inventoryRow() {
        InventoryRow.Builder row = InventoryRow.builder(name, "bucket").region(region).createdAt(createdAt)
                .attribute(LIFECYCLE, lifecycle.describe());
        tags.forEach(row::tag);
        return row.build();
    }
}
