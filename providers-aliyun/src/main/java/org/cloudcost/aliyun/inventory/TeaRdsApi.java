package org.cloudcost.aliyun.inventory;

import com.aliyun.rds20140815.Client;
import com.aliyun.rds20140815.models.DescribeDBInstanceAttributeRequest;
import com.aliyun.rds20140815.models.DescribeDBInstanceAttributeResponseBody;
import com.aliyun.rds20140815.models.DescribeDBInstancesRequest;
import com.aliyun.rds20140815.models.DescribeDBInstancesResponseBody;
import com.aliyun.rds20140815.models.ListTagResourcesRequest;
import com.aliyun.rds20140815.models.ListTagResourcesResponseBody;
import java.util.List;
import java.util.Objects;
import org.cloudcost.aliyun.internal.AliyunCalls;

/**
 * {@link RdsApi} over the real tea client ({@code com.aliyun:rds20140815}); every call goes
 * through {@link AliyunCalls}.
 *
 * <pre>{@code
 * RdsApi rds = new TeaRdsApi(new Client(config), AliyunCalls.withDefaults());
 * }</pre>
 */
public final class TeaRdsApi implements RdsApi {
    /** ListTagResources' resource type for RDS instances. */
    static final String INSTANCE = "INSTANCE";

    private final Client client;
    private final AliyunCalls calls;

    public TeaRdsApi(Client client, AliyunCalls calls) {
        this.client = Objects.requireNonNull(client, "client");
        this.calls = Objects.requireNonNull(calls, "calls");
    }

    @Override
    public DescribeDBInstancesResponseBody describeDBInstances(String regionId, String nextToken) {
        DescribeDBInstancesRequest request = new DescribeDBInstancesRequest().setRegionId(regionId)
                .setMaxResults(INSTANCES_PER_PAGE).setNextToken(nextToken);
        return calls.call("DescribeDBInstances", () -> client.describeDBInstances(request).getBody());
    }

    @Override
    public DescribeDBInstanceAttributeResponseBody describeDBInstanceAttribute(String dbInstanceId) {
        DescribeDBInstanceAttributeRequest request = new DescribeDBInstanceAttributeRequest().setDBInstanceId(dbInstanceId);
        return calls.call("DescribeDBInstanceAttribute", () -> client.describeDBInstanceAttribute(request).getBody());
    }

    @Override
    public ListTagResourcesResponseBody listTagResources(String regionId, List<String> dbInstanceIds, String nextToken) {
        if (dbInstanceIds.isEmpty() || dbInstanceIds.size() > TAGGED_PER_CALL) {
            throw new IllegalArgumentException("ListTagResources takes 1 to " + TAGGED_PER_CALL + " instance ids, not "
                    + dbInstanceIds.size());
        }
        ListTagResourcesRequest request = new ListTagResourcesRequest().setRegionId(regionId)
                .setResourceType(INSTANCE).setResourceId(List.copyOf(dbInstanceIds)).setNextToken(nextToken);
        return calls.call("ListTagResources", () -> client.listTagResources(request).getBody());
    }
}
