package org.cloudcost.aliyun.inventory;

import com.aliyun.ecs20140526.models.DescribeDisksResponseBody.DescribeDisksResponseBodyDisksDisk;
import com.aliyun.ecs20140526.models.DescribeDisksResponseBody.DescribeDisksResponseBodyDisksDiskTagsTag;
import com.aliyun.ecs20140526.models.DescribeInstancesResponseBody.DescribeInstancesResponseBodyInstancesInstance;
import com.aliyun.ecs20140526.models.DescribeInstancesResponseBody.DescribeInstancesResponseBodyInstancesInstanceTagsTag;
import com.aliyun.ecs20140526.models.DescribeSnapshotsResponseBody.DescribeSnapshotsResponseBodySnapshotsSnapshot;
import com.aliyun.ecs20140526.models.DescribeSnapshotsResponseBody.DescribeSnapshotsResponseBodySnapshotsSnapshotTagsTag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Maps ECS API items to inventory rows.
 * <ul>
 * <li>instance → {@code compute}: Spec = {@code InstanceType}, VCpu = {@code Cpu}, MemoryGiB =
 * {@code Memory} / 1024 ({@code Memory} is MiB), State = {@code Status} in lower case,
 * CreatedAt = {@code CreationTime}, BandwidthMbps = {@code InternetMaxBandwidthOut} when above
 * 0 and then BandwidthBilling from {@code InternetChargeType} ({@code PayByBandwidth} → fixed,
 * {@code PayByTraffic} → traffic). An instance without public bandwidth of its own (none, or an
 * EIP, which has its own row) has neither: its default charge type says nothing.</li>
 * <li>disk → {@code disk}: Spec = {@code Category} ({@code cloud_essd}, …), State =
 * {@code Status} ({@code Available} → available, {@code In_use} → in-use), AttachedTo =
 * {@code InstanceId}, CreatedAt = {@code CreationTime}.</li>
 * <li>snapshot → {@code snapshot}: State = {@code Status} ({@code accomplished}, …), CreatedAt =
 * {@code CreationTime}.</li>
 * </ul>
 * Tags come from {@code Tags.Tag[]} ({@code TagKey} / {@code TagValue}) as a JSON object.
 *
 * <pre>{@code
 * InventoryRow row = EcsRows.instance("cn-hangzhou", instance);
 * }</pre>
 */
final class EcsRows {
    private static final double MIB_PER_GIB = 1024.0;

    private EcsRows() {
    }

    static InventoryRow instance(String region, DescribeInstancesResponseBodyInstancesInstance i) {
        Double bandwidth = ApiValues.positive(i.getInternetMaxBandwidthOut());
        return new InventoryRow(i.getInstanceId(), "compute", regionOr(i.getRegionId(), region), i.getInstanceType(),
                ApiValues.positive(i.getCpu()),
                i.getMemory() == null || i.getMemory() <= 0 ? null : i.getMemory() / MIB_PER_GIB,
                ApiValues.state(i.getStatus()), ApiValues.time(i.getCreationTime()), "", bandwidth,
                bandwidth == null ? "" : ApiValues.billing(i.getInternetChargeType()),
                tags(i.getTags() == null ? null : i.getTags().getTag(),
                        DescribeInstancesResponseBodyInstancesInstanceTagsTag::getTagKey,
                        DescribeInstancesResponseBodyInstancesInstanceTagsTag::getTagValue));
    }

    static InventoryRow disk(String region, DescribeDisksResponseBodyDisksDisk d) {
        return new InventoryRow(d.getDiskId(), "disk", regionOr(d.getRegionId(), region), d.getCategory(), null, null,
                ApiValues.state(d.getStatus()), ApiValues.time(d.getCreationTime()), d.getInstanceId(), null, "",
                tags(d.getTags() == null ? null : d.getTags().getTag(),
                        DescribeDisksResponseBodyDisksDiskTagsTag::getTagKey,
                        DescribeDisksResponseBodyDisksDiskTagsTag::getTagValue));
    }

    static InventoryRow snapshot(String region, DescribeSnapshotsResponseBodySnapshotsSnapshot s) {
        return new InventoryRow(s.getSnapshotId(), "snapshot", regionOr(s.getRegionId(), region), "", null, null,
                ApiValues.state(s.getStatus()), ApiValues.time(s.getCreationTime()), "", null, "",
                tags(s.getTags() == null ? null : s.getTags().getTag(),
                        DescribeSnapshotsResponseBodySnapshotsSnapshotTagsTag::getTagKey,
                        DescribeSnapshotsResponseBodySnapshotsSnapshotTagsTag::getTagValue));
    }

    /** The item's own region when it states one, else the region queried. */
    static String regionOr(String itemRegion, String queried) {
        return itemRegion == null || itemRegion.isBlank() ? queried : itemRegion;
    }

    /** Tags in API order; a tag without a key is dropped, a missing value is empty. */
    static <T> Map<String, String> tags(List<T> tags, Function<T, String> key, Function<T, String> value) {
        Map<String, String> out = new LinkedHashMap<>();
        if (tags != null) {
            for (T t : tags) {
                String k = key.apply(t);
                if (k != null && !k.isBlank()) {
                    String v = value.apply(t);
                    out.put(k, v == null ? "" : v);
                }
            }
        }
        return out;
    }
}
