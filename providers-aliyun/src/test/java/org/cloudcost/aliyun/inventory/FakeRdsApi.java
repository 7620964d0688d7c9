package org.cloudcost.aliyun.inventory;

import com.aliyun.rds20140815.models.DescribeDBInstanceAttributeResponseBody;
import com.aliyun.rds20140815.models.DescribeDBInstancesResponseBody;
import com.aliyun.rds20140815.models.ListTagResourcesResponseBody;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** A hand-written {@link RdsApi}: instance pages per region and token, attributes per id, tags computed per call. */
final class FakeRdsApi implements RdsApi {
    final List<String> calls = new ArrayList<>();
    final Map<String, DescribeDBInstancesResponseBody> instances = new HashMap<>();
    final Map<String, DescribeDBInstanceAttributeResponseBody> attributes = new HashMap<>();
    /** (instance ids, token) → the tags page. */
    BiFunction<List<String>, String, ListTagResourcesResponseBody> tags = (ids, token) -> new ListTagResourcesResponseBody();
    final List<List<String>> tagBatches = new ArrayList<>();

    @Override
    public DescribeDBInstancesResponseBody describeDBInstances(String regionId, String nextToken) {
        calls.add("DescribeDBInstances " + regionId + " " + nextToken);
        return instances.getOrDefault(regionId + "|" + nextToken, new DescribeDBInstancesResponseBody());
    }

    @Override
    public DescribeDBInstanceAttributeResponseBody describeDBInstanceAttribute(String dbInstanceId) {
        calls.add("DescribeDBInstanceAttribute " + dbInstanceId);
        return attributes.getOrDefault(dbInstanceId, new DescribeDBInstanceAttributeResponseBody());
    }

    @Override
    public ListTagResourcesResponseBody listTagResources(String regionId, List<String> dbInstanceIds, String nextToken) {
        calls.add("ListTagResources " + regionId + " " + dbInstanceIds.size() + " " + nextToken);
        if (nextToken == null) {
            tagBatches.add(List.copyOf(dbInstanceIds));
        }
        return tags.apply(dbInstanceIds, nextToken);
    }
}
