package org.cloudcost.aws.ec2;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.Address;
import software.amazon.awssdk.services.ec2.model.CpuOptions;
import software.amazon.awssdk.services.ec2.model.EbsInstanceBlockDevice;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceBlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.NatGateway;
import software.amazon.awssdk.services.ec2.model.Snapshot;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.Volume;
import software.amazon.awssdk.services.ec2.model.VolumeAttachment;

/** The mapping choices of {@link Ec2Rows}, on SDK model objects built in the test. */
class Ec2RowsTest {
    private final Ec2Rows rows = new Ec2Rows("us-east-1", "111122223333");

    @Test
    void vcpuIsCoresTimesThreadsAndUnknownWithoutCpuOptions() {
        assertThat(Ec2Rows.vcpu(CpuOptions.builder().coreCount(8).threadsPerCore(2).build())).isEqualTo(16.0);
        assertThat(Ec2Rows.vcpu(CpuOptions.builder().coreCount(4).build())).as("threads absent: 1").isEqualTo(4.0);
        assertThat(Ec2Rows.vcpu(null)).isNull();
        assertThat(rows.instance(Instance.builder().instanceId("i-1").build()).cells()[5]).as("empty, not 0").isEmpty();
    }

    @Test
    void creationTimeIsTheRootVolumeAttachTimeNotTheLastLaunch() {
        Instance i = Instance.builder().instanceId("i-1").rootDeviceName("/dev/sda1")
                .launchTime(Instant.parse("2026-10-20T00:00:00Z"))
                .blockDeviceMappings(mapping("/dev/sdf", "2026-10-20T00:00:00Z"), mapping("/dev/sda1", "2024-02-02T02:02:02Z"))
                .build();
        assertThat(Ec2Rows.createdAt(i)).isEqualTo(Instant.parse("2024-02-02T02:02:02Z"));
        assertThat(Ec2Rows.createdAt(i.toBuilder().blockDeviceMappings(mapping("/dev/sdf", "2025-01-01T00:00:00Z")).build()))
                .as("no root mapping").isEqualTo(Instant.parse("2026-10-20T00:00:00Z"));
    }

    private static InstanceBlockDeviceMapping mapping(String device, String attached) {
        return InstanceBlockDeviceMapping.builder().deviceName(device)
                .ebs(EbsInstanceBlockDevice.builder().attachTime(Instant.parse(attached)).build()).build();
    }

    @Test
    void statesAreLowerCaseAndMultiAttachVolumesNameEveryInstance() {
        Volume v = Volume.builder().volumeId("vol-1").state("in-use").volumeType("io2")
                .attachments(VolumeAttachment.builder().instanceId("i-1").build(),
                        VolumeAttachment.builder().instanceId("i-2").build(), VolumeAttachment.builder().instanceId("i-1").build())
                .build();
        InventoryRow row = rows.volume(v);
        assertThat(row.attachedTo()).isEqualTo("i-1;i-2");
        assertThat(row.state()).isEqualTo("in-use");
        assertThat(rows.instance(Instance.builder().instanceId("i-9")
                .state(s -> s.name("shutting-down")).build()).state()).isEqualTo("shutting-down");
    }

    @Test
    void snapshotArnUsesTheOwnerAndThePartitionOfTheRegion() {
        Snapshot s = Snapshot.builder().snapshotId("snap-1").ownerId("444455556666").build();
        assertThat(rows.snapshot(s).resourceId()).isEqualTo("arn:aws:ec2:us-east-1:444455556666:snapshot/snap-1");
        assertThat(new Ec2Rows("cn-north-1", "111122223333").snapshot(Snapshot.builder().snapshotId("snap-2").build())
                .resourceId()).isEqualTo("arn:aws-cn:ec2:cn-north-1:111122223333:snapshot/snap-2");
        assertThat(new Ec2Rows("us-gov-west-1", "111122223333").natGateway(NatGateway.builder().natGatewayId("nat-1").build())
                .resourceId()).isEqualTo("arn:aws-us-gov:ec2:us-gov-west-1:111122223333:natgateway/nat-1");
    }

    @Test
    void anAddressAssociatedThroughAnInterfaceOnlyIsInUse() {
        InventoryRow row = rows.address(Address.builder().allocationId("eipalloc-1").associationId("eipassoc-1")
                .networkInterfaceId("eni-1").publicIp("198.51.100.1").build());
        assertThat(row.state()).isEqualTo("associated");
        assertThat(row.attachedTo()).isEqualTo("eni-1");
        InventoryRow classic = rows.address(Address.builder().publicIp("198.51.100.2").domain("standard").build());
        assertThat(classic.resourceId()).as("EC2-Classic: no allocation id").isEqualTo("198.51.100.2");
        assertThat(classic.state()).isEqualTo("available");
    }

    @Test
    void publicAddressesArePaidByTrafficAndPrivateOnesLeaveItEmpty() {
        int billing = org.cloudcost.core.io.CanonicalCsv.INVENTORY.indexOf("BandwidthBilling");
        assertThat(rows.address(Address.builder().allocationId("eipalloc-1").publicIp("198.51.100.1").build())
                .cells()[billing]).isEqualTo("traffic");
        assertThat(rows.natGateway(NatGateway.builder().natGatewayId("nat-1").build()).cells()[billing]).isEqualTo("traffic");
        assertThat(rows.instance(Instance.builder().instanceId("i-1").publicIpAddress("203.0.113.7").build())
                .bandwidthBilling()).isEqualTo("traffic");
        assertThat(rows.instance(Instance.builder().instanceId("i-2").build()).bandwidthBilling()).isEmpty();
        assertThat(rows.volume(Volume.builder().volumeId("vol-1").build()).bandwidthBilling()).isEmpty();
    }

    @Test
    void tagsKeepApiOrderDropKeylessAndEmptyMissingValues() {
        assertThat(Ec2Rows.tagged(InventoryRow.builder("vol-1", "disk"), java.util.List.of(
                Tag.builder().key("b").value("2").build(), Tag.builder().key("a").build(),
                Tag.builder().value("orphan").build())).build().tags())
                .containsExactly(java.util.Map.entry("b", "2"), java.util.Map.entry("a", ""));
    }
}
