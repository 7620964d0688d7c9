package org.cloudcost.aliyun.oss;

import com.aliyun.oss.model.BucketStat;
import com.aliyun.oss.model.LifecycleRule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cloudcost.core.io.PartFile;
import org.cloudcost.core.CloudcostException;
import org.cloudcost.core.io.CanonicalCsv;
import org.cloudcost.core.io.CsvFileWriter;

/**
 * Pulls OSS into the canonical storage file ({@code CanonicalCsv.STORAGE}) that
 * {@code cloudcost analyze} reads (written as {@code FILE.part} and moved into place when every
 * bucket has been read, so a failed pull leaves no partial file; see {@link PartFile}): per bucket, groups of objects by key prefix, storage class
 * and month of LastModified (see {@link ObjectGroups}), and the bucket's lifecycle rules in the
 * report.
 *
 * <p><b>Bounded listing.</b> ListObjectsV2 reads at most
 * {@link StoragePullOptions#maxObjectsPerBucket()} objects of a bucket (100,000 by default). When
 * a bucket holds more, the listing stops there, the bucket is reported as truncated, and
 * {@code GetBucketStat}'s per-class totals minus what was listed become one extra group per
 * storage class with an empty Prefix and an <em>empty LastModified</em>. The age of those objects
 * is unknown, and the storage reader keeps an empty LastModified as a missing value, which the
 * age-based rules skip ("no LastModified"): inventing a date (the bucket's creation, say) would
 * make young data look old or old data look young. Sizes are real sizes (see
 * {@link BucketStatTotals}); GetBucketStat lags by an hour or more, so a remainder that would be
 * negative is written as zero and noted. For a complete picture of big buckets, configure an OSS
 * inventory report.
 *
 * <pre>{@code
 * OssApi oss = new SdkOssApi(clients.oss(), AliyunCalls.withDefaults());
 * StoragePullReport report = new AliyunStoragePull(oss, StoragePullOptions.defaults().withRegion("cn-hangzhou"))
 *         .pull(Path.of("out/storage.csv"));
 * report.lines().forEach(System.out::println);
 * CostDataset.read().storage(report.file()).load();
 * }</pre>
 */
public final class AliyunStoragePull {
    private final OssApi oss;
    private final StoragePullOptions options;

    public AliyunStoragePull(OssApi oss, StoragePullOptions options) {
        this.oss = Objects.requireNonNull(oss, "oss");
        this.options = Objects.requireNonNull(options, "options");
    }

    /** With {@link StoragePullOptions#defaults()}. */
    public AliyunStoragePull(OssApi oss) {
        this(oss, StoragePullOptions.defaults());
    }

    /**
     * Lists the buckets and writes {@code storageCsv} (replacing it).
     *
     * @throws CloudcostException when an API call fails (one line naming the action and, for
     *         per-bucket calls, the bucket) or the file cannot be written
     */
    public StoragePullReport pull(Path storageCsv) {
        List<OssBucket> buckets = oss.listBuckets();
        List<BucketPullReport> reports = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        long rows;
        try {
            rows = PartFile.write(storageCsv, CanonicalCsv.STORAGE, out -> {
                for (OssBucket bucket : buckets) {
                    if (options.region() != null && bucket.region() != null && !options.region().equals(bucket.region())) {
                        skipped.add(bucket.name());
                        continue;
                    }
                    reports.add(pullBucket(bucket, out));
                }
                return out.rows();
            });
        } catch (IOException e) {
            throw new CloudcostException("Cannot write the storage file " + storageCsv + ": " + e.getMessage(), e);
        }
        return new StoragePullReport(storageCsv, reports, skipped, rows, options.maxObjectsPerBucket());
    }

    private BucketPullReport pullBucket(OssBucket bucket, CsvFileWriter out) throws IOException {
        String name = bucket.name();
        try {
            List<LifecycleRule> rules = oss.getBucketLifecycle(name);
            int enabled = (int) rules.stream().filter(r -> r.getStatus() == LifecycleRule.RuleStatus.Enabled).count();
            ObjectGroups groups = new ObjectGroups(options.prefixDepth());
            boolean truncated = list(name, groups);
            List<String> notes = new ArrayList<>();
            List<StorageGroupRow> rows = new ArrayList<>(groups.rows(name));
            ClassTotal unlisted = ClassTotal.ZERO;
            if (truncated) {
                List<StorageGroupRow> rest = unlistedRest(name, groups.totalsByClass(), notes);
                for (StorageGroupRow r : rest) {
                    unlisted = unlisted.plus(new ClassTotal(r.sizeBytes(), r.objectCount()));
                }
                rows.addAll(rest);
            }
            for (StorageGroupRow r : rows) {
                out.row(r.cells());
            }
            return new BucketPullReport(name, bucket.region(), groups.objects(), truncated, rules.size(), enabled,
                    rows.size(), unlisted, notes);
        } catch (CloudcostException e) {
            throw new CloudcostException("OSS bucket " + name + ": " + e.getMessage(), e);
        }
    }

    /** Lists up to the limit into {@code groups}; true when objects remain beyond it. */
    private boolean list(String bucket, ObjectGroups groups) {
        long max = options.maxObjectsPerBucket();
        String token = null;
        do {
            int want = (int) Math.min(options.pageSize(), max - groups.objects());
            OssObjectPage page = oss.listObjects(bucket, token, want);
            page.objects().forEach(groups::add);
            String next = page.nextContinuationToken();
            if (next != null && next.equals(token)) {
                throw new CloudcostException("ListObjectsV2 returned the same continuation token twice (" + next + ")");
            }
            token = next;
            if (token != null && groups.objects() >= max) {
                return true;
            }
        } while (token != null);
        return false;
    }

    /** GetBucketStat per class minus the listed objects: one group per class with what remains, age unknown. */
    private List<StorageGroupRow> unlistedRest(String bucket, Map<String, ClassTotal> listed, List<String> notes) {
        BucketStat stat = oss.getBucketStat(bucket);
        List<StorageGroupRow> rest = new ArrayList<>();
        if (!BucketStatTotals.hasClassFigures(stat)) {
            notes.add("GetBucketStat gave no per-class figures (total " + stat.getStorageSize() + " bytes in "
                    + stat.getObjectCount() + " objects): the unlisted part of the bucket is missing from the storage file");
            return rest;
        }
        for (Map.Entry<String, ClassTotal> e : BucketStatTotals.byClass(stat).entrySet()) {
            ClassTotal seen = listed.getOrDefault(e.getKey(), ClassTotal.ZERO);
            if (e.getValue().lessThan(seen)) {
                notes.add("GetBucketStat (up to an hour or more behind) counts less " + e.getKey() + " than was listed ("
                        + e.getValue().bytes() + " < " + seen.bytes() + " bytes or " + e.getValue().objects() + " < "
                        + seen.objects() + " objects): the unlisted " + e.getKey() + " figure is floored at zero");
            }
            ClassTotal remaining = e.getValue().minusAtLeastZero(seen);
            if (!remaining.isZero()) {
                rest.add(new StorageGroupRow(bucket, "", e.getKey(), remaining.bytes(), remaining.objects(), null));
            }
        }
        notes.add("listing stopped at " + options.maxObjectsPerBucket() + " objects; the rest, from GetBucketStat, is written"
                + " per storage class with an empty Prefix and an empty LastModified (age unknown, skipped by age-based rules)");
        return rest;
    }
}
