package org.cloudcost.aws.costexplorer;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Cost Explorer {@code SERVICE} dimension values (the names Cost Explorer groups by, such as
 * {@code Amazon Elastic Compute Cloud - Compute}, not the CUR's product codes such as
 * {@code AmazonEC2}) → FOCUS ServiceCategory. Names match without regard to case; an unknown
 * name is {@code Other}, never guessed. {@code EC2 - Other} (EBS volumes and snapshots, Elastic
 * IPs, NAT gateways, EC2 data transfer) is split by resource where the resource is known
 * ({@link #ofResource}). The table is listed in {@code docs/aws.md}.
 *
 * <pre>{@code
 * ServiceCategories.of("Amazon Relational Database Service");        // Databases
 * ServiceCategories.ofResource("EC2 - Other", "vol-0a1b2c3d4e5f60718"); // Storage
 * }</pre>
 */
public final class ServiceCategories {
    /** The service that holds EBS, snapshots, Elastic IPs and NAT gateways in Cost Explorer. */
    public static final String EC2_OTHER = "EC2 - Other";

    private static final Map<String, String> CATEGORY = Map.ofEntries(
            // Compute
            Map.entry("amazon elastic compute cloud - compute", "Compute"), Map.entry("ec2 - other", "Compute"),
            Map.entry("aws lambda", "Compute"), Map.entry("amazon elastic container service", "Compute"),
            Map.entry("amazon elastic container service for kubernetes", "Compute"),
            Map.entry("amazon elastic kubernetes service", "Compute"), Map.entry("amazon lightsail", "Compute"),
            Map.entry("amazon ec2 container registry (ecr)", "Compute"), Map.entry("aws batch", "Compute"),
            Map.entry("savings plans for aws compute usage", "Compute"), Map.entry("aws elastic beanstalk", "Compute"),
            // Databases
            Map.entry("amazon relational database service", "Databases"), Map.entry("amazon dynamodb", "Databases"),
            Map.entry("amazon elasticache", "Databases"), Map.entry("amazon documentdb (with mongodb compatibility)", "Databases"),
            Map.entry("amazon neptune", "Databases"), Map.entry("amazon memorydb", "Databases"),
            Map.entry("amazon keyspaces (for apache cassandra)", "Databases"), Map.entry("aws database migration service", "Databases"),
            // Storage
            Map.entry("amazon simple storage service", "Storage"), Map.entry("amazon elastic block store", "Storage"),
            Map.entry("amazon elastic file system", "Storage"), Map.entry("amazon fsx", "Storage"),
            Map.entry("aws backup", "Storage"), Map.entry("amazon s3 glacier", "Storage"), Map.entry("amazon glacier", "Storage"),
            Map.entry("aws storage gateway", "Storage"),
            // Networking
            Map.entry("amazon virtual private cloud", "Networking"), Map.entry("aws data transfer", "Networking"),
            Map.entry("amazon cloudfront", "Networking"), Map.entry("amazon route 53", "Networking"),
            Map.entry("amazon elastic load balancing", "Networking"), Map.entry("elastic load balancing", "Networking"),
            Map.entry("aws direct connect", "Networking"), Map.entry("aws global accelerator", "Networking"),
            Map.entry("aws transit gateway", "Networking"), Map.entry("amazon api gateway", "Networking"),
            // Analytics
            Map.entry("amazon redshift", "Analytics"), Map.entry("amazon athena", "Analytics"), Map.entry("aws glue", "Analytics"),
            Map.entry("amazon kinesis", "Analytics"), Map.entry("amazon kinesis firehose", "Analytics"),
            Map.entry("amazon opensearch service", "Analytics"), Map.entry("amazon elasticsearch service", "Analytics"),
            Map.entry("amazon elastic mapreduce", "Analytics"), Map.entry("amazon quicksight", "Analytics"),
            Map.entry("amazon managed streaming for apache kafka", "Analytics"),
            // AI and Machine Learning
            Map.entry("amazon sagemaker", "AI and Machine Learning"), Map.entry("amazon bedrock", "AI and Machine Learning"),
            Map.entry("amazon rekognition", "AI and Machine Learning"), Map.entry("amazon textract", "AI and Machine Learning"),
            Map.entry("amazon comprehend", "AI and Machine Learning"),
            // Management and Governance
            Map.entry("amazoncloudwatch", "Management and Governance"), Map.entry("amazon cloudwatch", "Management and Governance"),
            Map.entry("aws cloudtrail", "Management and Governance"), Map.entry("aws config", "Management and Governance"),
            Map.entry("aws systems manager", "Management and Governance"), Map.entry("aws cost explorer", "Management and Governance"),
            Map.entry("aws cloudformation", "Management and Governance"),
            // Security and Identity
            Map.entry("aws key management service", "Security"), Map.entry("aws waf", "Security"),
            Map.entry("amazon guardduty", "Security"), Map.entry("aws secrets manager", "Security"),
            Map.entry("aws shield", "Security"), Map.entry("aws security hub", "Security"), Map.entry("amazon inspector", "Security"),
            Map.entry("aws certificate manager", "Security"), Map.entry("amazon cognito", "Identity"),
            Map.entry("aws directory service", "Identity"),
            // Integration
            Map.entry("amazon simple notification service", "Integration"), Map.entry("amazon simple queue service", "Integration"),
            Map.entry("aws step functions", "Integration"), Map.entry("amazon eventbridge", "Integration"),
            Map.entry("amazon mq", "Integration"),
            // Business Applications, Developer Tools
            Map.entry("amazon simple email service", "Business Applications"), Map.entry("amazon connect", "Business Applications"),
            Map.entry("aws codebuild", "Developer Tools"), Map.entry("aws codepipeline", "Developer Tools"),
            Map.entry("aws codeartifact", "Developer Tools"));

    private ServiceCategories() {
    }

    /** The FOCUS ServiceCategory of the Cost Explorer service {@code service}; {@code Other} when blank or unknown. */
    public static String of(String service) {
        if (service == null) {
            return "Other";
        }
        return CATEGORY.getOrDefault(service.strip().toLowerCase(Locale.ROOT), "Other");
    }

    /**
     * The category of one resource's cost within {@code service}: for {@value #EC2_OTHER}, EBS
     * volumes ({@code vol-}) and snapshots ({@code snap-}) are Storage, Elastic IPs
     * ({@code eipalloc-}) and NAT gateways ({@code nat-}) Networking, whether the id is bare or the
     * last part of an ARN; otherwise {@link #of}.
     */
    public static String ofResource(String service, String resourceId) {
        if (service != null && service.strip().equalsIgnoreCase(EC2_OTHER) && resourceId != null) {
            String id = resourceId.strip().substring(resourceId.strip().lastIndexOf('/') + 1);   // an ARN's last part
            if (id.startsWith("vol-") || id.startsWith("snap-")) {
                return "Storage";
            }
            if (id.startsWith("eipalloc-") || id.startsWith("nat-")) {
                return "Networking";
            }
        }
        return of(service);
    }

    /** The whole table, lower-case service name → category (for docs and tests). */
    public static Map<String, String> table() {
        return new TreeMap<>(CATEGORY);
    }
}
