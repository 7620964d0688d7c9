package org.cloudcost.aws;

import org.cloudcost.aws.internal.AwsCalls;
import org.cloudcost.core.CloudcostException;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeSecurityGroupsResponse;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;

/**
 * The 12-digit id of the account the credentials belong to, which the ARNs of Elastic IPs and
 * NAT gateways carry and the EC2 API leaves out. Read as the {@code OwnerId} of the region's
 * security groups (every VPC has its default group), so the pull needs no STS client; a user can
 * give it instead ({@code --account-id}).
 *
 * <pre>{@code
 * String account = CallerAccount.of(aws.ec2("us-east-1"));   // "111122223333"
 * }</pre>
 */
final class CallerAccount {
    /** DescribeSecurityGroups {@code MaxResults}: the documented minimum; one group is enough. */
    static final int GROUPS = 5;

    private CallerAccount() {
    }

    static String of(Ec2Client ec2) {
        DescribeSecurityGroupsResponse r = AwsCalls.call("ec2:DescribeSecurityGroups",
                () -> ec2.describeSecurityGroups(b -> b.maxResults(GROUPS)));
        return r.securityGroups().stream().map(SecurityGroup::ownerId).filter(id -> id != null && !id.isBlank())
                .findFirst().orElseThrow(() -> new CloudcostException("cannot tell the AWS account id: the region has no"
                        + " security group to read it from; give it with --account-id"));
    }
}
