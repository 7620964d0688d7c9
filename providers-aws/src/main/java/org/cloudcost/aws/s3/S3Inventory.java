package org.cloudcost.aws.s3;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.cloudcost.aws.internal.AwsCalls;
import org.cloudcost.aws.internal.PageTokens;
import org.cloudcost.aws.cloudwatch.S3StorageTypes;
import org.cloudcost.core.CloudcostException;
import org.cloudcost.core.InputException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.s3.model.LifecycleRule;
import software.amazon.awssdk.services.s3.model.ListBucketsResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.Tag;
import software.amazon.awssdk.services.s3.model.Transition;

/**
 * The account's S3 buckets and their storage, read with a built {@link S3Client}, each call through
 * {@link AwsCalls}. Build the client with {@code crossRegionAccessEnabled(true)}: buckets live in
 * every region and the per-bucket calls go to the bucket's own region.
 *
 * <pre>{@code
 * S3Inventory s3 = new S3Inventory(S3Client.builder().region(Region.US_EAST_1).crossRegionAccessEnabled(true).build());
 * for (S3Bucket b : s3.buckets()) {
 *     inventoryCsv.row(b.inventoryRow().cells());
 *     BucketStorage storage = s3.storage(b.name(), cloudWatchBytes.getOrDefault(b.name(), Map.of()));
 *     for (StorageRow r : storage.rows()) storageCsv.row(r.cells());
 * }
 * }</pre>
 *
 * <ul>
 * <li>{@link #buckets()}: ListBuckets, every page ({@code s3:ListAllMyBuckets}); the region from
 * ListBuckets' BucketRegion, else GetBucketLocation ({@code s3:GetBucketLocation}); the lifecycle
 * from GetBucketLifecycleConfiguration ({@code s3:GetLifecycleConfiguration};
 * {@code NoSuchLifecycleConfiguration} is {@link BucketLifecycle#NONE}, not an error); the tags from
 * GetBucketTagging ({@code s3:GetBucketTagging}; {@code NoSuchTagSet} is no tags).</li>
 * <li>{@link #storage(String, Map)}: storage groups by prefix, class and month of LastModified from
 * the bucket's newest S3 Inventory report when one is configured (see {@link InventoryReports}:
 * {@code s3:GetInventoryConfiguration}, and {@code s3:ListBucket} + {@code s3:GetObject} on the
 * report's destination bucket); else one row per storage class from the CloudWatch
 * {@code BucketSizeBytes} figures the caller hands in, with ObjectCount and LastModified empty
 * (unknown: the age-based rules skip such rows rather than guess).</li>
 * </ul>
 * Any other error stops the pull with one line naming the bucket and the IAM action.
 */
public final class S3Inventory {
    /** ListBuckets {@code MaxBuckets}: asking for pages (1 to 10,000) makes S3 page and name each bucket's region. */
    static final int BUCKETS_PER_PAGE = 1000;
    /** Folder levels of a key that make a storage group's prefix: 1 ({@code logs/}). */
    public static final int DEFAULT_PREFIX_DEPTH = 1;

    private final S3Client s3;
    private final S3Objects objects;
    private final InventoryReports reports;

    /** With storage groups by the first folder level of the keys. */
    public S3Inventory(S3Client s3) {
        this(s3, DEFAULT_PREFIX_DEPTH);
    }

    /** @param prefixDepth folder levels of a key that make a storage group's prefix (0: the whole bucket) */
    public S3Inventory(S3Client s3, int prefixDepth) {
        if (prefixDepth < 0) {
            throw new IllegalArgumentException("prefixDepth must be at least 0, was " + prefixDepth);
        }
        this.s3 = Objects.requireNonNull(s3, "s3");
        this.objects = new S3Objects(s3);
        this.reports = new InventoryReports(s3, objects, prefixDepth);
    }

