package org.cloudcost.aliyun.inventory;

import com.aliyun.ecs20140526.models.DescribeDisksResponseBody;
import com.aliyun.ecs20140526.models.DescribeInstancesResponseBody;
import com.aliyun.ecs20140526.models.DescribeSnapshotsResponseBody;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A hand-written {@link EcsApi}: pages set up per call and token; empty pages otherwise; calls recorded as "Action region token". */
final class FakeEcsApi implements EcsApi {
    final List<String> calls = new ArrayList<>();
    final Map<String, DescribeInstancesResponseBody> instances = new HashMap<>();
    final Map<String, DescribeDisksResponseBody> disks = new HashMap<>();
    final Map<String, DescribeSnapshotsResponseBody> snapshots = new HashMap<>();

    @Override
    public DescribeInstancesResponseBody describeInstances(String regionId, String nextToken) {
        calls.add("DescribeInstances " + regionId + " " + nextToken);
        return instances.getOrDefault(regionId + "|" + nextToken, new DescribeInstancesResponseBody());
    }

    @Override
    public DescribeDisksResponseBody describeDisks(String regionId, String nextToken) {
        calls.add("DescribeDisks " + regionId + " " + nextToken);
        return disks.getOrDefault(regionId + "|" + nextToken, new DescribeDisksResponseBody());
    }

    @Override
    public DescribeSnapshotsResponseBody describeSnapshots(String regionId, String nextToken) {
        calls.add("DescribeSnapshots " + regionId + " " + nextToken);
        return snapshots.getOrDefault(regionId + "|" + nextToken, new DescribeSnapshotsResponseBody());
    }
}
