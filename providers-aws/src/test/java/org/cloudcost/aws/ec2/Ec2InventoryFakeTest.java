package org.cloudcost.aws.ec2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.cloudcost.core.CloudcostException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesResponse;
import software.amazon.awssdk.services.ec2.model.DescribeSnapshotsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeSnapshotsResponse;
import software.amazon.awssdk.services.ec2.model.DescribeVolumesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeVolumesResponse;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.Reservation;
import software.amazon.awssdk.services.ec2.model.Volume;

/**
 * {@link Ec2Inventory} over a hand-written fake of the {@link Ec2Client} interface (the SDK's
 * paginators call the fake's single-page method): paging, the requests made, and errors.
 */
class Ec2InventoryFakeTest {
    /** Answers DescribeInstances with three pages of one instance each; anything else is unsupported. */
    static final class FakeEc2 implements Ec2Client {
        final List<DescribeInstancesRequest> requests = new ArrayList<>();

        @Override
        public DescribeInstancesResponse describeInstances(DescribeInstancesRequest request) {
            requests.add(request);
            int page = request.nextToken() == null ? 1 : Integer.parseInt(request.nextToken());
            return DescribeInstancesResponse.builder()
                    .reservations(Reservation.builder().instances(Instance.builder().instanceId("i-" + page)
                            .instanceType("t3.micro").state(s -> s.name("running")).build()).build())
                    .nextToken(page < 3 ? Integer.toString(page + 1) : null).build();
        }

        /** A broken listing: every page of volumes names the same next page. */
        @Override
        public DescribeVolumesResponse describeVolumes(DescribeVolumesRequest request) {
            if (requests.size() > 10) {
                throw new AssertionError("the same page was asked for again and again");
            }
            requests.add(DescribeInstancesRequest.builder().nextToken(request.nextToken()).build());
            return DescribeVolumesResponse.builder().volumes(Volume.builder().volumeId("vol-1").build())
                    .nextToken("again").build();
        }

        @Override
        public DescribeSnapshotsResponse describeSnapshots(DescribeSnapshotsRequest request) {
            throw (Ec2Exception) Ec2Exception.builder().statusCode(403)
                    .awsErrorDetails(AwsErrorDetails.builder().errorCode("UnauthorizedOperation")
                            .errorMessage("You are not authorized to perform this operation.").build()).build();
        }

        @Override
        public String serviceName() {
            return "ec2";
        }

        @Override
        public void close() {
        }
    }

    @Test
    void readsEveryPageOnceWithTheLargestPageSize() {
        FakeEc2 ec2 = new FakeEc2();

        List<InventoryRow> rows = new Ec2Inventory(ec2, "eu-west-1", "111122223333").instances();

        assertThat(rows).extracting(InventoryRow::resourceId).containsExactly("i-1", "i-2", "i-3");
        assertThat(rows).extracting(InventoryRow::regionId).containsOnly("eu-west-1");
        assertThat(ec2.requests).extracting(DescribeInstancesRequest::nextToken).containsExactly(null, "2", "3");
        assertThat(ec2.requests).extracting(DescribeInstancesRequest::maxResults).containsOnly(Ec2Inventory.INSTANCES_PER_PAGE);
    }

    @Test
    void aDeniedCallIsOneLineNamingTheAction() {
        assertThatThrownBy(() -> new Ec2Inventory(new FakeEc2(), "eu-west-1", "111122223333").snapshots())
                .isInstanceOf(CloudcostException.class)
                .hasMessage("ec2:DescribeSnapshots was denied (UnauthorizedOperation): grant \"ec2:DescribeSnapshots\" to the"
                        + " credentials in use (docs/aws-iam-policy.json lists every action cloudcost calls)");
    }

    @Test
    void theAccountAndRegionAreRequired() {
        assertThatThrownBy(() -> new Ec2Inventory(new FakeEc2(), "us-east-1", " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("accountId");
        assertThatThrownBy(() -> new Ec2Inventory(new FakeEc2(), null, "111122223333"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("region");
    }

    @Test
    void aPageTokenReturnedTwiceStopsTheListingInsteadOfLoopingForEver() {
        FakeEc2 ec2 = new FakeEc2();

        assertThatThrownBy(() -> new Ec2Inventory(ec2, "eu-west-1", "111122223333").volumes())
                .isInstanceOf(CloudcostException.class)
                .hasMessage("ec2:DescribeVolumes returned the page token \"again\" twice: stopping rather than reading"
                        + " the same pages for ever");
        assertThat(ec2.requests).hasSize(2);
    }
}
