package org.cloudcost.aliyun.oss;

import java.util.List;
import java.util.Objects;

/**
 * What the storage pull did with one bucket: how many objects it listed, whether the bounded
 * listing was cut off (and how much of the bucket it then took from GetBucketStat, with an
 * unknown age), and whether the bucket has lifecycle rules, which the storage file has no column
 * for.
 *
 * <pre>{@code
 * for (BucketPullReport b : report.buckets()) {
 *     if (!b.hasLifecycleRules()) { System.out.println(b.bucket() + " has no lifecycle rule"); }
 * }
 * }</pre>
 *
 * @param region the bucket's region id, {@code null} when ListBuckets did not say
 * @param objectsListed objects read by ListObjectsV2
 * @param truncated whether the listing stopped at the limit before the end of the bucket
 * @param lifecycleRules lifecycle rules of the bucket (0: none)
 * @param enabledLifecycleRules of which enabled
 * @param groupsWritten storage rows written for the bucket
 * @param unlisted bytes and objects GetBucketStat counts beyond the listed ones (zero unless truncated),
 *        written as groups with an empty Prefix and an empty LastModified
 * @param notes anything a reader of the numbers should know, one sentence each
 */
public record BucketPullReport(String bucket, String region, long objectsListed, boolean truncated, int lifecycleRules,
                               int enabledLifecycleRules, int groupsWritten, ClassTotal unlisted, List<String> notes) {
    public BucketPullReport {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(unlisted, "unlisted");
        notes = List.copyOf(notes);
    }

    /** Whether the bucket has at least one lifecycle rule (enabled or not). */
    public boolean hasLifecycleRules() {
        return lifecycleRules > 0;
    }

    /** One line: {@code app-logs (cn-hangzhou): 1200 objects listed, 5 groups, lifecycle: 2 rules (1 enabled)}. */
    public String line() {
        StringBuilder s = new StringBuilder(bucket);
        if (region != null) {
            s.append(" (").append(region).append(')');
        }
        s.append(": ").append(objectsListed).append(" objects listed");
        if (truncated) {
            s.append(" (listing cut off; ").append(unlisted.objects()).append(" more objects, ").append(unlisted.bytes())
                    .append(" bytes from GetBucketStat, age unknown)");
        }
        s.append(", ").append(groupsWritten).append(groupsWritten == 1 ? " group" : " groups").append(", lifecycle: ");
        s.append(lifecycleRules == 0 ? "none" : lifecycleRules + (lifecycleRules == 1 ? " rule" : " rules") + " ("
                + enabledLifecycleRules + " enabled)");
        return s.toString();
    }
}
