package org.cloudcost.aliyun.oss;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The result of {@link AliyunStoragePull#pull}: the storage file written, what was listed per
 * bucket, which buckets the bounded listing cut off, which buckets were skipped (another
 * region) and which have no lifecycle rule.
 *
 * <pre>{@code
 * StoragePullReport r = pull.pull(Path.of("out/storage.csv"));
 * r.lines().forEach(System.out::println);
 * if (!r.truncatedBuckets().isEmpty()) { ... }   // their unlisted part has no age
 * }</pre>
 *
 * @param file the storage CSV written
 * @param buckets one report per bucket pulled, in ListBuckets order
 * @param skippedBuckets buckets left out because they are in another region than the pull's
 * @param rowsWritten storage rows in the file
 * @param maxObjectsPerBucket the listing limit the pull ran with
 */
public record StoragePullReport(Path file, List<BucketPullReport> buckets, List<String> skippedBuckets, long rowsWritten,
                                long maxObjectsPerBucket) {
    public StoragePullReport {
        Objects.requireNonNull(file, "file");
        buckets = List.copyOf(buckets);
        skippedBuckets = List.copyOf(skippedBuckets);
    }

    /** Objects listed over all buckets. */
    public long objectsListed() {
        return buckets.stream().mapToLong(BucketPullReport::objectsListed).sum();
    }

    /** Buckets whose listing stopped at {@link #maxObjectsPerBucket()}. */
    public List<String> truncatedBuckets() {
        return buckets.stream().filter(BucketPullReport::truncated).map(BucketPullReport::bucket).toList();
    }

    /** Buckets without any lifecycle rule. */
    public List<String> bucketsWithoutLifecycle() {
        return buckets.stream().filter(b -> !b.hasLifecycleRules()).map(BucketPullReport::bucket).toList();
    }

    /** A readable summary, one line each: totals, then one line per bucket, then the notes. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("OSS: " + buckets.size() + " buckets, " + objectsListed() + " objects listed, " + rowsWritten
                + " storage groups written to " + file);
        if (!truncatedBuckets().isEmpty()) {
            lines.add("Listing cut off at " + maxObjectsPerBucket + " objects in " + truncatedBuckets()
                    + ": the rest comes from GetBucketStat with an empty LastModified, so age-based findings skip it;"
                    + " use an OSS inventory report for full detail");
        }
        if (!skippedBuckets.isEmpty()) {
            lines.add("Skipped (another region): " + skippedBuckets);
        }
        buckets.forEach(b -> lines.add("  " + b.line()));
        buckets.forEach(b -> b.notes().forEach(n -> lines.add("  note: " + b.bucket() + ": " + n)));
        return lines;
    }
}
