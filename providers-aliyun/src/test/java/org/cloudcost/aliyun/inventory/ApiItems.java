package org.cloudcost.aliyun.inventory;

import com.aliyun.ecs20140526.models.DescribeDisksResponseBody;
import com.aliyun.ecs20140526.models.DescribeDisksResponseBody.DescribeDisksResponseBodyDisks;
import com.aliyun.ecs20140526.models.DescribeDisksResponseBody.DescribeDisksResponseBodyDisksDisk;
import com.aliyun.ecs20140526.models.DescribeDisksResponseBody.DescribeDisksResponseBodyDisksDiskTags;
import com.aliyun.ecs20140526.models.DescribeDisksResponseBody.DescribeDisksResponseBodyDisksDiskTagsTag;
import com.aliyun.ecs20140526.models.DescribeInstancesResponseBody;
import com.aliyun.ecs20140526.models.DescribeInstancesResponseBody.DescribeInstancesResponseBodyInstances;
import com.aliyun.ecs20140526.models.DescribeInstancesResponseBody.DescribeInstancesResponseBodyInstancesInstance;
import com.aliyun.ecs20140526.models.DescribeInstancesResponseBody.DescribeInstancesResponseBodyInstancesInstanceTags;
import com.aliyun.ecs20140526.models.DescribeInstancesResponseBody.DescribeInstancesResponseBodyInstancesInstanceTagsTag;
import com.aliyun.ecs20140526.models.DescribeSnapshotsResponseBody;
import com.aliyun.ecs20140526.models.DescribeSnapshotsResponseBody.DescribeSnapshotsResponseBodySnapshots;
import com.aliyun.ecs20140526.models.DescribeSnapshotsResponseBody.DescribeSnapshotsResponseBodySnapshotsSnapshot;
import com.aliyun.ecs20140526.models.DescribeSnapshotsResponseBody.DescribeSnapshotsResponseBodySnapshotsSnapshotTags;
import com.aliyun.ecs20140526.models.DescribeSnapshotsResponseBody.DescribeSnapshotsResponseBodySnapshotsSnapshotTagsTag;
import com.aliyun.rds20140815.models.DescribeDBInstanceAttributeResponseBody;
import com.aliyun.rds20140815.models.DescribeDBInstanceAttributeResponseBody.DescribeDBInstanceAttributeResponseBodyItems;
import com.aliyun.rds20140815.models.DescribeDBInstanceAttributeResponseBody.DescribeDBInstanceAttributeResponseBodyItemsDBInstanceAttribute;
import com.aliyun.rds20140815.models.DescribeDBInstancesResponseBody;
import com.aliyun.rds20140815.models.DescribeDBInstancesResponseBody.DescribeDBInstancesResponseBodyItems;
import com.aliyun.rds20140815.models.DescribeDBInstancesResponseBody.DescribeDBInstancesResponseBodyItemsDBInstance;
import com.aliyun.rds20140815.models.ListTagResourcesResponseBody;
import com.aliyun.rds20140815.models.ListTagResourcesResponseBody.ListTagResourcesResponseBodyTagResources;
import com.aliyun.rds20140815.models.ListTagResourcesResponseBody.ListTagResourcesResponseBodyTagResourcesTagResource;
import com.aliyun.vpc20160428.models.DescribeEipAddressesResponseBody;
import com.aliyun.vpc20160428.models.DescribeEipAddressesResponseBody.DescribeEipAddressesResponseBodyEipAddresses;
import com.aliyun.vpc20160428.models.DescribeEipAddressesResponseBody.DescribeEipAddressesResponseBodyEipAddressesEipAddress;
import com.aliyun.vpc20160428.models.DescribeEipAddressesResponseBody.DescribeEipAddressesResponseBodyEipAddressesEipAddressTags;
import com.aliyun.vpc20160428.models.DescribeEipAddressesResponseBody.DescribeEipAddressesResponseBodyEipAddressesEipAddressTagsTag;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** SDK model items and pages built in code, with the fields the API fills, for the fakes. */
final class ApiItems {
    private ApiItems() {
    }

    static DescribeInstancesResponseBodyInstancesInstance instance(String id, String type, int cpu, int memoryMiB,
                                                                   String status, String created, String chargeType,
                                                                   int bandwidthOut, Map<String, String> tags) {
        return new DescribeInstancesResponseBodyInstancesInstance().setInstanceId(id).setRegionId("cn-hangzhou")
                .setInstanceType(type).setCpu(cpu).setMemory(memoryMiB).setStatus(status).setCreationTime(created)
                .setInternetChargeType(chargeType).setInternetMaxBandwidthOut(bandwidthOut)
                .setTags(new DescribeInstancesResponseBodyInstancesInstanceTags().setTag(tags.entrySet().stream()
                        .map(e -> new DescribeInstancesResponseBodyInstancesInstanceTagsTag().setTagKey(e.getKey())
                                .setTagValue(e.getValue())).toList()));
    }

