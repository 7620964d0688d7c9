package org.cloudcost.aliyun.oss;

import com.aliyun.oss.model.BucketStat;
import com.aliyun.oss.model.LifecycleRule;
import java.util.List;

/**
 * The OSS calls cloudcost makes, and only those: the storage pull takes this interface, so unit
 * tests hand it a fake and {@link SdkOssApi} puts the real {@code com.aliyun.oss.OSS} client
 * behind it. Every method is read-only; the RAM actions they need are in
 * {@code docs/aliyun-ram-policy.json}.
 *
 * <pre>{@code
 * OssApi oss = new SdkOssApi(clients.oss(), AliyunCalls.withDefaults());
 * for (OssBucket b : oss.listBuckets()) {
 *     OssObjectPage first = oss.listObjects(b.name(), null, 1000);
 * }
 * }</pre>
 */
public interface OssApi {
    /** Every bucket of the account, all pages of {@code ListBuckets} (GetService). */
    List<OssBucket> listBuckets();

    /**
     * {@code GetBucketStat}: storage and object counts per storage class. OSS updates these
     * figures with a delay of up to an hour or more.
     */
    BucketStat getBucketStat(String bucket);

    /** {@code GetBucketLifecycle}: the bucket's lifecycle rules; empty when it has none ({@code NoSuchLifecycle}). */
    List<LifecycleRule> getBucketLifecycle(String bucket);

    /**
     * One page of {@code ListObjectsV2}.
     *
     * @param continuationToken {@code null} for the first page, else the previous page's next token
     * @param maxKeys objects wanted on this page, 1 to 1000
     */
    OssObjectPage listObjects(String bucket, String continuationToken, int maxKeys);
}
