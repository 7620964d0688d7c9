package org.cloudcost.aliyun;

import java.util.Locale;
import java.util.Map;

/**
 * Alibaba Cloud product codes (the bill's {@code 产品Code} / {@code ProductCode}) → FOCUS
 * ServiceCategory. The codes are those the bill-detail export and the BSS OpenAPI
 * ({@code DescribeInstanceBill}, {@code QueryProductList}) use; an unknown code is
 * {@code Other}, never guessed. The table is documented in {@code docs/aliyun-bill.md}.
 *
 * <pre>{@code
 * ProductCategories.of("ecs");      // Compute
 * ProductCategories.of("POLARDB");  // Databases (codes match without regard to case)
 * }</pre>
 */
public final class ProductCategories {
    private static final Map<String, String> CATEGORY = Map.ofEntries(
            // Compute: instances, containers, functions
            Map.entry("ecs", "Compute"), Map.entry("eci", "Compute"), Map.entry("ack", "Compute"), Map.entry("cs", "Compute"),
            Map.entry("fc", "Compute"), Map.entry("sae", "Compute"), Map.entry("ess", "Compute"), Map.entry("ebm", "Compute"),
            // Databases
            Map.entry("rds", "Databases"), Map.entry("polardb", "Databases"), Map.entry("redisa", "Databases"),
            Map.entry("kvstore", "Databases"), Map.entry("dds", "Databases"), Map.entry("mongodb", "Databases"),
            Map.entry("ots", "Databases"), Map.entry("hbase", "Databases"), Map.entry("gpdb", "Databases"),
            Map.entry("polardbx", "Databases"), Map.entry("drds", "Databases"), Map.entry("dts", "Databases"),
            // Storage: objects, files, disks, snapshots, backup
            Map.entry("oss", "Storage"), Map.entry("nas", "Storage"), Map.entry("yundisk", "Storage"),
            Map.entry("disk", "Storage"), Map.entry("snapshot", "Storage"), Map.entry("ecs_snapshot", "Storage"),
            Map.entry("hbr", "Storage"), Map.entry("cpfs", "Storage"),
            // Networking: public IPs, bandwidth, CDN, gateways, load balancers
            Map.entry("eip", "Networking"), Map.entry("cbwp", "Networking"), Map.entry("cdn", "Networking"),
            Map.entry("dcdn", "Networking"), Map.entry("nat", "Networking"), Map.entry("nat_gw", "Networking"),
            Map.entry("natgw", "Networking"), Map.entry("slb", "Networking"), Map.entry("alb", "Networking"),
            Map.entry("nlb", "Networking"), Map.entry("vpc", "Networking"), Map.entry("cen", "Networking"),
            Map.entry("vpn", "Networking"), Map.entry("ga", "Networking"), Map.entry("expressconnect", "Networking"),
            Map.entry("alidns", "Networking"),
            // Analytics
            Map.entry("odps", "Analytics"), Map.entry("maxcompute", "Analytics"), Map.entry("adb", "Analytics"),
            Map.entry("emr", "Analytics"), Map.entry("elasticsearch", "Analytics"), Map.entry("dataworks", "Analytics"),
            // Management and Governance: logs, monitoring
            Map.entry("sls", "Management and Governance"), Map.entry("log", "Management and Governance"),
            Map.entry("cms", "Management and Governance"), Map.entry("arms", "Management and Governance"),
            Map.entry("actiontrail", "Management and Governance"),
            // Security
            Map.entry("waf", "Security"), Map.entry("ddos", "Security"), Map.entry("ddoscoo", "Security"),
            Map.entry("sas", "Security"), Map.entry("kms", "Security"), Map.entry("cas", "Security"),
            // Integration
            Map.entry("ons", "Integration"), Map.entry("rocketmq", "Integration"), Map.entry("alikafka", "Integration"),
            Map.entry("mns", "Integration"));

    private ProductCategories() {
    }

    /** The FOCUS ServiceCategory of {@code productCode}; {@code Other} when blank or unknown. */
    public static String of(String productCode) {
        if (productCode == null) {
            return "Other";
        }
        return CATEGORY.getOrDefault(productCode.strip().toLowerCase(Locale.ROOT), "Other");
    }

    /** The whole table, code → category (for docs and tests). */
    public static Map<String, String> table() {
        return new java.util.TreeMap<>(CATEGORY);
    }
}
