/**
 * OSS storage for cloudcost: {@link org.cloudcost.aliyun.oss.OssApi} (the calls made, faked in
 * tests), {@link org.cloudcost.aliyun.oss.SdkOssApi} (the real client behind it) and
 * {@link org.cloudcost.aliyun.oss.AliyunStoragePull}, which writes the canonical storage file
 * ({@code Bucket,Prefix,StorageClass,SizeBytes,ObjectCount,LastModified,LastAccessed}) from a
 * bounded listing and reports truncated buckets and lifecycle rules.
 *
 * <pre>{@code
 * StoragePullReport r = new AliyunStoragePull(new SdkOssApi(clients.oss(), AliyunCalls.withDefaults()),
 *         StoragePullOptions.defaults().withRegion("cn-hangzhou")).pull(Path.of("out/storage.csv"));
 * }</pre>
 *
 * <p>OSS inventory reports (manifest.json plus CSV files) are not read yet: buckets beyond the
 * listing limit are covered by GetBucketStat totals with an unknown age.
 */
package org.cloudcost.aliyun.oss;
