package org.cloudcost.aws.ec2;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cloudcost.aws.internal.AwsCalls;
import org.cloudcost.aws.internal.PageTokens;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Address;
import software.amazon.awssdk.services.ec2.model.DescribeAddressesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesResponse;
import software.amazon.awssdk.services.ec2.model.DescribeNatGatewaysResponse;
import software.amazon.awssdk.services.ec2.model.DescribeSnapshotsResponse;
import software.amazon.awssdk.services.ec2.model.DescribeVolumesResponse;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.NatGateway;
import software.amazon.awssdk.services.ec2.model.Reservation;
import software.amazon.awssdk.services.ec2.model.Snapshot;
import software.amazon.awssdk.services.ec2.model.Volume;

/**
 * The EC2 inventory of one region as canonical inventory rows ({@link InventoryRow}), read with a
 * built {@link Ec2Client} of that region, every page (the SDK's paginators), each call through
 * {@link AwsCalls} (throttling retried by the client's retry strategy; AccessDenied becomes one
 * line naming the IAM action).
 *
 * <pre>{@code
 * Ec2Inventory ec2 = new Ec2Inventory(Ec2Client.builder().region(Region.US_EAST_1).build(), "us-east-1",
 *         "123456789012");
 * List<InventoryRow> rows = ec2.all();   // instances, volumes, snapshots, Elastic IPs, NAT gateways
 * }</pre>
 *
 * <ul>
 * <li>{@link #instances()} ({@code ec2:DescribeInstances}) → {@code compute}: ResourceId = instance
 * id, Spec = instance type, VCpu = cores × threads per core, State = the state name
 * ({@code running}, {@code stopped}, …), CreatedAt = the root volume's attach time (LaunchTime
 * restarts with every start; it is kept in the attributes). MemoryGiB stays empty: DescribeInstances
 * does not carry it (the price catalog's size ladder knows it from the type).</li>
 * <li>{@link #volumes()} ({@code ec2:DescribeVolumes}) → {@code disk}: ResourceId = volume id,
 * Spec = volume type ({@code gp3}), State {@code available} (attached to nothing) or {@code in-use},
 * AttachedTo = the instance(s), CreatedAt = CreateTime.</li>
 * <li>{@link #snapshots()} ({@code ec2:DescribeSnapshots}, {@code OwnerIds=self}) → {@code snapshot}:
 * ResourceId = the snapshot ARN, Spec = storage tier ({@code standard}, {@code archive}), CreatedAt
 * = StartTime; source volume and size in the attributes.</li>
 * <li>{@link #elasticIps()} ({@code ec2:DescribeAddresses}, one unpaged call) → {@code ip}:
 * ResourceId = the {@code elastic-ip/eipalloc-…} ARN, State {@code associated} or
 * {@code available}, AttachedTo = the instance, else the network interface.</li>
 * <li>{@link #natGateways()} ({@code ec2:DescribeNatGateways}) → {@code nat}: ResourceId = the
 * {@code natgateway/nat-…} ARN, State = the gateway's state, CreatedAt = CreateTime.</li>
 * </ul>
 * ResourceIds are what the CUR's {@code lineItem/ResourceId} holds for each, so billed costs join;
 * {@link InventoryRow#nativeId()} is the API id (for CloudWatch dimensions). BandwidthBilling is
 * {@code traffic} for Elastic IPs, NAT gateways and instances with a public IP (AWS bills their
 * data transfer by the GB), empty otherwise. Resources the API
 * still lists after deletion ({@code terminated}, {@code deleted}) are kept with that state.
 */
public final class Ec2Inventory {
    /** Attribute: the availability zone ({@code us-east-1a}). */
    public static final String AVAILABILITY_ZONE = "availabilityZone";
    /** Attribute: the instance's platform details ({@code Linux/UNIX}, {@code Windows}). */
    public static final String PLATFORM = "platform";
    /** Attribute: the instance's last launch time (ISO 8601). */
    public static final String LAUNCH_TIME = "launchTime";
    /** Attribute: {@code spot}, {@code scheduled} or {@code capacity-block}; absent for on-demand. */
    public static final String LIFECYCLE = "lifecycle";
    /** Attribute: the volume's size, or the snapshot's source volume size, in GiB. */
    public static final String SIZE_GIB = "sizeGiB";
    /** Attribute: the volume's provisioned IOPS. */
    public static final String IOPS = "iops";
    /** Attribute: the volume's provisioned throughput in MiB/s. */
    public static final String THROUGHPUT_MIBPS = "throughputMiBps";
    /** Attribute: the snapshot the volume was created from. */
    public static final String SOURCE_SNAPSHOT = "sourceSnapshotId";
    /** Attribute: the volume a snapshot was taken of. */
    public static final String SOURCE_VOLUME = "sourceVolumeId";
    /** Attribute: the snapshot's full size in bytes, when the API gives it. */
    public static final String FULL_SIZE_BYTES = "fullSizeBytes";
    /** Attribute: the public IP (an Elastic IP's address; a NAT gateway's addresses, {@code ;}-separated). */
    public static final String PUBLIC_IP = "publicIp";
    /** Attribute: the network interface an Elastic IP is associated with. */
    public static final String NETWORK_INTERFACE = "networkInterfaceId";
    /** Attribute: an Elastic IP's domain ({@code vpc}). */
    public static final String DOMAIN = "domain";
    /** Attribute: a NAT gateway's VPC. */
    public static final String VPC = "vpcId";
    /** Attribute: a NAT gateway's subnet. */
    public static final String SUBNET = "subnetId";
    /** Attribute: a NAT gateway's connectivity type ({@code public}, {@code private}). */
    public static final String CONNECTIVITY = "connectivityType";

