package org.cloudcost.aws.cloudwatch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code StorageType} dimension values of the S3 {@code BucketSizeBytes} metric that a
 * bucket's size is asked for, and the storage class each is billed as: one table, so every type
 * asked has a class and every class mapped is asked. Source: Amazon S3 User Guide, "Metrics and
 * dimensions", daily storage metrics for buckets (StorageType), and the S3 pricing page's note
 * that for every object archived to S3 Glacier Flexible Retrieval or Deep Archive, 8 KB of name
 * and metadata are billed at S3 Standard rates ({@code GlacierS3ObjectOverhead},
 * {@code DeepArchiveS3ObjectOverhead}) and 32 KB at the archive class's rates
 * ({@code …ObjectOverhead}). Intelligent-Tiering's access tiers are all the
 * {@code INTELLIGENT_TIERING} class; staging and size overheads belong to their class. (S3
 * Express One Zone directory buckets are not listed by {@code ListBuckets}, so their type is not
 * asked.)
 *
 * <pre>{@code
 * S3StorageTypes.BUCKET_SIZE.contains("StandardIAStorage");   // true
 * S3StorageTypes.storageClass("GlacierS3ObjectOverhead");     // Optional[STANDARD]
 * }</pre>
 */
public final class S3StorageTypes {
    /** The StorageType of {@code NumberOfObjects}: every object of the bucket, whatever its class. */
    public static final String ALL_STORAGE_TYPES = "AllStorageTypes";

    private static final Map<String, String> CLASS_OF = classes();

    /** The StorageType values of {@code BucketSizeBytes}, each asked for every bucket. */
    public static final List<String> BUCKET_SIZE = List.copyOf(CLASS_OF.keySet());

    private S3StorageTypes() {
    }

    /** The storage class {@code storageType} is billed as; empty for a type not in the table. */
    public static Optional<String> storageClass(String storageType) {
        return Optional.ofNullable(CLASS_OF.get(storageType));
    }

    private static Map<String, String> classes() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("StandardStorage", "STANDARD");
        m.put("IntelligentTieringFAStorage", "INTELLIGENT_TIERING");
        m.put("IntelligentTieringIAStorage", "INTELLIGENT_TIERING");
        m.put("IntelligentTieringAAStorage", "INTELLIGENT_TIERING");
        m.put("IntelligentTieringAIAStorage", "INTELLIGENT_TIERING");
        m.put("IntelligentTieringDAAStorage", "INTELLIGENT_TIERING");
        m.put("StandardIAStorage", "STANDARD_IA");
        m.put("StandardIASizeOverhead", "STANDARD_IA");
        m.put("StandardIAObjectOverhead", "STANDARD_IA");
        m.put("OneZoneIAStorage", "ONEZONE_IA");
        m.put("OneZoneIASizeOverhead", "ONEZONE_IA");
        m.put("ReducedRedundancyStorage", "REDUCED_REDUNDANCY");
        m.put("GlacierInstantRetrievalStorage", "GLACIER_IR");
        m.put("GlacierInstantRetrievalSizeOverhead", "GLACIER_IR");
        m.put("GlacierStorage", "GLACIER");
        m.put("GlacierStagingStorage", "GLACIER");
        m.put("GlacierObjectOverhead", "GLACIER");
        m.put("GlacierS3ObjectOverhead", "STANDARD");
        m.put("DeepArchiveStorage", "DEEP_ARCHIVE");
        m.put("DeepArchiveStagingStorage", "DEEP_ARCHIVE");
        m.put("DeepArchiveObjectOverhead", "DEEP_ARCHIVE");
        m.put("DeepArchiveS3ObjectOverhead", "STANDARD");
        return java.util.Collections.unmodifiableMap(m);
    }
}