    /** Every bucket of the account with its region, lifecycle and tags, in ListBuckets order. */
    public List<S3Bucket> buckets() {
        List<Bucket> listed = AwsCalls.call("s3:ListAllMyBuckets", () -> {
            List<Bucket> all = new ArrayList<>();
            PageTokens tokens = new PageTokens("s3:ListAllMyBuckets");
            for (ListBucketsResponse page : s3.listBucketsPaginator(r -> r.maxBuckets(BUCKETS_PER_PAGE))) {
                tokens.next(page.continuationToken());
                all.addAll(page.buckets());
            }
            return all;
        });
        List<S3Bucket> out = new ArrayList<>(listed.size());
        for (Bucket b : listed) {
            String name = b.name();
            try {
                String region = b.bucketRegion() != null && !b.bucketRegion().isBlank() ? b.bucketRegion() : location(name);
                out.add(new S3Bucket(name, region, b.creationDate(), tags(name), lifecycle(name)));
            } catch (CloudcostException e) {
                throw new CloudcostException("S3 bucket " + name + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(out);
    }

    /**
     * The bucket's storage rows: from its newest S3 Inventory report when one is configured, else
     * from {@code cloudWatchBytes}.
     *
     * @param cloudWatchBytes the bucket's latest CloudWatch {@code BucketSizeBytes} per {@code StorageType}
     *        dimension value ({@code StandardStorage} → bytes, …); empty when not fetched
     */
    public BucketStorage storage(String bucket, Map<String, Long> cloudWatchBytes) {
        List<String> notes = new ArrayList<>();
        try {
            Optional<BucketStorage> report = reports.read(bucket, notes);
            if (report.isPresent()) {
                return report.get();
            }
        } catch (InputException e) {
            throw e;   // names the report file, line and column already
        } catch (CloudcostException e) {
            throw new CloudcostException("S3 bucket " + bucket + ": " + e.getMessage(), e);
        }
        Map<String, Long> sizes = cloudWatchBytes == null ? Map.of() : cloudWatchBytes;
        if (sizes.isEmpty()) {
            notes.add("no S3 Inventory report and no CloudWatch BucketSizeBytes for " + bucket
                    + ": its storage is unknown");
            return new BucketStorage(bucket, BucketStorage.Source.NONE, List.of(), notes);
        }
        return new BucketStorage(bucket, BucketStorage.Source.CLOUDWATCH, byClass(bucket, sizes, notes), notes);
    }

    /** One row per storage class, summed over its CloudWatch storage types; unknown types keep their name. */
    static List<StorageRow> byClass(String bucket, Map<String, Long> sizes, List<String> notes) {
        Map<String, Long> bytes = new TreeMap<>();
        for (Map.Entry<String, Long> e : new TreeMap<>(sizes).entrySet()) {
            if (e.getValue() == null || e.getValue() < 0) {
                throw new IllegalArgumentException("BucketSizeBytes of " + bucket + " " + e.getKey() + " is "
                        + e.getValue() + "; expected bytes ≥ 0");
            }
            if (e.getKey().equals(S3StorageTypes.ALL_STORAGE_TYPES)) {
                notes.add(bucket + ": CloudWatch StorageType AllStorageTypes counts objects, not bytes; not used as a size");
                continue;
            }
            Optional<String> storageClass = S3StorageTypes.storageClass(e.getKey());
            if (storageClass.isEmpty()) {
                notes.add(bucket + ": CloudWatch StorageType " + e.getKey() + " is not a known one; written under that name");
            }
            bytes.merge(storageClass.orElse(e.getKey()), e.getValue(), Math::addExact);
        }
        notes.add(bucket + ": no S3 Inventory report; sizes per storage class from CloudWatch BucketSizeBytes, object"
                + " counts and ages unknown");
        List<StorageRow> rows = new ArrayList<>();
        bytes.forEach((storageClass, n) -> rows.add(new StorageRow(bucket, "", storageClass, n, null, null)));
        return rows;
    }

    private String location(String bucket) {
        String constraint = AwsCalls.call("s3:GetBucketLocation",
                () -> s3.getBucketLocation(r -> r.bucket(bucket)).locationConstraintAsString());
        if (constraint == null || constraint.isBlank()) {
            return "us-east-1";   // the API's empty constraint: US East (N. Virginia)
        }
        return constraint.equals("EU") ? "eu-west-1" : constraint;   // "EU": the legacy name of eu-west-1
    }

    private BucketLifecycle lifecycle(String bucket) {
        List<LifecycleRule> rules = AwsCalls.call("s3:GetLifecycleConfiguration", () -> unlessAbsent(
                "NoSuchLifecycleConfiguration", () -> s3.getBucketLifecycleConfiguration(r -> r.bucket(bucket)).rules()));
        if (rules == null || rules.isEmpty()) {
            return BucketLifecycle.NONE;
        }
        int enabled = 0;
        Set<String> to = new LinkedHashSet<>();
        boolean expires = false;
        for (LifecycleRule rule : rules) {
            if (!"Enabled".equalsIgnoreCase(rule.statusAsString())) {
                continue;
            }
            enabled++;
            rule.transitions().stream().map(Transition::storageClassAsString).filter(Objects::nonNull).forEach(to::add);
            expires |= rule.expiration() != null && (rule.expiration().days() != null || rule.expiration().date() != null);
        }
        return new BucketLifecycle(rules.size(), enabled, List.copyOf(to), expires);
    }

    private Map<String, String> tags(String bucket) {
        List<Tag> tags = AwsCalls.call("s3:GetBucketTagging",
                () -> unlessAbsent("NoSuchTagSet", () -> s3.getBucketTagging(r -> r.bucket(bucket)).tagSet()));
        Map<String, String> out = new LinkedHashMap<>();
        if (tags != null) {
            for (Tag t : tags) {
                if (t.key() != null && !t.key().isBlank()) {
                    out.put(t.key(), Objects.requireNonNullElse(t.value(), ""));
                }
            }
        }
        return out;
    }

    /** The call's result, or null when S3 answers {@code absentCode} (the bucket has no such configuration). */
    private static <T> T unlessAbsent(String absentCode, Supplier<T> call) {
        try {
            return call.get();
        } catch (S3Exception e) {
            if (e.awsErrorDetails() != null && absentCode.equals(e.awsErrorDetails().errorCode())) {
                return null;
            }
            throw e;
        }
    }
}
