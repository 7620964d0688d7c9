package org.cloudcost.aliyun.oss;

import com.aliyun.oss.model.BucketStat;
import com.aliyun.oss.model.LifecycleRule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cloudcost.core.CloudcostException;

/** A hand-written {@link OssApi}: buckets, objects, stats and lifecycle rules in memory, and a log of the calls. */
final class FakeOssApi implements OssApi {
    private final Map<String, OssBucket> buckets = new LinkedHashMap<>();
    private final Map<String, List<OssObject>> objects = new HashMap<>();
    private final Map<String, BucketStat> stats = new HashMap<>();
    private final Map<String, List<LifecycleRule>> lifecycles = new HashMap<>();
    private final Map<String, String> listFailures = new HashMap<>();
    /** Every call, as {@code Action bucket [args]}. */
    final List<String> calls = new ArrayList<>();

    FakeOssApi bucket(String name, String region, OssObject... content) {
        buckets.put(name, new OssBucket(name, region, Instant.parse("2020-01-01T00:00:00Z")));
        objects.put(name, new ArrayList<>(List.of(content)));
        return this;
    }

    FakeOssApi stat(String bucket, BucketStat stat) {
        stats.put(bucket, stat);
        return this;
    }

    FakeOssApi lifecycle(String bucket, LifecycleRule... rules) {
        lifecycles.put(bucket, List.of(rules));
        return this;
    }

    FakeOssApi failListing(String bucket, String message) {
        listFailures.put(bucket, message);
        return this;
    }

    static OssObject object(String key, long size, String storageClass, String lastModified) {
        return new OssObject(key, size, storageClass, Instant.parse(lastModified));
    }

    @Override
    public List<OssBucket> listBuckets() {
        calls.add("ListBuckets");
        return List.copyOf(buckets.values());
    }

    @Override
    public BucketStat getBucketStat(String bucket) {
        calls.add("GetBucketStat " + bucket);
        BucketStat s = stats.get(bucket);
        if (s == null) {
            throw new AssertionError("GetBucketStat called for " + bucket + " without a stat to answer");
        }
        return s;
    }

    @Override
    public List<LifecycleRule> getBucketLifecycle(String bucket) {
        calls.add("GetBucketLifecycle " + bucket);
        return lifecycles.getOrDefault(bucket, List.of());
    }

    /** Pages by position: the token is the index of the next object. */
    @Override
    public OssObjectPage listObjects(String bucket, String continuationToken, int maxKeys) {
        calls.add("ListObjectsV2 " + bucket + " " + continuationToken + " " + maxKeys);
        if (listFailures.containsKey(bucket)) {
            throw new CloudcostException(listFailures.get(bucket));
        }
        List<OssObject> all = objects.get(bucket);
        int from = continuationToken == null ? 0 : Integer.parseInt(continuationToken);
        int to = Math.min(all.size(), from + maxKeys);
        return new OssObjectPage(all.subList(from, to), to < all.size() ? Integer.toString(to) : null);
    }
}
