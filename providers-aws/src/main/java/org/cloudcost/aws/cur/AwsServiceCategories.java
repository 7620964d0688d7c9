package org.cloudcost.aws.cur;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * AWS product codes (the CUR's {@code lineItem/ProductCode}, {@code line_item_product_code}) →
 * FOCUS ServiceCategory. The codes and their categories follow the FinOps Foundation's
 * converter ({@code focus_converters}, {@code conversion_configs/aws/mapping_files/aws_category_mapping.csv},
 * MIT), restricted to the services a cost review meets most; an unknown or blank code is
 * {@code Other}, never guessed. The table is documented in {@code docs/aws-cur.md}, and a test
 * keeps the two equal.
 *
 * <p>One refinement: Amazon EC2 bills EBS volumes, snapshots, Elastic IPs and NAT gateways under
 * its own product code {@code AmazonEC2}. For that code the product family decides:
 * {@link #EC2_STORAGE_FAMILIES} are {@code Storage}, {@link #EC2_NETWORK_FAMILIES} are
 * {@code Networking}, everything else stays {@code Compute}.
 *
 * <pre>{@code
 * AwsServiceCategories.of("AmazonRDS", "");                  // Databases
 * AwsServiceCategories.of("AmazonEC2", "Compute Instance");  // Compute
 * AwsServiceCategories.of("AmazonEC2", "Storage");           // Storage (an EBS volume)
 * AwsServiceCategories.of("amazons3", "");                   // Storage (codes match without regard to case)
 * }</pre>
 */
public final class AwsServiceCategories {
    /** The product code under which EC2 bills its instances, EBS, Elastic IPs and NAT gateways. */
    public static final String EC2 = "AmazonEC2";

    /** EC2 product families billed for block storage: EBS volumes, snapshots, IOPS and throughput. */
    public static final Set<String> EC2_STORAGE_FAMILIES = Set.of("Storage", "Storage Snapshot", "System Operation",
            "Provisioned Throughput");

    /** EC2 product families billed for networking. */
    public static final Set<String> EC2_NETWORK_FAMILIES = Set.of("IP Address", "NAT Gateway", "Data Transfer",
            "Load Balancer", "Load Balancer-Application", "Load Balancer-Network", "Load Balancer-Gateway");

    private static final Map<String, String> TABLE = Map.ofEntries(
            // Compute
            Map.entry("AmazonEC2", "Compute"), Map.entry("AWSLambda", "Compute"), Map.entry("AmazonECS", "Compute"),
            Map.entry("AmazonEKS", "Compute"), Map.entry("AmazonECR", "Compute"), Map.entry("AmazonLightsail", "Compute"),
            Map.entry("AWSAppRunner", "Compute"), Map.entry("AWSOutposts", "Compute"), Map.entry("AmazonAppStream", "Compute"),
            // Databases
            Map.entry("AmazonRDS", "Databases"), Map.entry("AmazonDynamoDB", "Databases"),
            Map.entry("AmazonElastiCache", "Databases"), Map.entry("AmazonRedshift", "Databases"),
            Map.entry("AmazonDocDB", "Databases"), Map.entry("AmazonNeptune", "Databases"),
            Map.entry("AmazonMemoryDB", "Databases"), Map.entry("AmazonTimestream", "Databases"),
            Map.entry("AmazonMCS", "Databases"),
            // Storage
            Map.entry("AmazonS3", "Storage"), Map.entry("AmazonEBS", "Storage"), Map.entry("AmazonEFS", "Storage"),
            Map.entry("AmazonFSx", "Storage"), Map.entry("AmazonGlacier", "Storage"),
            Map.entry("AmazonS3GlacierDeepArchive", "Storage"), Map.entry("AWSBackup", "Storage"),
            Map.entry("AWSStorageGateway", "Storage"),
            // Networking
            Map.entry("AWSDataTransfer", "Networking"), Map.entry("AmazonCloudFront", "Networking"),
            Map.entry("AmazonVPC", "Networking"), Map.entry("AWSELB", "Networking"), Map.entry("AmazonRoute53", "Networking"),
            Map.entry("AmazonApiGateway", "Networking"), Map.entry("AWSDirectConnect", "Networking"),
            Map.entry("AWSGlobalAccelerator", "Networking"), Map.entry("AWSNetworkFirewall", "Networking"),
            Map.entry("AWSCloudMap", "Networking"),
            // Analytics
            Map.entry("AmazonAthena", "Analytics"), Map.entry("AWSGlue", "Analytics"), Map.entry("ElasticMapReduce", "Analytics"),
            Map.entry("AmazonKinesis", "Analytics"), Map.entry("AmazonKinesisFirehose", "Analytics"),
            Map.entry("AmazonES", "Analytics"), Map.entry("AmazonMSK", "Analytics"), Map.entry("AmazonQuickSight", "Analytics"),
            // Integration
            Map.entry("AWSQueueService", "Integration"), Map.entry("AmazonSNS", "Integration"),
            Map.entry("AmazonStates", "Integration"), Map.entry("AmazonMQ", "Integration"), Map.entry("AmazonMWAA", "Integration"),
            Map.entry("AWSEvents", "Integration"),
            // Management and Governance
            Map.entry("AmazonCloudWatch", "Management and Governance"), Map.entry("AWSCloudTrail", "Management and Governance"),
            Map.entry("AWSConfig", "Management and Governance"), Map.entry("AWSCloudFormation", "Management and Governance"),
            Map.entry("AWSSystemsManager", "Management and Governance"), Map.entry("AWSCostExplorer", "Management and Governance"),
            Map.entry("AWSBudgets", "Management and Governance"),
            // Security
            Map.entry("awskms", "Security"), Map.entry("awswaf", "Security"), Map.entry("AWSSecretsManager", "Security"),
            Map.entry("AmazonGuardDuty", "Security"), Map.entry("AWSShield", "Security"),
            Map.entry("AWSCertificateManager", "Security"), Map.entry("AWSSecurityHub", "Security"),
            Map.entry("AmazonCognito", "Security"),
            Map.entry("AWSDirectoryService", "Security"), Map.entry("AmazonInspectorV2", "Security"),
            // AI and Machine Learning
            Map.entry("AmazonSageMaker", "AI and Machine Learning"), Map.entry("AmazonRekognition", "AI and Machine Learning"),
            Map.entry("AmazonTextract", "AI and Machine Learning"),
            Map.entry("AmazonBedrock", "AI and Machine Learning"), Map.entry("comprehend", "AI and Machine Learning"),
            Map.entry("transcribe", "AI and Machine Learning"), Map.entry("translate", "AI and Machine Learning"),
            // Developer Tools
            Map.entry("CodeBuild", "Developer Tools"), Map.entry("AWSCodePipeline", "Developer Tools"),
            Map.entry("AWSCodeArtifact", "Developer Tools"), Map.entry("AWSAmplify", "Developer Tools"),
            // Internet of Things
            Map.entry("AWSIoT", "Internet of Things"),
            // Migration
            Map.entry("AWSDatabaseMigrationSvc", "Migration"), Map.entry("AWSDataSync", "Migration"),
            Map.entry("AWSTransfer", "Migration"),
            // Business Applications
            Map.entry("AmazonSES", "Business Applications"), Map.entry("AmazonWorkSpacesWeb", "Business Applications"),
            Map.entry("AmazonConnect", "Business Applications"));

    private static final Map<String, String> BY_FOLDED_CODE = folded(TABLE);

    private AwsServiceCategories() {
    }

    private static Map<String, String> folded(Map<String, String> byCode) {
        Map<String, String> out = new java.util.HashMap<>();
        byCode.forEach((code, category) -> out.put(fold(code), category));
        return Map.copyOf(out);
    }

    private static String fold(String code) {
        return code.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The FOCUS ServiceCategory of a line of product {@code productCode} and product family
     * {@code productFamily} (either may be blank or null); {@code Other} when the code is blank or
     * unknown.
     */
    public static String of(String productCode, String productFamily) {
        if (productCode == null) {
            return "Other";
        }
        String code = fold(productCode);
        if (code.equals(fold(EC2)) && productFamily != null) {
            String family = productFamily.strip();
            if (EC2_STORAGE_FAMILIES.contains(family)) {
                return "Storage";
            }
            if (EC2_NETWORK_FAMILIES.contains(family)) {
                return "Networking";
            }
        }
        return BY_FOLDED_CODE.getOrDefault(code, "Other");
    }

    /** The product-code table, code as AWS writes it → category, sorted by code ignoring case (for docs and tests). */
    public static Map<String, String> table() {
        Map<String, String> sorted = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        sorted.putAll(TABLE);
        return sorted;
    }
}
