package org.cloudcost.core.internal.canonical;

import org.cloudcost.core.format.CsvHeader;

/**
 * Where the inventory CSV's columns are, matched by name without regard to case:
 * {@code ResourceId} and {@code ResourceType} are mandatory, the others optional (-1 when
 * missing, read as absent values).
 *
 * <pre>{@code
 * InventoryColumns c = InventoryColumns.of(csv.header());
 * }</pre>
 */
record InventoryColumns(int resourceId, int providerName, int resourceType, int regionId, int spec, int vcpu,
                        int memoryGiB, int state, int createdAt, int attachedTo, int bandwidthMbps,
                        int bandwidthBilling, int tags) {

    /** Locates the columns in {@code header}. */
    static InventoryColumns of(CsvHeader header) {
        return new InventoryColumns(header.require("ResourceId"), header.indexOf("ProviderName"),
                header.require("ResourceType"), header.indexOf("RegionId"), header.indexOf("Spec"),
                header.indexOf("VCpu"), header.indexOf("MemoryGiB"), header.indexOf("State"),
                header.indexOf("CreatedAt"), header.indexOf("AttachedTo"), header.indexOf("BandwidthMbps"),
                header.indexOf("BandwidthBilling"), header.indexOf("Tags"));
    }
}
