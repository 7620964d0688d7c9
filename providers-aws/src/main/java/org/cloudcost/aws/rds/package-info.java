/**
 * RDS inventory: {@link org.cloudcost.aws.rds.RdsInventory} reads a region's DB instances with a
 * built {@code RdsClient} and returns them as canonical inventory rows
 * ({@link org.cloudcost.aws.ec2.InventoryRow}, resource type {@code database}).
 *
 * <pre>{@code
 * List<InventoryRow> rows = new RdsInventory(rdsClient, "us-east-1").instances();
 * }</pre>
 */
package org.cloudcost.aws.rds;
