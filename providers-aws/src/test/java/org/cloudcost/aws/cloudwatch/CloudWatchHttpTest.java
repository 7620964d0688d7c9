package org.cloudcost.aws.cloudwatch;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.not;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.cloudcost.aws.AwsClients;
import org.cloudcost.aws.internal.LocalAws;
import org.cloudcost.core.CloudcostException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real CloudWatch client against WireMock in this SDK version's wire shape, Smithy RPC v2
 * CBOR ({@code POST /service/GraniteServiceVersion20100801/operation/GetMetricData}, CBOR bodies,
 * timestamps as tag 1): a second page by {@code NextToken} (a query's points split over both),
 * throttling retried, AccessDenied as one line naming the IAM action, and the conversions to
 * canonical metrics checked on the file written.
 */
class CloudWatchHttpTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().notifier(new Slf4jNotifier(false))).build();

    private static final Instant START = Instant.parse("2026-10-01T00:00:00Z");
    private static final Instant END = Instant.parse("2026-10-01T03:00:00Z");
    private static final String DB_ARN = "arn:aws:rds:us-east-1:011122223333:db:shop";
    private static final List<MetricTarget> TARGETS = List.of(MetricTarget.instance("i-0idle000000000001"),
            new MetricTarget(MetricTarget.Kind.DATABASE, DB_ARN, "shop"), MetricTarget.volume("vol-0data00000000001"));

    @TempDir
    Path dir;

    private AwsClients aws;

    @BeforeEach
    void clients() {
        aws = LocalAws.clients(wm.baseUrl());
    }

    @AfterEach
    void close() {
        aws.close();
    }

    @Test
    void readsBothPagesAndWritesCanonicalMetrics() throws IOException {
        stubPages();
        Path file = dir.resolve("usage-us-east-1.csv");

        CloudWatchUsage.Result r = new CloudWatchUsage(aws.cloudWatch("us-east-1")).pull(TARGETS, START, END, file);

        assertThat(r.calls()).isEqualTo(2);
        assertThat(Files.readAllLines(file)).containsExactly(
                "ResourceId,Timestamp,Metric,Value,Statistic,PeriodSeconds",
                "i-0idle000000000001,2026-10-01T00:00:00Z,cpu_percent,1.25,Average,3600",
                "i-0idle000000000001,2026-10-01T00:00:00Z,cpu_percent,3.5,Maximum,3600",
                "i-0idle000000000001,2026-10-01T01:00:00Z,cpu_percent,0.75,Average,3600",
                "i-0idle000000000001,2026-10-01T01:00:00Z,cpu_percent,2,Maximum,3600",
                "i-0idle000000000001,2026-10-01T02:00:00Z,cpu_percent,1,Average,3600",
                "i-0idle000000000001,2026-10-01T02:00:00Z,cpu_percent,4,Maximum,3600",
                // 450,000,000 bytes in the hour × 8 ÷ 3600 s; NetworkOut had no points: no row
                "i-0idle000000000001,2026-10-01T00:00:00Z,net_in_bps,1000000,Average,3600",
                DB_ARN + ",2026-10-01T00:00:00Z,cpu_percent,40.5,Average,3600",
                DB_ARN + ",2026-10-01T00:00:00Z,cpu_percent,71,Maximum,3600",
                DB_ARN + ",2026-10-01T00:00:00Z,db_connections,12.5,Average,3600",
                DB_ARN + ",2026-10-01T00:00:00Z,db_connections,20,Maximum,3600",
                // (36,000 reads + 72,000 writes) ÷ 3600 s; then 3,600 reads alone
                "vol-0data00000000001,2026-10-01T00:00:00Z,disk_iops,30,Average,3600",
                "vol-0data00000000001,2026-10-01T01:00:00Z,disk_iops,1,Average,3600");
        wm.verify(1, postRequestedFor(urlPathEqualTo(Cbor.GET_METRIC_DATA)).withHeader("smithy-protocol", equalTo("rpc-v2-cbor"))
                .withRequestBody(containing("cw-token-page-2")));
        wm.verify(2, postRequestedFor(urlPathEqualTo(Cbor.GET_METRIC_DATA))
                .withRequestBody(containing("AWS/EC2")).withRequestBody(containing("DBInstanceIdentifier"))
                .withRequestBody(containing("VolumeWriteOps")));
    }

    @Test
    void throttlingIsRetried() throws IOException {
        stubPages();
        wm.stubFor(getMetricData().inScenario("throttled").whenScenarioStateIs(Scenario.STARTED).atPriority(1)
                .willReturn(Cbor.response(400, Cbor.fixture("throttling.json"))
                        .withHeader("x-amzn-query-error", "Throttling;Sender"))
                .willSetStateTo("retried"));

        CloudWatchUsage.Result r = new CloudWatchUsage(aws.cloudWatch("us-east-1"))
                .pull(TARGETS, START, END, dir.resolve("usage.csv"));

        assertThat(r.rows()).isEqualTo(13);
        wm.verify(3, postRequestedFor(urlPathEqualTo(Cbor.GET_METRIC_DATA)));
    }

    @Test
    void accessDeniedIsOneLineNamingTheIamActionAndLeavesNoFile() {
        wm.stubFor(getMetricData().willReturn(Cbor.response(403, Cbor.fixture("access-denied.json"))
                .withHeader("x-amzn-query-error", "AccessDenied;Sender")));
        Path file = dir.resolve("usage.csv");

        assertThatThrownBy(() -> new CloudWatchUsage(aws.cloudWatch("us-east-1")).pull(TARGETS, START, END, file))
                .isInstanceOf(CloudcostException.class)
                .hasMessageStartingWith("cloudwatch:GetMetricData was denied (AccessDenied): grant \"cloudwatch:GetMetricData\"");
        assertThat(file).doesNotExist();
        assertThat(dir.resolve("usage.csv.part")).doesNotExist();
    }

    private static void stubPages() {
        wm.stubFor(getMetricData().withRequestBody(not(containing("NextToken")))
                .willReturn(Cbor.response(200, Cbor.fixture("usage-page1.json"))));
        wm.stubFor(getMetricData().withRequestBody(containing("cw-token-page-2"))
                .willReturn(Cbor.response(200, Cbor.fixture("usage-page2.json"))));
    }

    private static MappingBuilder getMetricData() {
        return post(urlPathEqualTo(Cbor.GET_METRIC_DATA)).withHeader("Content-Type", equalTo("application/cbor"));
    }
}
