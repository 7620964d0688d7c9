package org.cloudcost.aliyun.inventory;

import com.aliyun.vpc20160428.models.DescribeEipAddressesResponseBody.DescribeEipAddressesResponseBodyEipAddressesEipAddress;
import com.aliyun.vpc20160428.models.DescribeEipAddressesResponseBody.DescribeEipAddressesResponseBodyEipAddressesEipAddressTagsTag;

/**
 * Maps an EIP ({@code DescribeEipAddresses} item) to an {@code ip} inventory row: ResourceId =
 * {@code AllocationId} (the id the bill uses), State = {@code Status} ({@code Available} →
 * available, {@code InUse} → in-use), AttachedTo = {@code InstanceId}, CreatedAt =
 * {@code AllocationTime}, BandwidthMbps = {@code Bandwidth}, BandwidthBilling from
 * {@code InternetChargeType} ({@code PayByBandwidth} → fixed, {@code PayByTraffic} → traffic),
 * Tags from {@code Tags.Tag[]} ({@code Key} / {@code Value}). An EIP added to an Internet Shared
 * Bandwidth ({@code BandwidthPackageId} {@code cbwp-…}) has neither BandwidthMbps nor
 * BandwidthBilling: its bandwidth is the package's, shared with the package's other addresses and
 * billed on the package, so no bandwidth rule should price it as this address's own.
 *
 * <pre>{@code
 * InventoryRow row = EipRows.eip("cn-hangzhou", address);
 * }</pre>
 */
final class EipRows {
    private EipRows() {
    }

    static InventoryRow eip(String region, DescribeEipAddressesResponseBodyEipAddressesEipAddress e) {
        boolean shared = e.getBandwidthPackageId() != null && !e.getBandwidthPackageId().isBlank();
        return new InventoryRow(e.getAllocationId(), "ip", EcsRows.regionOr(e.getRegionId(), region), "", null, null,
                ApiValues.state(e.getStatus()), ApiValues.time(e.getAllocationTime()), e.getInstanceId(),
                shared ? null : ApiValues.positive(e.getBandwidth()),
                shared ? "" : ApiValues.billing(e.getInternetChargeType()),
                EcsRows.tags(e.getTags() == null ? null : e.getTags().getTag(),
                        DescribeEipAddressesResponseBodyEipAddressesEipAddressTagsTag::getKey,
                        DescribeEipAddressesResponseBodyEipAddressesEipAddressTagsTag::getValue));
    }
}
