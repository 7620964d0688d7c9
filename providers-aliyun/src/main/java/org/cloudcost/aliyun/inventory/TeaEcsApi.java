package org.cloudcost.aliyun.inventory;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.DescribeDisksRequest;
import com.aliyun.ecs20140526.models.DescribeDisksResponseBody;
import com.aliyun.ecs20140526.models.DescribeInstancesRequest;
import com.aliyun.ecs20140526.models.DescribeInstancesResponseBody;
import com.aliyun.ecs20140526.models.DescribeSnapshotsRequest;
import com.aliyun.ecs20140526.models.DescribeSnapshotsResponseBody;
import java.util.Objects;
import org.cloudcost.aliyun.internal.AliyunCalls;

/**
 * {@link EcsApi} over the real tea client ({@code com.aliyun:ecs20140526}); every call goes
 * through {@link AliyunCalls} (throttling retried, errors in one line).
 *
 * <pre>{@code
 * EcsApi ecs = new TeaEcsApi(new Client(new Config().setRegionId("cn-hangzhou")
 *         .setEndpoint("ecs.cn-hangzhou.aliyuncs.com")...), AliyunCalls.withDefaults());
 * }</pre>
 */
public final class TeaEcsApi implements EcsApi {
    private final Client client;
    private final AliyunCalls calls;

    public TeaEcsApi(Client client, AliyunCalls calls) {
        this.client = Objects.requireNonNull(client, "client");
        this.calls = Objects.requireNonNull(calls, "calls");
    }

    @Override
    public DescribeInstancesResponseBody describeInstances(String regionId, String nextToken) {
        DescribeInstancesRequest request = new DescribeInstancesRequest().setRegionId(regionId)
                .setMaxResults(INSTANCES_PER_PAGE).setNextToken(nextToken);
        return calls.call("DescribeInstances", () -> client.describeInstances(request).getBody());
    }

    @Override
    public DescribeDisksResponseBody describeDisks(String regionId, String nextToken) {
        DescribeDisksRequest request = new DescribeDisksRequest().setRegionId(regionId)
                .setMaxResults(DISKS_PER_PAGE).setNextToken(nextToken);
        return calls.call("DescribeDisks", () -> client.describeDisks(request).getBody());
    }

    @Override
    public DescribeSnapshotsResponseBody describeSnapshots(String regionId, String nextToken) {
        DescribeSnapshotsRequest request = new DescribeSnapshotsRequest().setRegionId(regionId)
                .setMaxResults(SNAPSHOTS_PER_PAGE).setNextToken(nextToken);
        return calls.call("DescribeSnapshots", () -> client.describeSnapshots(request).getBody());
    }
}
