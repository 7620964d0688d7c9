package org.cloudcost.aliyun.inventory;

import com.aliyun.ecs20140526.models.DescribeDisksResponseBody;
import com.aliyun.ecs20140526.models.DescribeInstancesResponseBody;
import com.aliyun.ecs20140526.models.DescribeSnapshotsResponseBody;

/**
 * The ECS (2014-05-26) calls the inventory makes, behind an interface of ours so that
 * {@link AliyunInventoryPull} can be tested with a hand-written fake; the real one is
 * {@link TeaEcsApi}. All three page with {@code NextToken} + {@code MaxResults}: the API
 * documents {@code PageNumber}/{@code PageSize} as about to be deprecated for these calls.
 *
 * <pre>{@code
 * EcsApi ecs = new TeaEcsApi(new com.aliyun.ecs20140526.Client(config), AliyunCalls.withDefaults());
 * DescribeInstancesResponseBody page = ecs.describeInstances("cn-hangzhou", null);
 * page.getInstances().getInstance();   // Instances.Instance[]
 * page.getNextToken();                 // blank on the last page
 * }</pre>
 */
public interface EcsApi {
    /** DescribeInstances {@code MaxResults}: the documented maximum ("Maximum value: 100"). */
    int INSTANCES_PER_PAGE = 100;
    /** DescribeDisks {@code MaxResults}: the documented maximum (10 to 500). */
    int DISKS_PER_PAGE = 500;
    /** DescribeSnapshots {@code MaxResults}: 100, the largest page size this call shares with DescribeInstances. */
    int SNAPSHOTS_PER_PAGE = 100;

    /**
     * One page of the region's instances.
     *
     * @param nextToken null for the first page
     * @throws org.cloudcost.core.CloudcostException on any API error (one line), after retrying throttling
     */
    DescribeInstancesResponseBody describeInstances(String regionId, String nextToken);

    /** One page of the region's cloud disks (all states). */
    DescribeDisksResponseBody describeDisks(String regionId, String nextToken);

    /** One page of the region's snapshots. */
    DescribeSnapshotsResponseBody describeSnapshots(String regionId, String nextToken);
}
