package org.cloudcost.aliyun.oss;

/**
 * How {@link AliyunStoragePull} lists buckets.
 *
 * <pre>{@code
 * StoragePullOptions o = StoragePullOptions.defaults().withMaxObjectsPerBucket(20_000).withRegion("cn-hangzhou");
 * }</pre>
 *
 * @param maxObjectsPerBucket the listing stops after this many objects of one bucket
 *        ({@value #DEFAULT_MAX_OBJECTS_PER_BUCKET} by default: 100 ListObjectsV2 requests, some
 *        seconds per bucket); the rest of the bucket is taken from GetBucketStat totals with an
 *        unknown age. For bigger buckets, configure an OSS inventory report instead.
 * @param prefixDepth the folder levels of a key that make a group's prefix ({@value #DEFAULT_PREFIX_DEPTH}: {@code logs/})
 * @param pageSize objects per ListObjectsV2 request, 1 to 1000
 * @param region only buckets in this region id ({@code cn-hangzhou}) are pulled, since an OSS
 *        client talks to one region's endpoint (a bucket whose region ListBuckets does not give
 *        is kept); {@code null} pulls every bucket ListBuckets returns (for a custom or test endpoint)
 */
public record StoragePullOptions(long maxObjectsPerBucket, int prefixDepth, int pageSize, String region) {
    public static final long DEFAULT_MAX_OBJECTS_PER_BUCKET = 100_000;
    public static final int DEFAULT_PREFIX_DEPTH = 1;

    public StoragePullOptions {
        if (maxObjectsPerBucket < 1) {
            throw new IllegalArgumentException("maxObjectsPerBucket must be at least 1, was " + maxObjectsPerBucket);
        }
        if (prefixDepth < 0) {
            throw new IllegalArgumentException("prefixDepth must be at least 0, was " + prefixDepth);
        }
        if (pageSize < 1 || pageSize > SdkOssApi.MAX_KEYS_PER_PAGE) {
            throw new IllegalArgumentException("pageSize must be 1 to " + SdkOssApi.MAX_KEYS_PER_PAGE + ", was " + pageSize);
        }
    }

    /** {@value #DEFAULT_MAX_OBJECTS_PER_BUCKET} objects per bucket, prefix depth 1, pages of 1000, every region. */
    public static StoragePullOptions defaults() {
        return new StoragePullOptions(DEFAULT_MAX_OBJECTS_PER_BUCKET, DEFAULT_PREFIX_DEPTH, SdkOssApi.MAX_KEYS_PER_PAGE, null);
    }

    public StoragePullOptions withMaxObjectsPerBucket(long max) {
        return new StoragePullOptions(max, prefixDepth, pageSize, region);
    }

    public StoragePullOptions withPrefixDepth(int depth) {
        return new StoragePullOptions(maxObjectsPerBucket, depth, pageSize, region);
    }

    public StoragePullOptions withPageSize(int size) {
        return new StoragePullOptions(maxObjectsPerBucket, prefixDepth, size, region);
    }

    public StoragePullOptions withRegion(String regionId) {
        return new StoragePullOptions(maxObjectsPerBucket, prefixDepth, pageSize, regionId);
    }
}
