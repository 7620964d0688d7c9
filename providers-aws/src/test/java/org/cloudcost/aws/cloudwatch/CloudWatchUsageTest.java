package org.cloudcost.aws.cloudwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.cloudcost.core.CloudcostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataRequest;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataResult;
import software.amazon.awssdk.services.cloudwatch.model.MessageData;
import software.amazon.awssdk.services.cloudwatch.model.StatusCode;

/** {@link CloudWatchUsage} against a fake client: batches of at most 500 queries, a resource's queries together. */
class CloudWatchUsageTest {
    private static final Instant START = Instant.parse("2026-10-01T00:00:00Z");
    private static final Instant END = Instant.parse("2026-11-01T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void packsQueriesIntoCallsOfAtMost500KeepingEachResourceTogether() throws IOException {
        List<MetricTarget> targets = new ArrayList<>();
        IntStream.range(0, 101).forEach(i -> targets.add(MetricTarget.instance("i-" + i)));        // 4 queries each
        IntStream.range(0, 30).forEach(i -> targets.add(new MetricTarget(MetricTarget.Kind.DATABASE, "arn:db-" + i, "db-" + i)));
        FakeCloudWatch cw = new FakeCloudWatch(q -> FakeCloudWatch.result(q.id(), List.of(START), List.of(50.0)));

        CloudWatchUsage.Result r = new CloudWatchUsage(cw).pull(targets, START, END, dir.resolve("usage.csv"));

        assertThat(cw.requests).extracting(q -> q.metricDataQueries().size()).containsExactly(500, 24);
        for (GetMetricDataRequest request : cw.requests) {
            assertThat(request.startTime()).isEqualTo(START);
            assertThat(request.endTime()).isEqualTo(END);
            Set<String> ids = new HashSet<>();
            request.metricDataQueries().forEach(q -> assertThat(ids.add(q.id())).as("unique id " + q.id()).isTrue());
            assertThat(request.metricDataQueries()).allSatisfy(q -> assertThat(q.metricStat().period()).isEqualTo(3600));
        }
        // a resource's queries share a call: db-24 would have split the first call, all four went to the second
        for (GetMetricDataRequest request : cw.requests) {
            java.util.Map<String, Long> perResource = new java.util.HashMap<>();
            request.metricDataQueries().forEach(q -> perResource.merge(dimension(q), 1L, Long::sum));
            assertThat(perResource.values()).allMatch(n -> n == 4);
        }
        assertThat(cw.requests.get(1).metricDataQueries()).extracting(CloudWatchUsageTest::dimension).contains("db-24");
        // per instance: cpu Average + Maximum, net in, net out; per database: cpu and connections, each Average + Maximum
        assertThat(r.rows()).isEqualTo(101 * 4 + 30 * 4);
        assertThat(Files.readAllLines(dir.resolve("usage.csv"))).contains(
                "i-0,2026-10-01T00:00:00Z,net_in_bps,0.1111111111111111,Average,3600",
                "arn:db-0,2026-10-01T00:00:00Z,db_connections,50,Maximum,3600");
        assertThat(r.pointsByMetric()).containsEntry("AWS/EC2/CPUUtilization", 202L).containsEntry("AWS/EBS/VolumeReadOps", 0L);
    }

    @Test
    void aForbiddenQueryStopsThePullInOneLine() {
        FakeCloudWatch cw = new FakeCloudWatch(q -> MetricDataResult.builder().id(q.id()).label(q.label())
                .statusCode(StatusCode.FORBIDDEN).messages(MessageData.builder().code("Forbidden")
                        .value("no access\n  to the source account").build()).build());
        Path file = dir.resolve("usage.csv");

        assertThatThrownBy(() -> new CloudWatchUsage(cw).pull(List.of(MetricTarget.instance("i-1")), START, END, file))
                .isInstanceOf(CloudcostException.class)
                .hasMessage("cloudwatch:GetMetricData answered Forbidden for i-1 CPUUtilization Average: no access to the source"
                        + " account");
        assertThat(file).doesNotExist();
    }

    @Test
    void noTargetsWriteAnEmptyFileWithoutACall() throws IOException {
        FakeCloudWatch cw = new FakeCloudWatch(q -> FakeCloudWatch.result(q.id(), List.of(), List.of()));

        CloudWatchUsage.Result r = new CloudWatchUsage(cw).pull(List.of(), START, END, dir.resolve("usage.csv"));

        assertThat(r.rows()).isZero();
        assertThat(cw.requests).isEmpty();
        assertThat(Files.readAllLines(dir.resolve("usage.csv"))).containsExactly("ResourceId,Timestamp,Metric,Value,Statistic,PeriodSeconds");
    }

    @Test
    void numbersAreWrittenPlain() {
        assertThat(CloudWatchUsage.number(1_000_000.0)).isEqualTo("1000000");
        assertThat(CloudWatchUsage.number(2.5e-7)).isEqualTo("0.00000025");
        assertThat(CloudWatchUsage.number(8.0 / 3600)).isEqualTo("0.002222222222222222");
    }

    private static String dimension(MetricDataQuery q) {
        return q.metricStat().metric().dimensions().get(0).value();
    }
}
