/**
 * EC2 inventory: {@link org.cloudcost.aws.ec2.Ec2Inventory} reads a region's instances, EBS
 * volumes, snapshots, Elastic IPs and NAT gateways with a built {@code Ec2Client} and returns them
 * as {@link org.cloudcost.aws.ec2.InventoryRow}s, the canonical inventory row every AWS inventory of
 * this module (EC2, RDS, S3 buckets) returns and a pull writes with
 * {@code CsvFileWriter.create(file, CanonicalCsv.INVENTORY)}.
 *
 * <pre>{@code
 * for (InventoryRow row : new Ec2Inventory(ec2Client, "us-east-1", accountId).all()) {
 *     out.row(row.cells());
 * }
 * }</pre>
 */
package org.cloudcost.aws.ec2;
