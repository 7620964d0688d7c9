package org.cloudcost.aws.ec2;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cloudcost.aws.internal.AmazonWebServices;
import org.cloudcost.aws.internal.CanonicalCells;

/**
 * One AWS resource as the canonical inventory file holds it ({@link org.cloudcost.core.io.CanonicalCsv#INVENTORY},
 * FORMATS.md §2), built by {@link Ec2Inventory}, {@code org.cloudcost.aws.rds.RdsInventory} and
 * {@code org.cloudcost.aws.s3.S3Inventory}: the one row type of every AWS inventory of this module.
 * Unknown values are null (numbers, time) or empty (text) and are written as empty cells, never as 0.
 *
 * <p>{@code resourceId} is the id the Cost and Usage Report's {@code lineItem/ResourceId} carries,
 * so that bill and inventory join: an instance or volume id ({@code i-…}, {@code vol-…}), a bucket
 * name, or an ARN (snapshots, Elastic IPs, NAT gateways, RDS instances). {@code nativeId} is the id
 * the service's own API and CloudWatch dimensions use ({@code snap-…}, {@code eipalloc-…},
 * {@code nat-…}, the DB instance identifier); it equals {@code resourceId} where the bill uses it.
 * {@code attributes} holds the facts the canonical columns have no place for (availability zone,
 * platform, size, engine, …; keys named by each inventory's constants); they are not written.
 *
 * <pre>{@code
 * InventoryRow row = new Ec2Inventory(ec2, "us-east-1", "123456789012").instances().get(0);
 * row.resourceId();   // i-0abc…
 * out.row(row.cells());   // a CsvFileWriter opened with CanonicalCsv.INVENTORY
 * }</pre>
 *
 * @param resourceType one of FORMATS.md §2's types: {@code compute}, {@code database}, {@code disk},
 *        {@code snapshot}, {@code bucket}, {@code ip}, {@code nat}
 * @param bandwidthBilling {@code fixed}, {@code traffic} or empty: AWS bills no resource of this
 *        module by provisioned bandwidth, only data transfer by the GB, so rows with a public
 *        address (Elastic IPs, NAT gateways, instances with a public IP) are {@code traffic} and
 *        the rest empty
 * @param tags the resource's tags, in API order
 */
public record InventoryRow(String resourceId, String nativeId, String resourceType, String regionId, String spec,
                           Double vcpu, Double memoryGiB, String state, Instant createdAt, String attachedTo,
                           Double bandwidthMbps, String bandwidthBilling, Map<String, String> tags,
                           Map<String, String> attributes) {
    /** The ProviderName of every row: what FOCUS exports from AWS write, as the module's bills do. */
    public static final String PROVIDER_NAME = AmazonWebServices.PROVIDER_NAME;

    /** FORMATS.md §2's resource types. */
    static final Set<String> TYPES = Set.of("compute", "database", "disk", "snapshot", "bucket", "ip", "nat",
            "load-balancer", "cdn");

    public InventoryRow {
        resourceId = Objects.requireNonNullElse(resourceId, "");
        nativeId = Objects.requireNonNullElse(nativeId, resourceId);
        if (!TYPES.contains(resourceType)) {
            throw new IllegalArgumentException("resource type \"" + resourceType + "\" is not one of " + TYPES);
        }
        regionId = Objects.requireNonNullElse(regionId, "");
        spec = Objects.requireNonNullElse(spec, "");
        state = Objects.requireNonNullElse(state, "");
        attachedTo = Objects.requireNonNullElse(attachedTo, "");
        bandwidthBilling = Objects.requireNonNullElse(bandwidthBilling, "");
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags == null ? Map.of() : tags));
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes == null ? Map.of() : attributes));
    }

    /**
     * The cells in {@code CanonicalCsv.INVENTORY} order: times in UTC ISO 8601 to the second, numbers
     * without trailing zeros, tags as a JSON object (its opening brace comes first, so no tag text
     * can become a spreadsheet formula), or empty when there are none.
     */
    public String[] cells() {
        return new String[] {resourceId, PROVIDER_NAME, resourceType, regionId, spec, number(vcpu), number(memoryGiB),
                state, CanonicalCells.utc(createdAt), attachedTo,
                number(bandwidthMbps), bandwidthBilling, CanonicalCells.tags(tags)};
    }

    /**
     * A builder for the row of {@code resourceId}, every other value unknown until set.
     *
     * <pre>{@code
     * InventoryRow row = InventoryRow.builder("vol-1", "disk").region("us-east-1").spec("gp3").state("available")
     *         .tag("env", "prod").attribute(Ec2Inventory.SIZE_GIB, 100).build();
     * }</pre>
     */
    public static Builder builder(String resourceId, String resourceType) {
        return new Builder(resourceId, resourceType);
    }

    /** Collects a row's values; tags and attributes keep the order they are added in. Not thread-safe. */
    public static final class Builder {
        private final String resourceId;
        private final String resourceType;
        private String nativeId;
        private String regionId;
        private String spec;
        private Double vcpu;
        private Double memoryGiB;
        private String state;
        private Instant createdAt;
        private String attachedTo;
        private String bandwidthBilling;
        private final Map<String, String> tags = new LinkedHashMap<>();
        private final Map<String, String> attributes = new LinkedHashMap<>();

        private Builder(String resourceId, String resourceType) {
            this.resourceId = resourceId;
            this.resourceType = resourceType;
        }

        public Builder nativeId(String id) {
            this.nativeId = id;
            return this;
        }

        public Builder region(String id) {
            this.regionId = id;
            return this;
        }

        public Builder spec(String text) {
            this.spec = text;
            return this;
        }

        public Builder vcpu(Double n) {
            this.vcpu = n;
            return this;
        }

        public Builder memoryGiB(Double n) {
            this.memoryGiB = n;
            return this;
        }

        /** The state as given, in lower case ({@code Running} → {@code running}). */
        public Builder state(String text) {
            this.state = text == null ? null : text.strip().toLowerCase(Locale.ROOT);
            return this;
        }

        public Builder createdAt(Instant time) {
            this.createdAt = time;
            return this;
        }

        public Builder attachedTo(String id) {
            this.attachedTo = id;
            return this;
        }

        /** {@code fixed} or {@code traffic} (FORMATS.md §2), or null for unknown. */
        public Builder bandwidthBilling(String billing) {
            this.bandwidthBilling = billing;
            return this;
        }

        /** A tag; one without a key is dropped, a missing value is empty, a repeated key keeps the last value. */
        public Builder tag(String key, String value) {
            if (key != null && !key.isBlank()) {
                tags.put(key, Objects.requireNonNullElse(value, ""));
            }
            return this;
        }

        /** An attribute; an absent or blank value is not set. */
        public Builder attribute(String key, Object value) {
            if (value != null && !value.toString().isBlank()) {
                attributes.put(key, value.toString());
            }
            return this;
        }

        public InventoryRow build() {
            return new InventoryRow(resourceId, nativeId, resourceType, regionId, spec, vcpu, memoryGiB, state, createdAt,
                    attachedTo, null, bandwidthBilling, tags, attributes);
        }
    }

    /** Plain decimal text without trailing zeros ("16", "0.5"); empty when unknown. */
    static String number(Double v) {
        return v == null ? "" : BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
