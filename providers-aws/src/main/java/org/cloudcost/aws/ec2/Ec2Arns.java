package org.cloudcost.aws.ec2;

import software.amazon.awssdk.regions.PartitionMetadata;
import software.amazon.awssdk.regions.Region;

/**
 * The ARNs the Cost and Usage Report uses as {@code lineItem/ResourceId} for EC2 resources that it
 * does not name by their bare id: snapshots ({@code arn:aws:ec2:REGION:ACCOUNT:snapshot/snap-…}),
 * NAT gateways ({@code …:natgateway/nat-…}) and Elastic IPs ({@code …:elastic-ip/eipalloc-…}, the
 * resource of the public IPv4 address charges). The partition follows the region ({@code aws-cn}
 * in {@code cn-north-1}, {@code aws-us-gov} in GovCloud), as the SDK's endpoint metadata says.
 *
 * <pre>{@code
 * Ec2Arns arns = new Ec2Arns("us-east-1", "123456789012");
 * arns.of("snapshot", "snap-1");   // arn:aws:ec2:us-east-1:123456789012:snapshot/snap-1
 * }</pre>
 */
final class Ec2Arns {
    private final String region;
    private final String accountId;
    private final String partition;

    Ec2Arns(String region, String accountId) {
        this.region = region;
        this.accountId = accountId;
        this.partition = PartitionMetadata.of(Region.of(region)).id();
    }

    /** The ARN of the account's resource {@code type/id} in the region. */
    String of(String type, String id) {
        return of(accountId, type, id);
    }

    /** The ARN of {@code owner}'s resource {@code type/id} in the region. */
    String of(String owner, String type, String id) {
        return "arn:" + partition + ":ec2:" + region + ":" + owner + ":" + type + "/" + id;
    }
}
