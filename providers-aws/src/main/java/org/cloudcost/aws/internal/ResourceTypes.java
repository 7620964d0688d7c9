package org.cloudcost.aws.internal;

import java.util.List;
import java.util.Map;

/**
 * The FOCUS ResourceType of a bill line, told from its resource id (neither the CUR nor Cost
 * Explorer has a resource-type column; both bills use it), in words core's rules understand ({@code volume} is a disk, {@code nat gateway} a NAT,
 * …):
 * <ul>
 * <li>an ARN, {@code arn:aws:<service>:<region>:<account>:<type>/<id>} or {@code …:<type>:<id>}:
 * its resource type, named by {@link #ARN_TYPES} ({@code natgateway} → {@code nat gateway},
 * {@code db} → {@code db instance}), else as written;</li>
 * <li>an EC2-style id: by its prefix, {@link #ID_PREFIXES} ({@code i-} → {@code instance},
 * {@code vol-} → {@code volume}, …);</li>
 * <li>an Amazon S3 line's id, a bucket name: {@code bucket};</li>
 * <li>anything else: nothing here; the mapper then takes the product family ({@code IP Address},
 * {@code Storage Snapshot}) as written.</li>
 * </ul>
 * A line without a resource id has no resource type.
 *
 * <pre>{@code
 * ResourceTypes.ofId("vol-0abc", "AmazonEC2");                                      // volume
 * ResourceTypes.ofId("arn:aws:rds:us-east-1:123456789012:db:orders", "AmazonRDS");  // db instance
 * }</pre>
 */
public final class ResourceTypes {
    /** ARN resource types → ResourceType. */
    static final Map<String, String> ARN_TYPES = Map.ofEntries(
            Map.entry("instance", "instance"), Map.entry("volume", "volume"), Map.entry("snapshot", "snapshot"),
            Map.entry("natgateway", "nat gateway"), Map.entry("elastic-ip", "elastic ip"),
            Map.entry("eip-allocation", "elastic ip"), Map.entry("loadbalancer", "load balancer"),
            Map.entry("db", "db instance"), Map.entry("cluster", "db cluster"), Map.entry("distribution", "distribution"),
            Map.entry("function", "function"), Map.entry("file-system", "file system"));

    /** Resource-id prefixes → ResourceType, longest first. */
    static final List<Map.Entry<String, String>> ID_PREFIXES = List.of(
            Map.entry("eipalloc-", "elastic ip"), Map.entry("snap-", "snapshot"), Map.entry("vol-", "volume"),
            Map.entry("nat-", "nat gateway"), Map.entry("ami-", "image"), Map.entry("fs-", "file system"),
            Map.entry("i-", "instance"));

    private static final String S3 = "AmazonS3";
    private static final String ARN = "arn:";
    /** An ARN's parts: {@code arn:partition:service:region:account:resource}. */
    private static final int ARN_PARTS = 6;

    private ResourceTypes() {
    }

    /** The ResourceType told by the resource id (and, for a bucket name, the product code); "" when it tells none. */
    public static String ofId(String resourceId, String productCode) {
        if (resourceId.regionMatches(true, 0, ARN, 0, ARN.length())) {
            String type = arnType(resourceId);
            if (!type.isEmpty()) {
                return ARN_TYPES.getOrDefault(type, type);
            }
        } else {
            for (Map.Entry<String, String> p : ID_PREFIXES) {
                if (resourceId.startsWith(p.getKey())) {
                    return p.getValue();
                }
            }
            if (productCode.equalsIgnoreCase(S3)) {
                return "bucket";
            }
        }
        return "";
    }

    /**
     * The type part of an ARN's resource ({@code natgateway} of {@code …:natgateway/nat-1});
     * {@code bucket} for an S3 ARN, whose resource is the bucket's name; "" when it has none.
     */
    private static String arnType(String arn) {
        String[] parts = arn.split(":", ARN_PARTS);
        if (parts.length < ARN_PARTS) {
            return "";
        }
        String resource = parts[ARN_PARTS - 1];
        int end = 0;
        while (end < resource.length() && resource.charAt(end) != '/' && resource.charAt(end) != ':') {
            end++;
        }
        if (end == resource.length()) {
            return parts[2].equalsIgnoreCase("s3") ? "bucket" : "";
        }
        return resource.substring(0, end);
    }
}
