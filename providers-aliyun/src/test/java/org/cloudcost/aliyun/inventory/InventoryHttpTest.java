package org.cloudcost.aliyun.inventory;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aliyun.teaopenapi.models.Config;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.cloudcost.aliyun.internal.AliyunCalls;
import org.cloudcost.core.CloudcostException;
import org.cloudcost.core.CostDataset;
import org.cloudcost.core.frame.InventoryFrame;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tech.tablesaw.api.Table;

/**
 * The real tea ECS, VPC and RDS clients, through {@link TeaEcsApi}, {@link TeaVpcApi} and
 * {@link TeaRdsApi}, against WireMock replaying every action the inventory uses in its
 * documented shape (lists wrapped: {@code Instances.Instance[]}, {@code Tags.Tag[]} with
 * {@code TagKey}/{@code TagValue}, …): a second page each, {@code Throttling.User} before the
 * first success of each action, and {@code Forbidden.RAM} as one line.
 */
class InventoryHttpTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String HZ = "cn-hangzhou";

    @TempDir
    Path dir;

    private final List<Long> waits = new ArrayList<>();
    private TeaEcsApi ecs;
    private TeaVpcApi vpc;
    private TeaRdsApi rds;

    @BeforeEach
    void clients() throws Exception {
        AliyunCalls calls = new AliyunCalls(3, 100, waits::add);
        ecs = new TeaEcsApi(new com.aliyun.ecs20140526.Client(config()), calls);
        vpc = new TeaVpcApi(new com.aliyun.vpc20160428.Client(config()), calls);
        rds = new TeaRdsApi(new com.aliyun.rds20140815.Client(config()), calls);
        wm.stubFor(any(anyUrl()).atPriority(100).willReturn(json(404,
                "{\"Code\":\"NoStub\",\"Message\":\"no stub matches this request\"}")));
    }

    private static Config config() {
        return new Config().setAccessKeyId("test").setAccessKeySecret("test").setRegionId(HZ)
                .setEndpoint("localhost:" + wm.getPort()).setProtocol("HTTP");
    }

    static String fixture(String name) throws IOException {
        try (InputStream in = InventoryHttpTest.class.getResourceAsStream("/inventory/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json;charset=utf-8").withBody(body);
    }

    private static MappingBuilder action(String action, String version) {
        return post(urlPathEqualTo("/")).withHeader("x-acs-action", equalTo(action))
                .withHeader("x-acs-version", equalTo(version));
    }

    /** The action answers Throttling.User once, then what {@code pages} stub (in the scenario's second state). */
    private static void throttledOnceThen(String action, String version, Consumer<MappingBuilderFactory> pages)
            throws IOException {
        wm.stubFor(action(action, version).inScenario(action).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json(400, fixture("throttled.json"))).willSetStateTo("answering"));
        pages.accept(() -> action(action, version).inScenario(action).whenScenarioStateIs("answering"));
    }

    @FunctionalInterface
    interface MappingBuilderFactory {
        MappingBuilder next();
    }

    private static void stub(MappingBuilder mapping) {
        wm.stubFor(mapping);
    }

    private void stubTheWholeRegion() throws IOException {
        String page1Ecs = fixture("ecs-instances-page-1.json");
        String page2Ecs = fixture("ecs-instances-page-2.json");
        throttledOnceThen("DescribeInstances", "2014-05-26", m -> {
            stub(m.next().withQueryParam("NextToken", absent()).willReturn(json(200, page1Ecs)));
            stub(m.next().withQueryParam("NextToken", equalTo("caeba0bbb2be03f84eb48b699f0a4883")).willReturn(json(200, page2Ecs)));
        });
        String disks1 = fixture("ecs-disks-page-1.json");
        String disks2 = fixture("ecs-disks-page-2.json");
        throttledOnceThen("DescribeDisks", "2014-05-26", m -> {
            stub(m.next().withQueryParam("NextToken", absent()).willReturn(json(200, disks1)));
            stub(m.next().withQueryParam("NextToken", equalTo("AAAAAdDWBF2****")).willReturn(json(200, disks2)));
        });
        String snaps1 = fixture("ecs-snapshots-page-1.json");
        String snaps2 = fixture("ecs-snapshots-page-2.json");
        throttledOnceThen("DescribeSnapshots", "2014-05-26", m -> {
            stub(m.next().withQueryParam("NextToken", absent()).willReturn(json(200, snaps1)));
            stub(m.next().withQueryParam("NextToken", equalTo("e71d8a535bd9cc11")).willReturn(json(200, snaps2)));
        });
        String eips1 = fixture("vpc-eips-page-1.json");
        String eips2 = fixture("vpc-eips-page-2.json");
        throttledOnceThen("DescribeEipAddresses", "2016-04-28", m -> {
            stub(m.next().withQueryParam("PageNumber", equalTo("1")).willReturn(json(200, eips1)));
            stub(m.next().withQueryParam("PageNumber", equalTo("2")).willReturn(json(200, eips2)));
        });
        String dbs1 = fixture("rds-instances-page-1.json");
        String dbs2 = fixture("rds-instances-page-2.json");
        throttledOnceThen("DescribeDBInstances", "2014-08-15", m -> {
            stub(m.next().withQueryParam("NextToken", absent()).willReturn(json(200, dbs1)));
            stub(m.next().withQueryParam("NextToken", equalTo("o6t0ucbanm0b4a0z")).willReturn(json(200, dbs2)));
        });
        String attr1 = fixture("rds-attribute-rm-bp1db01.json");
        String attr2 = fixture("rds-attribute-rm-bp1db02.json");
        throttledOnceThen("DescribeDBInstanceAttribute", "2014-08-15", m -> {
            stub(m.next().withQueryParam("DBInstanceId", equalTo("rm-bp1db01")).willReturn(json(200, attr1)));
            stub(m.next().withQueryParam("DBInstanceId", equalTo("rm-bp1db02")).willReturn(json(200, attr2)));
        });
        String tags1 = fixture("rds-tags-page-1.json");
        String tags2 = fixture("rds-tags-page-2.json");
        throttledOnceThen("ListTagResources", "2014-08-15", m -> {
            stub(m.next().withQueryParam("NextToken", absent()).willReturn(json(200, tags1)));
            stub(m.next().withQueryParam("NextToken", equalTo("212db86sca4384811e0b5e8707ec21345")).willReturn(json(200, tags2)));
        });
    }

    @Test
    void pullsEveryPageOfEveryActionThroughThrottlingAndTheFileLoads() throws IOException {
        stubTheWholeRegion();
        Path file = dir.resolve("inventory.csv");

        AliyunInventoryPull.Result r = new AliyunInventoryPull(region -> ecs, region -> vpc, region -> rds)
                .pull(List.of(HZ), file);

        assertThat(wm.findAllUnmatchedRequests()).isEmpty();
        assertThat(waits).hasSize(7).containsOnly(100L);   // one Throttling.User per action, each retried once
        assertThat(r.rowsByType()).containsExactly(Map.entry("compute", 3L), Map.entry("disk", 2L),
                Map.entry("snapshot", 2L), Map.entry("ip", 3L), Map.entry("database", 2L));
        wm.verify(postRequestedFor(urlPathEqualTo("/")).withHeader("x-acs-action", equalTo("DescribeInstances"))
                .withQueryParam("RegionId", equalTo(HZ)).withQueryParam("MaxResults", equalTo("100")));
        wm.verify(postRequestedFor(urlPathEqualTo("/")).withHeader("x-acs-action", equalTo("DescribeDisks"))
                .withQueryParam("MaxResults", equalTo("500")));
        wm.verify(postRequestedFor(urlPathEqualTo("/")).withHeader("x-acs-action", equalTo("DescribeEipAddresses"))
                .withQueryParam("PageSize", equalTo("100")));
        wm.verify(postRequestedFor(urlPathEqualTo("/")).withHeader("x-acs-action", equalTo("ListTagResources"))
                .withQueryParam("ResourceType", equalTo("INSTANCE"))
                .withQueryParam("ResourceId.1", equalTo("rm-bp1db01"))
                .withQueryParam("ResourceId.2", equalTo("rm-bp1db02")));

        assertThat(Files.readAllLines(file)).containsExactly(
                "ResourceId,ProviderName,ResourceType,RegionId,Spec,VCpu,MemoryGiB,State,CreatedAt,AttachedTo,"
                        + "BandwidthMbps,BandwidthBilling,Tags",
                "i-bp67acfmxazb4p1,Alibaba Cloud,compute,cn-hangzhou,ecs.g7.xlarge,4,16,running,2025-02-01T08:30:00Z,,5,"
                        + "fixed,\"{\"\"env\"\":\"\"prod\"\",\"\"app\"\":\"\"shop\"\"}\"",
                "i-bp67acfmxazb4p2,Alibaba Cloud,compute,cn-hangzhou,ecs.t6-c1m1.large,2,0.5,stopped,2024-11-20T01:02:00Z,"
                        + ",,,",
                "i-bp67acfmxazb4p3,Alibaba Cloud,compute,cn-hangzhou,ecs.c7.2xlarge,8,16,running,2025-03-04T05:06:00Z,,100,"
                        + "traffic,\"{\"\"environment\"\":\"\"staging\"\"}\"",
                "d-bp1free0001,Alibaba Cloud,disk,cn-hangzhou,cloud_essd,,,available,2024-05-06T07:08:09Z,,,,"
                        + "\"{\"\"env\"\":\"\"dev\"\"}\"",
                "d-bp1sys0001,Alibaba Cloud,disk,cn-hangzhou,cloud_efficiency,,,in-use,2025-02-01T08:30:11Z,"
                        + "i-bp67acfmxazb4p1,,,",
                "s-bp1old0001,Alibaba Cloud,snapshot,cn-hangzhou,,,,accomplished,2023-01-02T03:04:05Z,,,,"
                        + "\"{\"\"team\"\":\"\"data\"\"}\"",
                "s-bp1auto0002,Alibaba Cloud,snapshot,cn-hangzhou,,,,accomplished,2025-06-07T08:09:10Z,,,,",
                "eip-bp1free0001,Alibaba Cloud,ip,cn-hangzhou,,,,available,2024-06-01T00:00:00Z,,5,fixed,"
                        + "\"{\"\"env\"\":\"\"prod\"\"}\"",
                "eip-bp1used0001,Alibaba Cloud,ip,cn-hangzhou,,,,in-use,2025-01-02T03:04:05Z,i-bp67acfmxazb4p2,200,traffic,",
                "eip-bp1nat0001,Alibaba Cloud,ip,cn-hangzhou,,,,in-use,2023-08-09T10:11:12Z,ngw-bp1nat0001,1000,fixed,"
                        + "\"{\"\"team\"\":\"\"network\"\"}\"",
                "rm-bp1db01,Alibaba Cloud,database,cn-hangzhou,rds.mysql.s3.large,4,8,running,2024-02-03T04:05:06Z,,,,"
                        + "\"{\"\"env\"\":\"\"prod\"\",\"\"app\"\":\"\"orders\"\"}\"",
                "rm-bp1db02,Alibaba Cloud,database,cn-hangzhou,pg.n2.medium.2c,2,4,stopped,2024-03-04T05:06:07Z,,,,"
                        + "\"{\"\"env\"\":\"\"test\"\"}\"");

        InventoryFrame inv = CostDataset.read().inventory(file).load().inventory();
        Table t = inv.table();
        assertThat(t.rowCount()).isEqualTo(12);
        Table compute = t.where(t.stringColumn(InventoryFrame.RESOURCE_TYPE).isEqualTo("compute"));
        assertThat(compute.doubleColumn(InventoryFrame.MEMORY_GIB).asList()).containsExactly(16.0, 0.5, 16.0);
        assertThat(compute.stringColumn("env").asList()).containsExactly("prod", "", "staging");
        assertThat(compute.dateTimeColumn(InventoryFrame.CREATED_AT).get(0)).isEqualTo(LocalDateTime.parse("2025-02-01T08:30:00"));
        Table free = t.where(t.stringColumn(InventoryFrame.STATE).isEqualTo("available"));
        assertThat(free.stringColumn(InventoryFrame.RESOURCE_ID).asList()).containsExactly("d-bp1free0001", "eip-bp1free0001");
        Table fixed = t.where(t.stringColumn(InventoryFrame.BANDWIDTH_BILLING).isEqualTo("fixed"));
        assertThat(fixed.doubleColumn(InventoryFrame.BANDWIDTH_MBPS).asList()).containsExactly(5.0, 5.0, 1000.0);
        Table dbs = t.where(t.stringColumn(InventoryFrame.RESOURCE_TYPE).isEqualTo("database"));
        assertThat(dbs.doubleColumn(InventoryFrame.VCPU).asList()).containsExactly(4.0, 2.0);
        assertThat(dbs.stringColumn("app").asList()).containsExactly("orders", "");
    }

    /** Each action the inventory calls, invoked through its adapter. */
    static Stream<Arguments> actions() {
        return Stream.of(
                Arguments.of("DescribeInstances", (Call) t -> t.ecs.describeInstances(HZ, null)),
                Arguments.of("DescribeDisks", (Call) t -> t.ecs.describeDisks(HZ, null)),
                Arguments.of("DescribeSnapshots", (Call) t -> t.ecs.describeSnapshots(HZ, null)),
                Arguments.of("DescribeEipAddresses", (Call) t -> t.vpc.describeEipAddresses(HZ, 1)),
                Arguments.of("DescribeDBInstances", (Call) t -> t.rds.describeDBInstances(HZ, null)),
                Arguments.of("DescribeDBInstanceAttribute", (Call) t -> t.rds.describeDBInstanceAttribute("rm-bp1db01")),
                Arguments.of("ListTagResources", (Call) t -> t.rds.listTagResources(HZ, List.of("rm-bp1db01"), null)));
    }

    @FunctionalInterface
    interface Call {
        Object run(InventoryHttpTest test);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("actions")
    void forbiddenRamIsOneLine(String action, Call call) throws IOException {
        wm.stubFor(post(urlPathEqualTo("/")).withHeader("x-acs-action", equalTo(action))
                .willReturn(json(403, fixture("forbidden.json"))));

        assertThatThrownBy(() -> call.run(this))
                .isInstanceOf(CloudcostException.class)
                .hasMessageStartingWith("Alibaba Cloud " + action + " failed: Forbidden.RAM: ")
                .hasMessageContaining("User not authorized to operate on the specified resource")
                .hasMessageEndingWith("(grant the RAM user or role the read-only policy in docs/aliyun-ram-policy.json)")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(waits).isEmpty();
    }
}
