/**
 * Amazon Web Services adapters for cloudcost. <em>Not built yet</em> (issue "providers-aws").
 *
 * <p>This package will hold the legacy CUR and CUR 2.0 billing formats (registered with
 * {@code org.cloudcost.core.format.BillingFormat} through {@link java.util.ServiceLoader}),
 * Cost Explorer and CloudWatch sources, EC2/RDS/S3 inventory, the S3 Inventory reader and
 * the AWS price catalog. Until then, AWS users can feed cloudcost a FOCUS export from AWS
 * Data Exports, which {@code cost-core} reads.
 */
package org.cloudcost.aws;
