package org.cloudcost.aliyun.inventory;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.cloudcost.aliyun.internal.AlibabaCloud;
import org.cloudcost.aliyun.internal.AliyunTags;

/**
 * One resource as the canonical inventory file holds it ({@link org.cloudcost.core.io.CanonicalCsv#INVENTORY}),
 * built from an Alibaba Cloud API item. Unknown values are null (numbers, time) or empty
 * (text): they are written as empty cells, never as 0. An item without an id gets an empty
 * {@code resourceId}, which {@link AliyunInventoryPull} does not write.
 *
 * <pre>{@code
 * InventoryRow row = new InventoryRow("i-1", "compute", "cn-hangzhou", "ecs.g7.xlarge", 4.0, 16.0, "running",
 *         Instant.parse("2025-02-01T00:00:00Z"), "", 5.0, "fixed", Map.of("env", "prod"));
 * out.row(row.cells());
 * }</pre>
 *
 * @param resourceType one of FORMATS.md §2's types: {@code compute}, {@code disk}, {@code snapshot}, {@code ip}, {@code database}
 * @param bandwidthBilling {@code fixed}, {@code traffic} or empty
 * @param tags the resource's tags, in API order
 */
public record InventoryRow(String resourceId, String resourceType, String regionId, String spec, Double vcpu,
                           Double memoryGiB, String state, Instant createdAt, String attachedTo, Double bandwidthMbps,
                           String bandwidthBilling, Map<String, String> tags) {
    /** The ProviderName of every row. */
    public static final String PROVIDER_NAME = AlibabaCloud.PROVIDER_NAME;

    public InventoryRow {
        resourceId = Objects.requireNonNullElse(resourceId, "");
        Objects.requireNonNull(resourceType, "resourceType");
        regionId = Objects.requireNonNullElse(regionId, "");
        spec = Objects.requireNonNullElse(spec, "");
        state = Objects.requireNonNullElse(state, "");
        attachedTo = Objects.requireNonNullElse(attachedTo, "");
        bandwidthBilling = Objects.requireNonNullElse(bandwidthBilling, "");
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags == null ? Map.of() : tags));
    }

    /** The cells in {@code CanonicalCsv.INVENTORY} order; times in UTC ISO 8601, tags as a JSON object. */
    public String[] cells() {
        return new String[] {resourceId, PROVIDER_NAME, resourceType, regionId, spec, number(vcpu), number(memoryGiB),
                state, createdAt == null ? "" : DateTimeFormatter.ISO_INSTANT.format(createdAt), attachedTo,
                number(bandwidthMbps), bandwidthBilling, AliyunTags.json(tags)};
    }

    /** Plain decimal text without trailing zeros ("16", "0.5"); empty when unknown. */
    static String number(Double v) {
        return v == null ? "" : BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
