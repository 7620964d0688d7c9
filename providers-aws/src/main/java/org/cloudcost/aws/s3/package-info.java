/**
 * S3: the account's buckets ({@link org.cloudcost.aws.s3.S3Inventory#buckets()}, inventory rows
 * of type {@code bucket} with lifecycle and tags), their storage by prefix, class and age
 * ({@link org.cloudcost.aws.s3.S3Inventory#storage}, from S3 Inventory reports, else CloudWatch
 * sizes) as canonical storage rows ({@link org.cloudcost.aws.s3.StorageRow}), and the Cost and
 * Usage Report files of a month read straight from S3 ({@link org.cloudcost.aws.s3.S3CurSource}).
 *
 * <pre>{@code
 * S3Inventory s3 = new S3Inventory(s3Client);
 * List<S3Bucket> buckets = s3.buckets();
 * BucketStorage storage = s3.storage(buckets.get(0).name(), Map.of());
 * List<CurObject> cur = new S3CurSource(s3Client, "s3://billing/cur/").files(YearMonth.of(2026, 10));
 * }</pre>
 */
package org.cloudcost.aws.s3;
