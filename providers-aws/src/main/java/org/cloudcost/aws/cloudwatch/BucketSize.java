package org.cloudcost.aws.cloudwatch;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What CloudWatch's daily S3 metrics say about one bucket: bytes per {@code StorageType}
 * ({@code StandardStorage}, {@code GlacierObjectOverhead}, …; see {@link S3StorageTypes}) and the
 * object count, as of the newest day measured in the window. Only types with bytes are listed.
 *
 * <pre>{@code
 * BucketSize b = sizes.get(0);
 * b.bytesByStorageType();   // {StandardStorage=107374182400, GlacierStorage=5368709120}
 * b.objects();              // 1250 (null when CloudWatch had no NumberOfObjects point)
 * }</pre>
 *
 * @param bytesByStorageType StorageType → bytes, in {@link S3StorageTypes#BUCKET_SIZE} order
 * @param objects {@code NumberOfObjects} over all classes, or null when unknown
 * @param measuredAt the day of the newest point read, or null when the bucket had none
 */
public record BucketSize(String bucket, Map<String, Long> bytesByStorageType, Long objects, Instant measuredAt) {
    public BucketSize {
        Objects.requireNonNull(bucket, "bucket");
        bytesByStorageType = Collections.unmodifiableMap(new LinkedHashMap<>(bytesByStorageType));
    }
}