    static DescribeInstancesResponseBody instances(String next, DescribeInstancesResponseBodyInstancesInstance... items) {
        return new DescribeInstancesResponseBody().setNextToken(next)
                .setInstances(new DescribeInstancesResponseBodyInstances().setInstance(Arrays.asList(items)));
    }

    static DescribeDisksResponseBodyDisksDisk disk(String id, String category, String status, String instanceId,
                                                   String created, Map<String, String> tags) {
        return new DescribeDisksResponseBodyDisksDisk().setDiskId(id).setRegionId("cn-hangzhou").setCategory(category)
                .setStatus(status).setInstanceId(instanceId).setCreationTime(created).setSize(40)
                .setTags(new DescribeDisksResponseBodyDisksDiskTags().setTag(tags.entrySet().stream()
                        .map(e -> new DescribeDisksResponseBodyDisksDiskTagsTag().setTagKey(e.getKey())
                                .setTagValue(e.getValue())).toList()));
    }

    static DescribeDisksResponseBody disks(String next, DescribeDisksResponseBodyDisksDisk... items) {
        return new DescribeDisksResponseBody().setNextToken(next)
                .setDisks(new DescribeDisksResponseBodyDisks().setDisk(Arrays.asList(items)));
    }

    static DescribeSnapshotsResponseBodySnapshotsSnapshot snapshot(String id, String status, String created,
                                                                   Map<String, String> tags) {
        return new DescribeSnapshotsResponseBodySnapshotsSnapshot().setSnapshotId(id).setStatus(status)
                .setCreationTime(created).setSourceDiskId("d-source")
                .setTags(new DescribeSnapshotsResponseBodySnapshotsSnapshotTags().setTag(tags.entrySet().stream()
                        .map(e -> new DescribeSnapshotsResponseBodySnapshotsSnapshotTagsTag().setTagKey(e.getKey())
                                .setTagValue(e.getValue())).toList()));
    }

    static DescribeSnapshotsResponseBody snapshots(String next, DescribeSnapshotsResponseBodySnapshotsSnapshot... items) {
        return new DescribeSnapshotsResponseBody().setNextToken(next)
                .setSnapshots(new DescribeSnapshotsResponseBodySnapshots().setSnapshot(Arrays.asList(items)));
    }

    static DescribeEipAddressesResponseBodyEipAddressesEipAddress eip(String allocationId, String status,
                                                                     String instanceId, String bandwidth,
                                                                     String chargeType, String allocated,
                                                                     Map<String, String> tags) {
        return new DescribeEipAddressesResponseBodyEipAddressesEipAddress().setAllocationId(allocationId)
                .setIpAddress("47.0.0.1").setRegionId("cn-hangzhou").setStatus(status).setInstanceId(instanceId)
                .setBandwidth(bandwidth).setInternetChargeType(chargeType).setAllocationTime(allocated)
                .setTags(new DescribeEipAddressesResponseBodyEipAddressesEipAddressTags().setTag(tags.entrySet().stream()
                        .map(e -> new DescribeEipAddressesResponseBodyEipAddressesEipAddressTagsTag().setKey(e.getKey())
                                .setValue(e.getValue())).toList()));
    }

    static DescribeEipAddressesResponseBody eips(int total, DescribeEipAddressesResponseBodyEipAddressesEipAddress... items) {
        return new DescribeEipAddressesResponseBody().setTotalCount(total)
                .setEipAddresses(new DescribeEipAddressesResponseBodyEipAddresses().setEipAddress(Arrays.asList(items)));
    }

    static DescribeDBInstancesResponseBodyItemsDBInstance database(String id, String dbClass, String status, String created) {
        return new DescribeDBInstancesResponseBodyItemsDBInstance().setDBInstanceId(id).setRegionId("cn-hangzhou")
                .setDBInstanceClass(dbClass).setDBInstanceStatus(status).setCreateTime(created).setEngine("MySQL");
    }

    static DescribeDBInstancesResponseBody databases(String next, List<DescribeDBInstancesResponseBodyItemsDBInstance> items) {
        return new DescribeDBInstancesResponseBody().setNextToken(next)
                .setItems(new DescribeDBInstancesResponseBodyItems().setDBInstance(items));
    }

    static DescribeDBInstanceAttributeResponseBody attribute(String id, String cpu, long memoryMb) {
        return new DescribeDBInstanceAttributeResponseBody().setItems(new DescribeDBInstanceAttributeResponseBodyItems()
                .setDBInstanceAttribute(List.of(new DescribeDBInstanceAttributeResponseBodyItemsDBInstanceAttribute()
                        .setDBInstanceId(id).setDBInstanceCPU(cpu).setDBInstanceMemory(memoryMb))));
    }

    static ListTagResourcesResponseBody tags(String next, List<String[]> idKeyValue) {
        return new ListTagResourcesResponseBody().setNextToken(next).setTagResources(
                new ListTagResourcesResponseBodyTagResources().setTagResource(idKeyValue.stream()
                        .map(t -> new ListTagResourcesResponseBodyTagResourcesTagResource().setResourceId(t[0])
                                .setTagKey(t[1]).setTagValue(t[2]).setResourceType("ALIYUN::RDS::INSTANCE")).toList()));
    }
}
