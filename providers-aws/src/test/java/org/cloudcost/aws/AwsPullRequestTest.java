package org.cloudcost.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.cloudcost.aws.cloudwatch.MetricTarget;
import org.cloudcost.aws.ec2.InventoryRow;
import org.cloudcost.core.CloudcostException;
import org.junit.jupiter.api.Test;

/** What a pull is asked for, and what CloudWatch is asked about. */
class AwsPullRequestTest {
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @Test
    void regionsAreCheckedAndKeptOnceInOrder() {
        assertThat(AwsPullRequest.of(OCTOBER, List.of("eu-west-1", "us-east-1", "eu-west-1")).regions())
                .containsExactly("eu-west-1", "us-east-1");
        assertThatThrownBy(() -> AwsPullRequest.of(OCTOBER, List.of())).isInstanceOf(CloudcostException.class)
                .hasMessage("no region to pull: give at least one region id, e.g. --regions us-east-1");
        assertThatThrownBy(() -> AwsPullRequest.of(OCTOBER, List.of("us-east-1")).withAccountId("1111-2222"))
                .hasMessage("an AWS account id is 12 digits, found \"1111-2222\"");
        assertThat(AwsPullRequest.of(OCTOBER, List.of("us-east-1")).withAccountId(" ").accountId()).isEmpty();
    }

    @Test
    void cloudWatchIsAskedAboutInstancesDatabasesAndVolumesOfTheRegionByTheirApiIds() {
        List<InventoryRow> rows = List.of(
                row("i-1", "i-1", "compute", "us-east-1"),
                row("arn:aws:rds:us-east-1:011122223333:db:shop", "shop", "database", "us-east-1"),
                row("vol-1", "vol-1", "disk", "us-east-1"),
                row("arn:aws:ec2:us-east-1:011122223333:snapshot/snap-1", "snap-1", "snapshot", "us-east-1"),
                row("i-2", "i-2", "compute", "eu-west-1"));

        assertThat(AwsPull.targets(rows, "us-east-1")).containsExactly(MetricTarget.instance("i-1"),
                new MetricTarget(MetricTarget.Kind.DATABASE, "arn:aws:rds:us-east-1:011122223333:db:shop", "shop"),
                MetricTarget.volume("vol-1"));
    }

    private static InventoryRow row(String id, String nativeId, String type, String region) {
        return new InventoryRow(id, nativeId, type, region, "", null, null, "running", null, "", null, "", Map.of(), Map.of());
    }
}
