/**
 * AWS CloudWatch as canonical usage rows and S3 bucket sizes:
 * {@link org.cloudcost.aws.cloudwatch.CloudWatchUsage} (EC2, RDS and EBS metrics through
 * GetMetricData, batched and paged) and {@link org.cloudcost.aws.cloudwatch.S3BucketSizes}
 * (the daily {@code BucketSizeBytes} per storage type).
 *
 * <pre>{@code
 * new CloudWatchUsage(aws.cloudWatch("us-east-1")).pull(List.of(MetricTarget.instance("i-0abc")), start, end, file);
 * }</pre>
 */
package org.cloudcost.aws.cloudwatch;
