package org.cloudcost.aws.cloudwatch;

import java.util.List;

/**
 * The {@code StorageType} dimension values of the S3 {@code BucketSizeBytes} metric that a
 * bucket's size is asked for: every storage class and its overheads (the 32 KB index and 8 KB
 * name kept per archived object, the minimum-size padding of IA classes). Source: Amazon S3 User
 * Guide, "Metrics and dimensions", daily storage metrics for buckets (StorageType). Which class
 * each type is billed as is {@code org.cloudcost.aws.s3.S3Inventory}'s to say: it receives the
 * figures by type.
 *
 * <pre>{@code
 * S3StorageTypes.BUCKET_SIZE.contains("StandardIAStorage");   // true
 * }</pre>
 */
public final class S3StorageTypes {
    /** The StorageType values of {@code BucketSizeBytes}. */
    public static final List<String> BUCKET_SIZE = List.of("StandardStorage",
            "IntelligentTieringFAStorage", "IntelligentTieringIAStorage", "IntelligentTieringAAStorage",
            "IntelligentTieringAIAStorage", "IntelligentTieringDAAStorage",
            "StandardIAStorage", "StandardIASizeOverhead", "StandardIAObjectOverhead",
            "OneZoneIAStorage", "OneZoneIASizeOverhead", "ReducedRedundancyStorage",
            "GlacierInstantRetrievalStorage", "GlacierInstantRetrievalSizeOverhead",
            "GlacierStorage", "GlacierStagingStorage", "GlacierObjectOverhead", "GlacierS3ObjectOverhead",
            "DeepArchiveStorage", "DeepArchiveStagingStorage", "DeepArchiveObjectOverhead", "DeepArchiveS3ObjectOverhead");
    /** The StorageType of {@code NumberOfObjects}: every object of the bucket, whatever its class. */
    public static final String ALL_STORAGE_TYPES = "AllStorageTypes";

    private S3StorageTypes() {
    }
}
