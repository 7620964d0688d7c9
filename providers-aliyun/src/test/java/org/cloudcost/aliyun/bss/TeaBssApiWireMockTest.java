package org.cloudcost.aliyun.bss;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aliyun.bssopenapi20171214.Client;
import com.aliyun.teaopenapi.models.Config;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.cloudcost.aliyun.internal.AliyunCalls;
import org.cloudcost.core.CloudcostException;
import org.cloudcost.core.CostDataset;
import org.cloudcost.core.frame.BillingFrame;
import org.cloudcost.core.spend.SpendSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * The real tea client, through {@link TeaBssApi}, against WireMock replaying responses in the
 * documented shape (signature V3: {@code POST /?…} with an {@code x-acs-action} header).
 */
class TeaBssApiWireMockTest {
    private static final Clock NOVEMBER = Clock.fixed(Instant.parse("2026-11-05T03:00:00Z"), ZoneOffset.UTC);
    private static final String PAGE_2_TOKEN = "CAESEgoQCg4KCmJpbGxpbmdfaWQ";

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;

    private final List<Long> waits = new ArrayList<>();
    private BssApi api;

    @BeforeEach
    void client() throws Exception {
        api = new TeaBssApi(new Client(new Config().setAccessKeyId("test").setAccessKeySecret("test")
                .setEndpoint("localhost:" + wm.getPort()).setProtocol("HTTP")));
        wm.stubFor(any(anyUrl()).atPriority(10).willReturn(json(400,
                "{\"RequestId\":\"none\",\"Code\":\"NoStub\",\"Message\":\"no stub matched this request\"}")));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json;charset=utf-8").withBody(body);
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = TeaBssApiWireMockTest.class.getResourceAsStream("/bss/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static MappingBuilder action(String action) {
        return post(urlPathEqualTo("/")).withHeader("x-acs-action", equalTo(action))
                .withHeader("x-acs-version", equalTo("2017-12-14"));
    }

    private static MappingBuilder day(String date) {
        return action("DescribeInstanceBill").withQueryParam("BillingCycle", equalTo("2026-10"))
                .withQueryParam("BillingDate", equalTo(date)).withQueryParam("Granularity", equalTo("DAILY"))
                .withQueryParam("IsBillingItem", equalTo("true")).withQueryParam("MaxResults", equalTo("300"));
    }

    private void stubOctober() throws IOException {
        wm.stubFor(action("DescribeInstanceBill").atPriority(5).willReturn(json(200, fixture("describe-instance-bill-empty-day.json"))));
        wm.stubFor(day("2026-10-01").withQueryParam("NextToken", absent()).atPriority(1)
                .willReturn(json(200, fixture("describe-instance-bill-2026-10-01-page1.json"))));
        wm.stubFor(day("2026-10-01").withQueryParam("NextToken", equalTo(PAGE_2_TOKEN)).atPriority(1)
                .willReturn(json(200, fixture("describe-instance-bill-2026-10-01-page2.json"))));
        wm.stubFor(day("2026-10-02").withQueryParam("NextToken", absent()).atPriority(1)
                .willReturn(json(200, fixture("describe-instance-bill-2026-10-02.json"))));
        wm.stubFor(action("QueryBillOverview").withQueryParam("BillingCycle", equalTo("2026-10")).atPriority(1)
                .willReturn(json(200, fixture("query-bill-overview-2026-10.json"))));
    }

    @Test
    void twoPagesAreReadThroughNextToken() throws Exception {
        stubOctober();

        InstanceBillPage first = api.describeInstanceBill("2026-10", "2026-10-01", null, 300);
        InstanceBillPage second = api.describeInstanceBill("2026-10", "2026-10-01", first.nextToken(), 300);

        assertThat(first.accountId()).isEqualTo("1234567890123456");
        assertThat(first.nextToken()).isEqualTo(PAGE_2_TOKEN);
        assertThat(first.items()).extracting(i -> i.getInstanceID())
                .containsExactly("i-bp1abcdefghijk000001", "rm-bp1abcdefghijk0001", "cn-hangzhou;standard");
        assertThat(first.items().get(0).getPretaxAmount()).isEqualTo(42.24f);
        assertThat(first.items().get(0).getUsage()).isEqualTo("24");
        assertThat(first.items().get(0).getListPrice()).isEqualTo("2.200000");
        assertThat(first.items().get(0).getTag()).isEqualTo("key:env value:prod; key:team value:data");
        assertThat(second.hasNext()).isFalse();
        assertThat(second.items()).extracting(i -> i.getItem()).containsExactly("PayAsYouGoBill", "Refund");
        assertThat(second.items().get(1).getPretaxAmount()).isEqualTo(-5f);   // an integer in the JSON
        wm.verify(2, postRequestedFor(urlPathEqualTo("/")).withHeader("x-acs-action", equalTo("DescribeInstanceBill")));
    }

    @Test
    void theOverviewItemsAreRead() throws Exception {
        stubOctober();

        var items = api.queryBillOverview("2026-10");

        assertThat(items).extracting(i -> i.item().getProductCode()).containsExactly("ecs", "rds", "oss", "eip");
        assertThat(items.get(0).pretaxAmount().value()).isEqualByComparingTo("79.48");
    }

    @Test
    void aMonthIsPulledReconciledAndReadBackAsFocus() throws Exception {
        stubOctober();
        Path file = dir.resolve("focus-2026-10.csv");

        BssPullReport report = new AliyunBillingPull(api, new AliyunCalls(4, 100, waits::add), NOVEMBER, true)
                .pull(YearMonth.of(2026, 10), file);

        assertThat(report.linesWritten()).isEqualTo(6);
        assertThat(report.pages()).isEqualTo(32);
        assertThat(report.billedCost()).isEqualByComparingTo("114.81");
        assertThat(report.overviewPretaxAmount()).isEqualByComparingTo("114.81");
        assertThat(report.reconciled()).isTrue();
        wm.verify(31 + 1, postRequestedFor(urlPathEqualTo("/")).withHeader("x-acs-action", equalTo("DescribeInstanceBill")));

        CostDataset ds = CostDataset.read().billing(file).load();
        SpendSummary spend = ds.spend();
        assertThat(ds.readReport().files()).singleElement().satisfies(f -> assertThat(f.format()).startsWith("focus"));
        assertThat(spend.reconciliation().reconciled()).isTrue();
        assertThat(spend.totalBilledCost()).isEqualByComparingTo(report.billedCost());
        assertThat(spend.totalListCost()).isEqualByComparingTo("135.93");
        assertThat(spend.currency()).isEqualTo("CNY");
        assertThat(spend.billingPeriods()).containsExactly("2026-10");
        assertThat(spend.byServiceCategory()).containsOnlyKeys("Compute", "Databases", "Storage", "Networking");
        assertThat(spend.byServiceCategory().get("Compute")).isEqualByComparingTo("79.48");
        assertThat(spend.byServiceCategory().get("Databases")).isEqualByComparingTo("30.5");
        assertThat(spend.byServiceCategory().get("Storage")).isEqualByComparingTo("1.23");
        assertThat(spend.byServiceCategory().get("Networking")).isEqualByComparingTo("3.6");
        assertThat(spend.byChargeCategory().get("Credit")).isEqualByComparingTo("-5.0");
        assertThat(spend.byChargeCategory().get("Usage")).isEqualByComparingTo("119.81");
        assertThat(spend.daily()).containsOnlyKeys("2026-10-01", "2026-10-02");
        assertThat(spend.daily().get("2026-10-02")).isEqualByComparingTo("42.24");
        assertThat(spend.bySubAccount()).containsKeys("1234567890123456", "2234567890123456");

        Table t = ds.billing().table();
        Table oss = t.where(t.stringColumn(BillingFrame.RESOURCE_ID).isEqualTo("cn-hangzhou;standard"));
        assertThat(oss.rowCount()).isEqualTo(1);
        assertThat(oss.stringColumn(BillingFrame.RESOURCE_TYPE).get(0)).isEqualTo("OSS Storage");
        Table ecs = t.where(t.stringColumn(BillingFrame.RESOURCE_ID).isEqualTo("i-bp1abcdefghijk000001"));
        assertThat(ecs.stringColumn("env").asList()).containsOnly("prod");
        assertThat(ecs.stringColumn("team").asList()).containsOnly("data");
        assertThat(ecs.stringColumn(BillingFrame.BILLING_ACCOUNT_ID).asList()).containsOnly("1234567890123456");
        assertThat(ecs.stringColumn(BillingFrame.SKU_ID).asList()).containsOnly("ecs.g7.2xlarge");
    }

    @Test
    void amountsBeyondWhatAFloatHoldsAreReadToTheCentFromTheResponse() throws Exception {
        // a three-year subscription bought on one day: a float keeps 1234567.875 and prints 1234567.9
        wm.stubFor(action("DescribeInstanceBill").atPriority(5).willReturn(json(200, fixture("describe-instance-bill-empty-day.json"))));
        wm.stubFor(day("2026-10-01").atPriority(1).willReturn(json(200, "{\"RequestId\":\"r\",\"Success\":true,"
                + "\"Code\":\"Success\",\"Data\":{\"AccountID\":\"1234567890123456\",\"NextToken\":\"\",\"Items\":[{"
                + "\"BillingDate\":\"2026-10-01\",\"InstanceID\":\"rm-bp1big\",\"Item\":\"SubscriptionOrder\","
                + "\"ProductCode\":\"rds\",\"Currency\":\"CNY\",\"PretaxGrossAmount\":1371742.11,"
                + "\"PretaxAmount\":1234567.89}]}}")));
        wm.stubFor(action("QueryBillOverview").atPriority(1).willReturn(json(200, "{\"RequestId\":\"o\",\"Success\":true,"
                + "\"Data\":{\"Items\":{\"Item\":[{\"ProductCode\":\"rds\",\"Currency\":\"CNY\",\"PretaxAmount\":1234567.89}]}}}")));
        Path file = dir.resolve("focus-2026-10.csv");

        BssPullReport report = new AliyunBillingPull(api, new AliyunCalls(4, 100, waits::add), NOVEMBER, true)
                .pull(YearMonth.of(2026, 10), file);

        assertThat(report.billedCost()).isEqualByComparingTo("1234567.89");
        assertThat(report.overviewPretaxAmount()).isEqualByComparingTo("1234567.89");
        assertThat(report.difference()).isZero();
        Table t = CostDataset.read().billing(file).load().billing().table();
        assertThat(java.nio.file.Files.readString(file)).contains("1234567.89,1234567.89,1371742.11,CNY");
        assertThat(t.doubleColumn(BillingFrame.BILLED_COST).sum()).isEqualTo(1234567.89);
    }

    @Test
    void throttlingIsRetriedThenTheCallSucceeds() throws Exception {
        stubOctober();
        wm.stubFor(action("QueryBillOverview").atPriority(0).inScenario("throttled")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("served")
                .willReturn(json(400, "{\"RequestId\":\"t1\",\"Code\":\"Throttling.User\","
                        + "\"Message\":\"Request was denied due to user flow control.\"}")));
        AliyunCalls calls = new AliyunCalls(4, 100, waits::add);

        var items = calls.call("QueryBillOverview", () -> api.queryBillOverview("2026-10"));

        assertThat(items).hasSize(4);
        assertThat(waits).containsExactly(100L);
        wm.verify(2, postRequestedFor(urlPathEqualTo("/")).withHeader("x-acs-action", equalTo("QueryBillOverview")));
    }

    @Test
    void forbiddenIsOneLineSayingWhatToGrant() {
        wm.stubFor(action("DescribeInstanceBill").atPriority(1).willReturn(json(403,
                "{\"RequestId\":\"f1\",\"HostId\":\"business.aliyuncs.com\",\"Code\":\"Forbidden.RAM\","
                        + "\"Message\":\"User not authorized to operate on the specified resource, or this API doesn't"
                        + " support RAM.\"}")));
        AliyunBillingPull pull = new AliyunBillingPull(api, new AliyunCalls(4, 100, waits::add), NOVEMBER, true);

        assertThatThrownBy(() -> pull.pull(YearMonth.of(2026, 10), dir.resolve("b.csv")))
                .isInstanceOf(CloudcostException.class)
                .hasMessageStartingWith("Alibaba Cloud DescribeInstanceBill failed: Forbidden.RAM: ")
                .hasMessageContaining("User not authorized to operate on the specified resource")
                .hasMessageEndingWith("(grant the RAM user or role the read-only policy in docs/aliyun-ram-policy.json)")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(waits).isEmpty();
        assertThat(dir.resolve("b.csv")).doesNotExist();
    }

    @Test
    void successFalseInAnOkResponseIsAnError() {
        wm.stubFor(action("QueryBillOverview").atPriority(1).willReturn(json(200,
                "{\"RequestId\":\"s1\",\"Success\":false,\"Code\":\"InvalidParameter.BillingCycle\","
                        + "\"Message\":\"The billing cycle is out of range.\"}")));

        assertThatThrownBy(() -> AliyunCalls.withDefaults().call("QueryBillOverview", () -> api.queryBillOverview("2020-01")))
                .isInstanceOf(CloudcostException.class)
                .hasMessage("Alibaba Cloud QueryBillOverview failed: InvalidParameter.BillingCycle: The billing cycle is"
                        + " out of range.");
    }
}
