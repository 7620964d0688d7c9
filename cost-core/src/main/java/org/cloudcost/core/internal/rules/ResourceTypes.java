package org.cloudcost.core.internal.rules;

import java.util.Locale;

/**
 * The canonical resource type (FORMATS.md §2) of a resource the inventory does not list, from
 * the bill: its FOCUS ServiceCategory and the provider's own ResourceType text.
 */
final class ResourceTypes {
    private ResourceTypes() {
    }

    static String fromBill(String serviceCategory, String billResourceType) {
        String t = billResourceType.toLowerCase(Locale.ROOT);
        if (t.contains("snapshot")) {
            return "snapshot";
        }
        if (t.contains("disk") || t.contains("volume")) {
            return "disk";
        }
        if (t.contains("bucket")) {
            return "bucket";
        }
        if (word(t, "eip") || t.contains("elastic ip") || t.contains("ip address") || t.equals("ip")) {
            return "ip";
        }
        if (word(t, "nat")) {
            return "nat";
        }
        if (t.contains("load balancer") || word(t, "slb") || word(t, "clb") || word(t, "alb") || word(t, "elb")) {
            return "load-balancer";
        }
        if (t.contains("cdn") || t.contains("distribution")) {
            return "cdn";
        }
        return switch (serviceCategory) {
            case "Compute" -> "compute";
            case "Databases" -> "database";
            default -> t.isEmpty() ? "" : t;
        };
    }

    /**
     * The FOCUS ServiceCategory of a canonical type, for resources without a bill line:
     * {@code compute → Compute}, {@code database → Databases}, disks, snapshots and buckets →
     * {@code Storage}, IPs, NAT, load balancers and CDN → {@code Networking}; {@code ""} otherwise.
     */
    static String serviceCategory(String type) {
        return switch (type) {
            case "compute" -> "Compute";
            case "database" -> "Databases";
            case "disk", "snapshot", "bucket" -> "Storage";
            case "ip", "nat", "load-balancer", "cdn" -> "Networking";
            default -> "";
        };
    }

    private static boolean word(String text, String w) {
        return java.util.regex.Pattern.compile("\\b" + w + "\\b").matcher(text).find();
    }
}
