package org.cloudcost.aliyun.inventory;

import com.aliyun.rds20140815.models.DescribeDBInstanceAttributeResponseBody;
import com.aliyun.rds20140815.models.DescribeDBInstancesResponseBody;
import com.aliyun.rds20140815.models.ListTagResourcesResponseBody;
import java.util.List;

/**
 * The ApsaraDB RDS (2014-08-15) calls the inventory makes, behind an interface of ours for
 * fakes; the real one is {@link TeaRdsApi}. {@code DescribeDBInstances} lists the instances with
 * their class and status but neither CPU, memory nor tags: {@code DescribeDBInstanceAttribute}
 * (one instance per call: the API warns against several ids) gives CPU and memory, and
 * {@code ListTagResources} (up to {@value #TAGGED_PER_CALL} instances per call) gives tags.
 *
 * <pre>{@code
 * RdsApi rds = new TeaRdsApi(new com.aliyun.rds20140815.Client(config), AliyunCalls.withDefaults());
 * rds.describeDBInstances("cn-hangzhou", null).getItems().getDBInstance();
 * }</pre>
 */
public interface RdsApi {
    /** DescribeDBInstances {@code MaxResults} (1 to 100). */
    int INSTANCES_PER_PAGE = 100;
    /** ListTagResources {@code ResourceId.N}: "Valid values of N: 1 to 50" (help.aliyun.com doc 141258). */
    int TAGGED_PER_CALL = 50;

    /**
     * One page of the region's instances ({@code NextToken} + {@code MaxResults} paging).
     *
     * @param nextToken null for the first page
     * @throws org.cloudcost.core.CloudcostException on any API error (one line), after retrying throttling
     */
    DescribeDBInstancesResponseBody describeDBInstances(String regionId, String nextToken);

    /** The details of one instance: {@code DBInstanceCPU}, {@code DBInstanceMemory} (MB), … */
    DescribeDBInstanceAttributeResponseBody describeDBInstanceAttribute(String dbInstanceId);

    /**
     * One page of the tags of up to {@value #TAGGED_PER_CALL} instances ({@code ResourceType=INSTANCE}).
     *
     * @param nextToken null for the first page
     */
    ListTagResourcesResponseBody listTagResources(String regionId, List<String> dbInstanceIds, String nextToken);
}
