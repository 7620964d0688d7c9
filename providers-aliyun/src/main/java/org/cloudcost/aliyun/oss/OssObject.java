package org.cloudcost.aliyun.oss;

import java.time.Instant;
import java.util.Objects;

/**
 * One object of a {@code ListObjectsV2} page: only what the storage frame needs.
 *
 * <pre>{@code
 * OssObject o = new OssObject("logs/2024/01/app.log", 1024, "Standard", Instant.parse("2024-01-31T23:00:00Z"));
 * }</pre>
 *
 * @param key the object key, decoded
 * @param size the size in bytes, as listed (the real size, not the 64 KB billing minimum of IA and archive classes)
 * @param storageClass the class as OSS spells it: {@code Standard}, {@code IA}, {@code Archive}, {@code ColdArchive},
 *        {@code DeepColdArchive}
 * @param lastModified the last modification, UTC
 */
public record OssObject(String key, long size, String storageClass, Instant lastModified) {
    public OssObject {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(storageClass, "storageClass");
        Objects.requireNonNull(lastModified, "lastModified");
        if (size < 0) {
            throw new IllegalArgumentException("object " + key + " has a negative size " + size);
        }
    }
}
