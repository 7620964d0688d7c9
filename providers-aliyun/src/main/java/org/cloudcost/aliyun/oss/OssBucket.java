package org.cloudcost.aliyun.oss;

import java.time.Instant;
import java.util.Objects;

/**
 * One bucket as {@code ListBuckets} (GetService) reports it.
 *
 * <pre>{@code
 * OssBucket b = new OssBucket("app-logs", "cn-hangzhou", Instant.parse("2021-03-01T08:00:00Z"));
 * }</pre>
 *
 * @param name the bucket name
 * @param region the region id without the {@code oss-} prefix ({@code cn-hangzhou}); {@code null} when unknown
 * @param created when the bucket was created; {@code null} when unknown
 */
public record OssBucket(String name, String region, Instant created) {
    public OssBucket {
        Objects.requireNonNull(name, "name");
    }
}