    /** DescribeInstances {@code MaxResults}: the documented maximum (5 to 1000). */
    static final int INSTANCES_PER_PAGE = 1000;
    /** DescribeVolumes {@code MaxResults}: the documented maximum (5 to 500). */
    static final int VOLUMES_PER_PAGE = 500;
    /** DescribeSnapshots {@code MaxResults}: the documented maximum (5 to 1000). */
    static final int SNAPSHOTS_PER_PAGE = 1000;
    /** DescribeNatGateways {@code MaxResults}: the documented maximum (5 to 1000). */
    static final int NAT_GATEWAYS_PER_PAGE = 1000;

    private final Ec2Client ec2;
    private final String region;
    private final Ec2Rows rows;

    /**
     * @param ec2 a client of {@code region}, built by the caller (credentials, retry strategy, endpoint)
     * @param region the region id the client talks to ({@code us-east-1}), written as RegionId
     * @param accountId the 12-digit account the client's credentials belong to (STS
     *        GetCallerIdentity): the ARNs of NAT gateways and Elastic IPs carry it and the API does not
     */
    public Ec2Inventory(Ec2Client ec2, String region, String accountId) {
        this.ec2 = Objects.requireNonNull(ec2, "ec2");
        this.region = requireText(region, "region");
        this.rows = new Ec2Rows(this.region, requireText(accountId, "accountId"));
    }

    /** Every row of the region: instances, volumes, snapshots, Elastic IPs, NAT gateways, in that order. */
    public List<InventoryRow> all() {
        List<InventoryRow> all = new ArrayList<>(instances());
        all.addAll(volumes());
        all.addAll(snapshots());
        all.addAll(elasticIps());
        all.addAll(natGateways());
        return List.copyOf(all);
    }

    /** The region's instances ({@code compute}), every page. */
    public List<InventoryRow> instances() {
        return AwsCalls.call("ec2:DescribeInstances", () -> {
            List<InventoryRow> out = new ArrayList<>();
            PageTokens tokens = new PageTokens("ec2:DescribeInstances");
            for (DescribeInstancesResponse page : ec2.describeInstancesPaginator(r -> r.maxResults(INSTANCES_PER_PAGE))) {
                tokens.next(page.nextToken());
                for (Reservation reservation : page.reservations()) {
                    for (Instance i : reservation.instances()) {
                        out.add(rows.instance(i));
                    }
                }
            }
            return List.copyOf(out);
        });
    }

    /** The region's EBS volumes ({@code disk}), every page, attached or not. */
    public List<InventoryRow> volumes() {
        return AwsCalls.call("ec2:DescribeVolumes", () -> {
            List<InventoryRow> out = new ArrayList<>();
            PageTokens tokens = new PageTokens("ec2:DescribeVolumes");
            for (DescribeVolumesResponse page : ec2.describeVolumesPaginator(r -> r.maxResults(VOLUMES_PER_PAGE))) {
                tokens.next(page.nextToken());
                for (Volume v : page.volumes()) {
                    out.add(rows.volume(v));
                }
            }
            return List.copyOf(out);
        });
    }

    /** The account's own EBS snapshots in the region ({@code snapshot}; {@code OwnerIds=self}), every page. */
    public List<InventoryRow> snapshots() {
        return AwsCalls.call("ec2:DescribeSnapshots", () -> {
            List<InventoryRow> out = new ArrayList<>();
            PageTokens tokens = new PageTokens("ec2:DescribeSnapshots");
            for (DescribeSnapshotsResponse page : ec2.describeSnapshotsPaginator(
                    r -> r.ownerIds("self").maxResults(SNAPSHOTS_PER_PAGE))) {
                tokens.next(page.nextToken());
                for (Snapshot s : page.snapshots()) {
                    out.add(rows.snapshot(s));
                }
            }
            return List.copyOf(out);
        });
    }

    /** The region's Elastic IPs ({@code ip}): DescribeAddresses answers them all at once. */
    public List<InventoryRow> elasticIps() {
        return AwsCalls.call("ec2:DescribeAddresses", () -> {
            List<InventoryRow> out = new ArrayList<>();
            for (Address a : ec2.describeAddresses(DescribeAddressesRequest.builder().build()).addresses()) {
                out.add(rows.address(a));
            }
            return List.copyOf(out);
        });
    }

    /** The region's NAT gateways ({@code nat}), every page. */
    public List<InventoryRow> natGateways() {
        return AwsCalls.call("ec2:DescribeNatGateways", () -> {
            List<InventoryRow> out = new ArrayList<>();
            PageTokens tokens = new PageTokens("ec2:DescribeNatGateways");
            for (DescribeNatGatewaysResponse page : ec2.describeNatGatewaysPaginator(
                    r -> r.maxResults(NAT_GATEWAYS_PER_PAGE))) {
                tokens.next(page.nextToken());
                for (NatGateway n : page.natGateways()) {
                    out.add(rows.natGateway(n));
                }
            }
            return List.copyOf(out);
        });
    }

    /** The region the rows are of. */
    public String region() {
        return region;
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must be given, was " + (value == null ? "null" : "blank"));
        }
        return value.strip();
    }
}
