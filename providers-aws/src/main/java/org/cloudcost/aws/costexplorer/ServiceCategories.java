package org.cloudcost.aws.costexplorer;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.cloudcost.aws.cur.AwsServiceCategories;

/**
 * Cost Explorer {@code SERVICE} dimension values (the names Cost Explorer groups by, such as
 * {@code Amazon Elastic Compute Cloud - Compute}, not the CUR's product codes such as
 * {@code AmazonEC2}) → FOCUS ServiceCategory, through the product code of the same service and
 * the CUR's table ({@link AwsServiceCategories}), so both bills file a service alike. Names match without regard to case; an unknown
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

    /**
     * Cost Explorer service name (lower case) → the CUR product code of the same service, whose
     * category {@link AwsServiceCategories} gives: one category table for both bills, so a
     * service is filed alike whether the month came from Cost Explorer or from the CUR.
     */
    private static final Map<String, String> PRODUCT_CODE = Map.ofEntries(
            Map.entry("amazon elastic compute cloud - compute", "AmazonEC2"), Map.entry("ec2 - other", "AmazonEC2"),
            Map.entry("aws lambda", "AWSLambda"), Map.entry("amazon elastic container service", "AmazonECS"),
            Map.entry("amazon elastic container service for kubernetes", "AmazonEKS"),
            Map.entry("amazon elastic kubernetes service", "AmazonEKS"), Map.entry("amazon lightsail", "AmazonLightsail"),
            Map.entry("amazon ec2 container registry (ecr)", "AmazonECR"),
            Map.entry("savings plans for aws compute usage", "ComputeSavingsPlans"),
            Map.entry("amazon relational database service", "AmazonRDS"), Map.entry("amazon dynamodb", "AmazonDynamoDB"),
            Map.entry("amazon elasticache", "AmazonElastiCache"),
            Map.entry("amazon documentdb (with mongodb compatibility)", "AmazonDocDB"),
            Map.entry("amazon neptune", "AmazonNeptune"), Map.entry("amazon memorydb", "AmazonMemoryDB"),
            Map.entry("amazon keyspaces (for apache cassandra)", "AmazonMCS"),
            Map.entry("aws database migration service", "AWSDatabaseMigrationSvc"),
            Map.entry("amazon simple storage service", "AmazonS3"), Map.entry("amazon elastic block store", "AmazonEBS"),
            Map.entry("amazon elastic file system", "AmazonEFS"), Map.entry("amazon fsx", "AmazonFSx"),
            Map.entry("aws backup", "AWSBackup"), Map.entry("amazon s3 glacier", "AmazonGlacier"),
            Map.entry("amazon glacier", "AmazonGlacier"), Map.entry("aws storage gateway", "AWSStorageGateway"),
            Map.entry("amazon virtual private cloud", "AmazonVPC"), Map.entry("aws data transfer", "AWSDataTransfer"),
            Map.entry("amazon cloudfront", "AmazonCloudFront"), Map.entry("amazon route 53", "AmazonRoute53"),
            Map.entry("amazon elastic load balancing", "AWSELB"), Map.entry("elastic load balancing", "AWSELB"),
            Map.entry("aws direct connect", "AWSDirectConnect"), Map.entry("aws global accelerator", "AWSGlobalAccelerator"),
            Map.entry("aws transit gateway", "AmazonVPC"), Map.entry("amazon api gateway", "AmazonApiGateway"),
            Map.entry("amazon redshift", "AmazonRedshift"), Map.entry("amazon athena", "AmazonAthena"),
            Map.entry("aws glue", "AWSGlue"), Map.entry("amazon kinesis", "AmazonKinesis"),
            Map.entry("amazon kinesis firehose", "AmazonKinesisFirehose"), Map.entry("amazon opensearch service", "AmazonES"),
            Map.entry("amazon elasticsearch service", "AmazonES"), Map.entry("amazon elastic mapreduce", "ElasticMapReduce"),
            Map.entry("amazon quicksight", "AmazonQuickSight"),
            Map.entry("amazon managed streaming for apache kafka", "AmazonMSK"),
            Map.entry("amazon sagemaker", "AmazonSageMaker"), Map.entry("amazon bedrock", "AmazonBedrock"),
            Map.entry("amazon rekognition", "AmazonRekognition"), Map.entry("amazon textract", "AmazonTextract"),
            Map.entry("amazon comprehend", "comprehend"),
            Map.entry("amazoncloudwatch", "AmazonCloudWatch"), Map.entry("amazon cloudwatch", "AmazonCloudWatch"),
            Map.entry("aws cloudtrail", "AWSCloudTrail"), Map.entry("aws config", "AWSConfig"),
            Map.entry("aws systems manager", "AWSSystemsManager"), Map.entry("aws cost explorer", "AWSCostExplorer"),
            Map.entry("aws cloudformation", "AWSCloudFormation"),
            Map.entry("aws key management service", "awskms"), Map.entry("aws waf", "awswaf"),
            Map.entry("amazon guardduty", "AmazonGuardDuty"), Map.entry("aws secrets manager", "AWSSecretsManager"),
            Map.entry("aws shield", "AWSShield"), Map.entry("aws security hub", "AWSSecurityHub"),
            Map.entry("amazon inspector", "AmazonInspectorV2"), Map.entry("aws certificate manager", "AWSCertificateManager"),
            Map.entry("amazon cognito", "AmazonCognito"), Map.entry("aws directory service", "AWSDirectoryService"),
            Map.entry("amazon simple notification service", "AmazonSNS"),
            Map.entry("amazon simple queue service", "AWSQueueService"), Map.entry("aws step functions", "AmazonStates"),
            Map.entry("amazon eventbridge", "AWSEvents"), Map.entry("amazon mq", "AmazonMQ"),
            Map.entry("amazon simple email service", "AmazonSES"), Map.entry("amazon connect", "AmazonConnect"),
            Map.entry("aws codebuild", "CodeBuild"), Map.entry("aws codepipeline", "AWSCodePipeline"),
            Map.entry("aws codeartifact", "AWSCodeArtifact"));

    private ServiceCategories() {
    }

    /** The FOCUS ServiceCategory of the Cost Explorer service {@code service}; {@code Other} when blank or unknown. */
    public static String of(String service) {
        if (service == null) {
            return "Other";
        }
        String code = productCode(service);
        return code.isEmpty() ? "Other" : AwsServiceCategories.of(code, "");
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

    /** The CUR product code of the Cost Explorer service {@code service}; "" when blank or unknown. */
    public static String productCode(String service) {
        return service == null ? "" : PRODUCT_CODE.getOrDefault(service.strip().toLowerCase(Locale.ROOT), "");
    }

    /** The whole table, lower-case service name → category (for docs and tests). */
    public static Map<String, String> table() {
        Map<String, String> table = new TreeMap<>();
        PRODUCT_CODE.forEach((name, code) -> table.put(name, AwsServiceCategories.of(code, "")));
        return table;
    }
}
