package org.cloudcost.aws.s3;

import java.util.Map;
import java.util.Optional;

/**
 * The S3 storage class each value of CloudWatch's {@code StorageType} dimension (metric
 * {@code AWS/S3 BucketSizeBytes}) is billed as. Source: the Amazon S3 user guide, "Metrics and
 * dimensions" (the StorageType list) and the S3 pricing page's note that for every object archived
 * to S3 Glacier Flexible Retrieval or Deep Archive, 8 KB of name and metadata are billed at S3
 * Standard rates ({@code GlacierS3ObjectOverhead}, {@code DeepArchiveS3ObjectOverhead}) and 32 KB at
 * the archive class's rates ({@code …ObjectOverhead}). Intelligent-Tiering's access tiers are all
 * the {@code INTELLIGENT_TIERING} class; staging and size overheads belong to their class.
 *
 * <pre>{@code
 * CloudWatchStorageTypes.storageClass("StandardIASizeOverhead");   // Optional[STANDARD_IA]
 * CloudWatchStorageTypes.storageClass("GlacierS3ObjectOverhead");  // Optional[STANDARD]
 * }</pre>
 */
final class CloudWatchStorageTypes {
    /** The object-count pseudo type ({@code NumberOfObjects} only): no bytes of its own. */
    static final String ALL_STORAGE_TYPES = "AllStorageTypes";

    private static final Map<String, String> CLASS_OF = Map.ofEntries(
            Map.entry("StandardStorage", "STANDARD"),
            Map.entry("GlacierS3ObjectOverhead", "STANDARD"),
            Map.entry("DeepArchiveS3ObjectOverhead", "STANDARD"),
            Map.entry("IntelligentTieringFAStorage", "INTELLIGENT_TIERING"),
            Map.entry("IntelligentTieringIAStorage", "INTELLIGENT_TIERING"),
            Map.entry("IntelligentTieringAAStorage", "INTELLIGENT_TIERING"),
            Map.entry("IntelligentTieringAIAStorage", "INTELLIGENT_TIERING"),
            Map.entry("IntelligentTieringDAAStorage", "INTELLIGENT_TIERING"),
            Map.entry("StandardIAStorage", "STANDARD_IA"),
            Map.entry("StandardIASizeOverhead", "STANDARD_IA"),
            Map.entry("StandardIAObjectOverhead", "STANDARD_IA"),
            Map.entry("OneZoneIAStorage", "ONEZONE_IA"),
            Map.entry("OneZoneIASizeOverhead", "ONEZONE_IA"),
            Map.entry("ReducedRedundancyStorage", "REDUCED_REDUNDANCY"),
            Map.entry("GlacierInstantRetrievalStorage", "GLACIER_IR"),
            Map.entry("GlacierInstantRetrievalSizeOverhead", "GLACIER_IR"),
            Map.entry("GlacierStorage", "GLACIER"),
            Map.entry("GlacierStagingStorage", "GLACIER"),
            Map.entry("GlacierObjectOverhead", "GLACIER"),
            Map.entry("DeepArchiveStorage", "DEEP_ARCHIVE"),
            Map.entry("DeepArchiveStagingStorage", "DEEP_ARCHIVE"),
            Map.entry("DeepArchiveObjectOverhead", "DEEP_ARCHIVE"),
            Map.entry("ExpressOneZone", "EXPRESS_ONEZONE"));

    private CloudWatchStorageTypes() {
    }

    /** The storage class {@code storageType} is billed as; empty for a type not in the list. */
    static Optional<String> storageClass(String storageType) {
        return Optional.ofNullable(CLASS_OF.get(storageType));
    }
}
