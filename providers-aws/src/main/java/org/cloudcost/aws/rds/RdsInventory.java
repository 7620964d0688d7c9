package org.cloudcost.aws.rds;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cloudcost.aws.ec2.InventoryRow;
import org.cloudcost.aws.internal.AwsCalls;
import org.cloudcost.aws.internal.PageTokens;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.rds.model.DBInstance;
import software.amazon.awssdk.services.rds.model.DescribeDbInstancesResponse;

/**
 * The RDS DB instances of one region as {@code database} inventory rows ({@link InventoryRow}),
 * read with a built {@link RdsClient} of that region: {@code rds:DescribeDBInstances}, every page
 * ({@code Marker}, through the SDK's paginator), through {@link AwsCalls}.
 *
 * <pre>{@code
 * List<InventoryRow> dbs = new RdsInventory(RdsClient.builder().region(Region.US_EAST_1).build(), "us-east-1")
 *         .instances();
 * dbs.get(0).resourceId();   // arn:aws:rds:us-east-1:123456789012:db:orders
 * dbs.get(0).nativeId();     // orders: the DBInstanceIdentifier CloudWatch's AWS/RDS metrics use
 * }</pre>
 *
 * Columns: ResourceId = {@code DBInstanceArn} (what the CUR's {@code lineItem/ResourceId} holds for
 * RDS), Spec = {@code DBInstanceClass} ({@code db.r6g.xlarge}), State = {@code DBInstanceStatus} in
 * lower case ({@code available} is RDS's word for running), CreatedAt = {@code InstanceCreateTime},
 * Tags = {@code TagList} (DescribeDBInstances carries them, so no ListTagsForResource call). VCpu
 * and MemoryGiB stay empty: the API does not carry them (the class's size ladder does). Engine,
 * Multi-AZ, storage and the read replica's source are in the attributes.
 */
public final class RdsInventory {
    /** Attribute: the engine ({@code mysql}, {@code postgres}, {@code aurora-mysql}, …). */
    public static final String ENGINE = "engine";
    /** Attribute: the engine version. */
    public static final String ENGINE_VERSION = "engineVersion";
    /** Attribute: {@code true} for a Multi-AZ deployment (a standby is billed too). */
    public static final String MULTI_AZ = "multiAZ";
    /** Attribute: the allocated storage in GiB. */
    public static final String ALLOCATED_STORAGE_GIB = "allocatedStorageGiB";
    /** Attribute: the storage type ({@code gp3}, {@code io1}, {@code aurora}, …). */
    public static final String STORAGE_TYPE = "storageType";
    /** Attribute: the provisioned IOPS. */
    public static final String IOPS = "iops";
    /** Attribute: for a read replica, the identifier (or ARN) of its source instance. */
    public static final String READ_REPLICA_SOURCE = "readReplicaSource";
    /** Attribute: the Aurora cluster the instance belongs to. */
    public static final String CLUSTER = "dbClusterIdentifier";
    /** Attribute: the availability zone. */
    public static final String AVAILABILITY_ZONE = "availabilityZone";
    /** Attribute: the license model ({@code license-included}, {@code bring-your-own-license}, …). */
    public static final String LICENSE_MODEL = "licenseModel";

    /** DescribeDBInstances {@code MaxRecords}: the documented maximum (20 to 100). */
    static final int INSTANCES_PER_PAGE = 100;

    private final RdsClient rds;
    private final String region;

    /**
     * @param rds a client of {@code region}, built by the caller
     * @param region the region id the client talks to, written as RegionId
     */
    public RdsInventory(RdsClient rds, String region) {
        this.rds = Objects.requireNonNull(rds, "rds");
        if (region == null || region.isBlank()) {
            throw new IllegalArgumentException("region must be given");
        }
        this.region = region.strip();
    }

    /** The region's DB instances ({@code database}), every page. */
    public List<InventoryRow> instances() {
        return AwsCalls.call("rds:DescribeDBInstances", () -> {
            List<InventoryRow> out = new ArrayList<>();
            PageTokens tokens = new PageTokens("rds:DescribeDBInstances");
            for (DescribeDbInstancesResponse page : rds.describeDBInstancesPaginator(
                    r -> r.maxRecords(INSTANCES_PER_PAGE))) {
                tokens.next(page.marker());
                for (DBInstance db : page.dbInstances()) {
                    out.add(RdsRows.database(region, db));
                }
            }
            return List.copyOf(out);
        });
    }
}
