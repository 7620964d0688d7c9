/**
 * Amazon Web Services adapters for cloudcost.
 *
 * <p>{@link org.cloudcost.aws.AwsPull} writes one month of an account as the files
 * {@code cloudcost analyze} reads (FOCUS billing from Cost Explorer, canonical inventory, usage
 * and storage), with the SDK clients {@link org.cloudcost.aws.AwsClients} builds. The sources
 * it combines: {@code costexplorer} (GetCostAndUsage, GetCostAndUsageWithResources),
 * {@code cloudwatch} (GetMetricData), {@code ec2}, {@code rds} and {@code s3} (inventory, S3
 * Inventory reports), and {@code cur} (the Cost and Usage Report formats, registered with
 * {@code org.cloudcost.core.format.BillingFormat}). {@link org.cloudcost.aws.AwsPriceCatalogProvider}
 * is the AWS price catalog. Set-up and IAM policy: {@code docs/aws.md}.
 *
 * <pre>{@code
 * try (AwsClients aws = AwsClients.builder().build()) {
 *     new AwsPull(aws).pull(AwsPullRequest.of(YearMonth.of(2026, 10), List.of("us-east-1")), Path.of("pulled"));
 * }
 * }</pre>
 */
package org.cloudcost.aws;
