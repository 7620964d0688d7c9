package org.cloudcost.aliyun.inventory;

import com.aliyun.rds20140815.models.DescribeDBInstanceAttributeResponseBody.DescribeDBInstanceAttributeResponseBodyItemsDBInstanceAttribute;
import com.aliyun.rds20140815.models.DescribeDBInstancesResponseBody.DescribeDBInstancesResponseBodyItemsDBInstance;
import java.util.Map;

/**
 * Maps an RDS instance to a {@code database} inventory row: Spec = {@code DBInstanceClass}
 * ({@code rds.mysql.s3.large}), State = {@code DBInstanceStatus} in lower case, CreatedAt =
 * {@code CreateTime}; VCpu = {@code DBInstanceCPU} and MemoryGiB = {@code DBInstanceMemory} /
 * 1024 (MB) from {@code DescribeDBInstanceAttribute} when it was read; tags from
 * {@code ListTagResources}.
 *
 * <pre>{@code
 * InventoryRow row = RdsRows.database("cn-hangzhou", instance, attribute, Map.of("env", "prod"));
 * }</pre>
 */
final class RdsRows {
    private static final double MB_PER_GB = 1024.0;

    private RdsRows() {
    }

    /**
     * @param attribute the instance's details, or null when they could not be read
     */
    static InventoryRow database(String region, DescribeDBInstancesResponseBodyItemsDBInstance db,
                                 DescribeDBInstanceAttributeResponseBodyItemsDBInstanceAttribute attribute,
                                 Map<String, String> tags) {
        Double vcpu = attribute == null ? null : ApiValues.positive(attribute.getDBInstanceCPU());
        Double memory = attribute == null || attribute.getDBInstanceMemory() == null || attribute.getDBInstanceMemory() <= 0
                ? null : attribute.getDBInstanceMemory() / MB_PER_GB;
        return new InventoryRow(db.getDBInstanceId(), "database", EcsRows.regionOr(db.getRegionId(), region),
                db.getDBInstanceClass(), vcpu, memory, ApiValues.state(db.getDBInstanceStatus()),
                ApiValues.time(db.getCreateTime()), "", null, "", tags);
    }
}
