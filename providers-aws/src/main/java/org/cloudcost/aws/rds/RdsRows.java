package org.cloudcost.aws.rds;

import org.cloudcost.aws.ec2.InventoryRow;
import software.amazon.awssdk.services.rds.model.DBInstance;
import software.amazon.awssdk.services.rds.model.Tag;

/**
 * Maps an RDS DB instance to a {@code database} inventory row (the column choices are listed on
 * {@link RdsInventory}).
 *
 * <pre>{@code
 * InventoryRow row = RdsRows.database("us-east-1", dbInstance);
 * }</pre>
 */
final class RdsRows {
    private RdsRows() {
    }

    static InventoryRow database(String region, DBInstance db) {
        String arn = db.dbInstanceArn() == null || db.dbInstanceArn().isBlank() ? db.dbInstanceIdentifier()
                : db.dbInstanceArn();
        InventoryRow.Builder row = InventoryRow.builder(arn, "database").nativeId(db.dbInstanceIdentifier())
                .region(region).spec(db.dbInstanceClass()).state(db.dbInstanceStatus()).createdAt(db.instanceCreateTime())
                .attribute(RdsInventory.ENGINE, db.engine())
                .attribute(RdsInventory.ENGINE_VERSION, db.engineVersion())
                .attribute(RdsInventory.MULTI_AZ, db.multiAZ())
                .attribute(RdsInventory.ALLOCATED_STORAGE_GIB, db.allocatedStorage())
                .attribute(RdsInventory.STORAGE_TYPE, db.storageType())
                .attribute(RdsInventory.IOPS, db.iops())
                .attribute(RdsInventory.READ_REPLICA_SOURCE, db.readReplicaSourceDBInstanceIdentifier())
                .attribute(RdsInventory.CLUSTER, db.dbClusterIdentifier())
                .attribute(RdsInventory.AVAILABILITY_ZONE, db.availabilityZone())
                .attribute(RdsInventory.LICENSE_MODEL, db.licenseModel());
        for (Tag t : db.tagList()) {
            row.tag(t.key(), t.value());
        }
        return row.build();
    }
}
