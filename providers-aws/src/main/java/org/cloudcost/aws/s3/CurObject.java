package org.cloudcost.aws.s3;

import java.util.Objects;

/**
 * One CUR data file in S3 ({@code .csv} or {@code .csv.gz}), as {@link S3CurSource#files} found it.
 *
 * <pre>{@code
 * CurObject f = source.files(YearMonth.of(2026, 10)).get(0);
 * f.uri();        // s3://billing/cur/r/20261001-20261101/1f2e…/r-1.csv.gz
 * f.fileName();   // r-1.csv.gz
 * }</pre>
 *
 * @param size the object's size in bytes as listed, or -1 when not listed
 */
public record CurObject(String bucket, String key, long size) {
    public CurObject {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(key, "key");
    }

    /** {@code s3://bucket/key}: the name messages and the read report use. */
    public String uri() {
        return "s3://" + bucket + "/" + key;
    }

    /** The last segment of the key. */
    public String fileName() {
        return key.substring(key.lastIndexOf('/') + 1);
    }
}
