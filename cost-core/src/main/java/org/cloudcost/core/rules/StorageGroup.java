package org.cloudcost.core.rules;

import java.time.Instant;
import java.util.Optional;

/**
 * One row of the storage frame as the rules see it: a group of objects in one bucket, prefix and
 * storage class, with its age, and the bucket's own resource (provider, region, tags, cost) when
 * the billing or inventory frame knows it.
 *
 * @param bucket bucket name
 * @param prefix key prefix ({@code logs/2025-06/}), {@code ""} for the whole bucket
 * @param storageClass class as the provider names it ({@code Standard}, {@code STANDARD_IA}, …)
 * @param sizeBytes bytes stored
 * @param objectCount number of objects, or -1 when unknown
 * @param lastModified the newest modification in the group
 * @param lastAccessed the last access, or null when unknown
 * @param bucketResource the bucket as a billed or inventoried resource, when known
 */
public record StorageGroup(String bucket, String prefix, String storageClass, double sizeBytes, long objectCount,
                           Instant lastModified, Instant lastAccessed, Optional<Resource> bucketResource) {

    /** Bytes in a GB as the providers bill storage (2<sup>30</sup>: OSS and S3 both bill GB as GiB). */
    public static final double BYTES_PER_GB = 1024d * 1024 * 1024;

    /** {@code bucket/prefix}, the ResourceId of a finding about this group. */
    public String id() {
        return prefix.isEmpty() ? bucket : bucket + "/" + prefix;
    }

    /** Size in GB (2<sup>30</sup> bytes). */
    public double sizeGb() {
        return sizeBytes / BYTES_PER_GB;
    }
}
