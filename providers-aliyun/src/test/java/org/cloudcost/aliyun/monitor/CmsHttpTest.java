package org.cloudcost.aliyun.monitor;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aliyun.cms20190101.Client;
import com.aliyun.teaopenapi.models.Config;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cloudcost.aliyun.internal.AliyunCalls;
import org.cloudcost.core.CloudcostException;
import org.cloudcost.core.CostDataset;
import org.cloudcost.core.frame.UsageFrame;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * The real tea CloudMonitor client, through {@link TeaCmsApi}, against WireMock replaying
 * DescribeMetricList in its documented shape: signature V3 {@code POST /?…} with the action in
 * the {@code x-acs-action} header, {@code Code} the string "200", {@code Datapoints} a JSON array
 * in a string.
 */
class CmsHttpTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final Instant START = Instant.parse("2026-10-01T00:00:00Z");
    private static final Instant END = Instant.parse("2026-10-02T00:00:00Z");

    @TempDir
    Path dir;

    private final List<Long> waits = new ArrayList<>();
    private CmsApi cms;

    @BeforeEach
    void client() throws Exception {
        Config config = new Config().setAccessKeyId("test").setAccessKeySecret("test")
                .setEndpoint("localhost:" + wm.getPort()).setProtocol("HTTP").setRegionId("cn-hangzhou");
        cms = new TeaCmsApi(new Client(config), new AliyunCalls(3, 100, waits::add));
        wm.stubFor(any(anyUrl()).atPriority(100).willReturn(json(404,
                "{\"Code\":\"NoStub\",\"Message\":\"no stub matches this request\"}")));
    }

    static String fixture(String name) throws IOException {
        try (InputStream in = CmsHttpTest.class.getResourceAsStream("/monitor/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json;charset=utf-8").withBody(body);
    }

    private static com.github.tomakehurst.wiremock.client.MappingBuilder metric(String name) {
        return post(urlPathEqualTo("/")).withHeader("x-acs-action", equalTo("DescribeMetricList"))
                .withQueryParam("MetricName", equalTo(name));
    }

    private void stubAllMetrics() throws IOException {
        // CPUUtilization: throttled once, then two pages
        wm.stubFor(metric("CPUUtilization").withQueryParam("NextToken", absent()).inScenario("cpu")
                .whenScenarioStateIs(Scenario.STARTED).willReturn(json(400, fixture("throttled.json")))
                .willSetStateTo("throttled once"));
        wm.stubFor(metric("CPUUtilization").withQueryParam("NextToken", absent()).inScenario("cpu")
                .whenScenarioStateIs("throttled once").willReturn(json(200, fixture("cpu-page-1.json"))));
        wm.stubFor(metric("CPUUtilization").withQueryParam("NextToken", matching("15761485350009dd.*"))
                .willReturn(json(200, fixture("cpu-page-2.json"))));
        // public bandwidth: i-web-1 is in a VPC with two public IPs; inbound only the classic metric has data
        wm.stubFor(metric("VPC_PublicIP_InternetOutRate").willReturn(json(200, fixture("vpc-public-ip-out.json"))));
        wm.stubFor(metric("InternetOutRate").willReturn(json(200, fixture("no-datapoints.json"))));
        wm.stubFor(metric("VPC_PublicIP_InternetInRate").willReturn(json(200, fixture("no-datapoints.json"))));
        wm.stubFor(metric("InternetInRate").willReturn(json(200, fixture("net-in.json"))));
        wm.stubFor(metric("memory_usedutilization").willReturn(json(200, fixture("no-datapoints.json"))));
        wm.stubFor(metric("CpuUsage").willReturn(json(200, fixture("rds-cpu.json"))));
        wm.stubFor(metric("MemoryUsage").willReturn(json(200, fixture("no-datapoints.json"))));
        wm.stubFor(metric("ConnectionUsage").willReturn(json(200, fixture("rds-connections.json"))));
    }

    @Test
    void pullsEveryPageThroughThrottlingAndTheFileLoads() throws IOException {
        stubAllMetrics();
        Path file = dir.resolve("usage.csv");

        AliyunMetricsPull.Result r = new AliyunMetricsPull(cms)
                .pull(List.of("i-web-1", "i-web-2"), List.of("rm-bp1db01"), START, END, file);

        assertThat(waits).containsExactly(100L);   // one Throttling.User, retried once
        wm.verify(3, postRequestedFor(urlPathEqualTo("/")).withQueryParam("MetricName", equalTo("CPUUtilization")));
        wm.verify(postRequestedFor(urlPathEqualTo("/")).withHeader("x-acs-version", equalTo("2019-01-01"))
                .withQueryParam("Namespace", equalTo("acs_ecs_dashboard"))
                .withQueryParam("Dimensions", equalTo("[{\"instanceId\":\"i-web-1\"},{\"instanceId\":\"i-web-2\"}]"))
                .withQueryParam("Period", equalTo("300"))
                .withQueryParam("StartTime", equalTo("2026-10-01T00:00:00Z"))
                .withQueryParam("EndTime", equalTo("2026-10-02T00:00:00Z"))
                .withQueryParam("Length", equalTo("1000")));
        wm.verify(postRequestedFor(urlPathEqualTo("/")).withQueryParam("Namespace", equalTo("acs_rds_dashboard"))
                .withQueryParam("Dimensions", equalTo("[{\"instanceId\":\"rm-bp1db01\"}]")));
        // the classic metric is asked only for the instance the VPC metric had no data for
        wm.verify(postRequestedFor(urlPathEqualTo("/")).withQueryParam("MetricName", equalTo("InternetOutRate"))
                .withQueryParam("Dimensions", equalTo("[{\"instanceId\":\"i-web-2\"}]")));
        assertThat(r.pointsByMetric()).containsExactly(
                java.util.Map.entry("acs_ecs_dashboard/CPUUtilization", 3L),
                java.util.Map.entry("acs_ecs_dashboard/VPC_PublicIP_InternetOutRate", 2L),
                java.util.Map.entry("acs_ecs_dashboard/InternetOutRate", 0L),
                java.util.Map.entry("acs_ecs_dashboard/VPC_PublicIP_InternetInRate", 0L),
                java.util.Map.entry("acs_ecs_dashboard/InternetInRate", 1L),
                java.util.Map.entry("acs_ecs_dashboard/memory_usedutilization", 0L),
                java.util.Map.entry("acs_rds_dashboard/CpuUsage", 1L),
                java.util.Map.entry("acs_rds_dashboard/MemoryUsage", 0L),
                java.util.Map.entry("acs_rds_dashboard/ConnectionUsage", 1L),
                java.util.Map.entry("acs_vpc_eip/net_tx.rate", 0L),
                java.util.Map.entry("acs_vpc_eip/net_rx.rate", 0L));
        assertThat(Files.readAllLines(file)).contains(
                "i-web-1,2026-10-01T00:05:00Z,cpu_percent,10.5,Average,300",
                "i-web-2,2026-10-01T00:05:00Z,cpu_percent,96,Maximum,300",
                "i-web-1,2026-10-01T00:05:00Z,net_out_bps,8000000,Average,300",   // 6 + 2 Mbit/s over two IPs
                "i-web-1,2026-10-01T00:05:00Z,net_out_bps,45000000,Maximum,300",
                "rm-bp1db01,2026-10-01T00:05:00Z,db_connection_percent,0.8,Average,300");
        assertThat(r.rows()).isEqualTo(14);

        Table t = CostDataset.read().usage(file).load().usage().table();
        assertThat(t.stringColumn(UsageFrame.METRIC).unique().asList())
                .containsExactlyInAnyOrder("cpu_percent", "net_out_bps", "net_in_bps", "db_connection_percent");
        Table web1Cpu = t.where(t.stringColumn(UsageFrame.RESOURCE_ID).isEqualTo("i-web-1")
                .and(t.stringColumn(UsageFrame.METRIC).isEqualTo("cpu_percent")));
        assertThat(web1Cpu.rowCount()).isEqualTo(2);   // one hour: Average and Maximum
        assertThat(web1Cpu.where(web1Cpu.stringColumn(UsageFrame.STATISTIC).isEqualTo("Average"))
                .doubleColumn(UsageFrame.VALUE).get(0)).isEqualTo(15.0);   // (10.5 + 19.5) / 2
        assertThat(web1Cpu.where(web1Cpu.stringColumn(UsageFrame.STATISTIC).isEqualTo("Maximum"))
                .doubleColumn(UsageFrame.VALUE).get(0)).isEqualTo(44.8);
        assertThat(t.where(t.stringColumn(UsageFrame.METRIC).isEqualTo("net_in_bps")
                .and(t.stringColumn(UsageFrame.STATISTIC).isEqualTo("Average"))).doubleColumn(UsageFrame.VALUE).get(0))
                .isEqualTo(1500.0);
    }

    @Test
    void forbiddenRamIsOneLine() throws IOException {
        wm.stubFor(metric("CPUUtilization").willReturn(json(403, fixture("forbidden.json"))));

        assertThatThrownBy(() -> cms.describeMetricList("acs_ecs_dashboard", "CPUUtilization", "[{\"instanceId\":\"i-1\"}]",
                "2026-10-01T00:00:00Z", "2026-10-02T00:00:00Z", "300", null, "1000"))
                .isInstanceOf(CloudcostException.class)
                .hasMessageStartingWith("Alibaba Cloud DescribeMetricList failed: Forbidden.RAM: ")
                .hasMessageEndingWith("(grant the RAM user or role the read-only policy in docs/aliyun-ram-policy.json)")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(waits).isEmpty();
    }

    @Test
    void aNon200CodeWithSuccessFalseIsAnErrorNotAnEmptyPage() throws IOException {
        wm.stubFor(metric("CPUUtilization").willReturn(json(200, fixture("not-successful.json"))));

        assertThatThrownBy(() -> new AliyunMetricsPull(cms).pull(List.of("i-1"), List.of(), START, END,
                dir.resolve("usage.csv")))
                .isInstanceOf(CloudcostException.class)
                .hasMessage("Alibaba Cloud DescribeMetricList failed: 400: The Dimensions parameter is invalid.");
        assertThat(waits).isEmpty();
    }

    @Test
    void throttlingThatNeverEndsIsOneLine() throws IOException {
        wm.stubFor(metric("CPUUtilization").willReturn(json(400, fixture("throttled.json"))));

        assertThatThrownBy(() -> cms.describeMetricList("acs_ecs_dashboard", "CPUUtilization", "[]",
                "2026-10-01T00:00:00Z", "2026-10-02T00:00:00Z", "300", null, "1000"))
                .isInstanceOf(CloudcostException.class)
                .hasMessageStartingWith("Alibaba Cloud DescribeMetricList failed: Throttling.User: ")
                .hasMessageContaining("Request was denied due to user flow control.")
                .hasMessageEndingWith("(still throttled after 3 attempts)")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(waits).containsExactly(100L, 200L);
    }
}
