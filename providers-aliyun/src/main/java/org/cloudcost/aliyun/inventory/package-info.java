/**
 * Alibaba Cloud inventory: ECS instances, disks and snapshots, EIPs (VPC API) and RDS
 * instances, read through narrow interfaces of ours ({@link org.cloudcost.aliyun.inventory.EcsApi},
 * {@link org.cloudcost.aliyun.inventory.VpcApi}, {@link org.cloudcost.aliyun.inventory.RdsApi};
 * real ones over the tea clients: {@code Tea*Api}) and written by
 * {@link org.cloudcost.aliyun.inventory.AliyunInventoryPull} as the canonical inventory CSV.
 *
 * <pre>{@code
 * new AliyunInventoryPull(ecsByRegion, vpcByRegion, rdsByRegion).pull(regions, Path.of("out/inventory.csv"));
 * }</pre>
 */
package org.cloudcost.aliyun.inventory;
