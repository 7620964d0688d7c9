package org.cloudcost.aws.ec2;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.ec2.model.Address;
import software.amazon.awssdk.services.ec2.model.CpuOptions;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceBlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.NatGateway;
import software.amazon.awssdk.services.ec2.model.NatGatewayAddress;
import software.amazon.awssdk.services.ec2.model.Snapshot;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.Volume;
import software.amazon.awssdk.services.ec2.model.VolumeAttachment;

/**
 * Maps EC2 API items to inventory rows of one region (the column choices are listed on
 * {@link Ec2Inventory}).
 *
 * <pre>{@code
 * Ec2Rows rows = new Ec2Rows("us-east-1", "123456789012");
 * InventoryRow row = rows.instance(instance);
 * }</pre>
 */
final class Ec2Rows {
    /**
     * The BandwidthBilling of a resource with a public address: AWS bills its internet traffic by
     * the GB (EC2 data transfer pricing), never by provisioned Mbps.
     */
    static final String TRAFFIC = "traffic";

    private final String region;
    private final Ec2Arns arns;

    Ec2Rows(String region, String accountId) {
        this.region = region;
        this.arns = new Ec2Arns(region, accountId);
    }

    InventoryRow instance(Instance i) {
        return tagged(InventoryRow.builder(i.instanceId(), "compute"), i.tags()).region(region)
                .spec(i.instanceTypeAsString()).vcpu(vcpu(i.cpuOptions()))
                .state(i.state() == null ? null : i.state().nameAsString()).createdAt(createdAt(i))
                .bandwidthBilling(i.publicIpAddress() == null || i.publicIpAddress().isBlank() ? null : TRAFFIC)
                .attribute(Ec2Inventory.AVAILABILITY_ZONE, i.placement() == null ? null : i.placement().availabilityZone())
                .attribute(Ec2Inventory.PLATFORM, i.platformDetails() != null ? i.platformDetails() : i.platformAsString())
                .attribute(Ec2Inventory.LAUNCH_TIME, i.launchTime())
                .attribute(Ec2Inventory.LIFECYCLE, i.instanceLifecycleAsString())
                .build();
    }

    InventoryRow volume(Volume v) {
        return tagged(InventoryRow.builder(v.volumeId(), "disk"), v.tags()).region(region).spec(v.volumeTypeAsString())
                .state(v.stateAsString()).createdAt(v.createTime())
                .attachedTo(v.attachments().stream().map(VolumeAttachment::instanceId).filter(Objects::nonNull)
                        .distinct().collect(Collectors.joining(";")))
                .attribute(Ec2Inventory.AVAILABILITY_ZONE, v.availabilityZone())
                .attribute(Ec2Inventory.SIZE_GIB, v.size())
                .attribute(Ec2Inventory.IOPS, v.iops())
                .attribute(Ec2Inventory.THROUGHPUT_MIBPS, v.throughput())
                .attribute(Ec2Inventory.SOURCE_SNAPSHOT, v.snapshotId())
                .build();
    }

    InventoryRow snapshot(Snapshot s) {
        String arn = s.ownerId() == null || s.ownerId().isBlank() ? arns.of("snapshot", s.snapshotId())
                : arns.of(s.ownerId(), "snapshot", s.snapshotId());
        return tagged(InventoryRow.builder(arn, "snapshot"), s.tags()).nativeId(s.snapshotId()).region(region)
                .spec(s.storageTierAsString() == null ? null : s.storageTierAsString().toLowerCase(java.util.Locale.ROOT))
                .state(s.stateAsString()).createdAt(s.startTime())
                .attribute(Ec2Inventory.SIZE_GIB, s.volumeSize())
                .attribute(Ec2Inventory.SOURCE_VOLUME, s.volumeId())
                .attribute(Ec2Inventory.FULL_SIZE_BYTES, s.fullSnapshotSizeInBytes())
                .build();
    }

    InventoryRow address(Address a) {
        boolean vpc = a.allocationId() != null && !a.allocationId().isBlank();
        boolean associated = a.associationId() != null && !a.associationId().isBlank()
                || a.instanceId() != null && !a.instanceId().isBlank();
        String attachedTo = a.instanceId() != null && !a.instanceId().isBlank() ? a.instanceId() : a.networkInterfaceId();
        return tagged(InventoryRow.builder(vpc ? arns.of("elastic-ip", a.allocationId()) : a.publicIp(), "ip"), a.tags())
                .nativeId(vpc ? a.allocationId() : a.publicIp()).region(region)
                .state(associated ? "associated" : "available").attachedTo(attachedTo).bandwidthBilling(TRAFFIC)
                .attribute(Ec2Inventory.PUBLIC_IP, a.publicIp())
                .attribute(Ec2Inventory.NETWORK_INTERFACE, a.networkInterfaceId())
                .attribute(Ec2Inventory.DOMAIN, a.domainAsString())
                .build();
    }

    InventoryRow natGateway(NatGateway n) {
        return tagged(InventoryRow.builder(arns.of("natgateway", n.natGatewayId()), "nat"), n.tags())
                .nativeId(n.natGatewayId()).region(region).state(n.stateAsString()).createdAt(n.createTime())
                .bandwidthBilling(TRAFFIC)
                .attribute(Ec2Inventory.VPC, n.vpcId())
                .attribute(Ec2Inventory.SUBNET, n.subnetId())
                .attribute(Ec2Inventory.CONNECTIVITY, n.connectivityTypeAsString())
                .attribute(Ec2Inventory.PUBLIC_IP, n.natGatewayAddresses().stream().map(NatGatewayAddress::publicIp)
                        .filter(Objects::nonNull).collect(Collectors.joining(";")))
                .build();
    }

    /**
     * When the instance was created: the attach time of its root EBS volume, which stays put when
     * the instance is stopped and started, unlike {@code LaunchTime}; else {@code LaunchTime}.
     */
    static Instant createdAt(Instance i) {
        for (InstanceBlockDeviceMapping m : i.blockDeviceMappings()) {
            if (m.deviceName() != null && m.deviceName().equals(i.rootDeviceName()) && m.ebs() != null
                    && m.ebs().attachTime() != null) {
                return m.ebs().attachTime();
            }
        }
        return i.launchTime();
    }

    /** vCPUs = cores × threads per core, or null when the API does not say. */
    static Double vcpu(CpuOptions cpu) {
        if (cpu == null || cpu.coreCount() == null || cpu.coreCount() <= 0) {
            return null;
        }
        int threads = cpu.threadsPerCore() == null || cpu.threadsPerCore() <= 0 ? 1 : cpu.threadsPerCore();
        return (double) cpu.coreCount() * threads;
    }

    /** The builder with the EC2 tags added, in API order. */
    static InventoryRow.Builder tagged(InventoryRow.Builder row, List<Tag> tags) {
        tags.forEach(t -> row.tag(t.key(), t.value()));
        return row;
    }
}
