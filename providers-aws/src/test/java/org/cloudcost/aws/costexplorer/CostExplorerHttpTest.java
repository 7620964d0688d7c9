package org.cloudcost.aws.costexplorer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.cloudcost.aws.AwsClients;
import org.cloudcost.aws.internal.LocalAws;
import org.cloudcost.core.CloudcostException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real Cost Explorer client against WireMock, in the wire shape of this SDK version
 * (JSON 1.1: {@code POST /}, {@code X-Amz-Target: AWSInsightsIndexService.<Operation>}): two
 * pages followed by {@code NextPageToken}, Cost Explorer's rate limit
 * ({@code LimitExceededException}) retried, AccessDenied as one line naming the IAM action, and
 * resource-level cost both enabled and not.
 */
class CostExplorerHttpTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().notifier(new Slf4jNotifier(false))).build();

    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final Clock AFTER_OCTOBER = Clock.fixed(Instant.parse("2026-11-20T08:00:00Z"), ZoneOffset.UTC);
    private static final String TARGET = "X-Amz-Target";

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
    void followsNextPageTokenAndChecksTheTotal() throws IOException {
        stubDailyPages();
        stubTotal();
        Path file = dir.resolve("billing.csv");

        CostExplorerReport report = new CostExplorerBilling(aws.costExplorer(), CostExplorerOptions.defaults(), AFTER_OCTOBER)
                .pull(OCTOBER, file);

        assertThat(report.lines()).isEqualTo(4);
        assertThat(report.calls()).isEqualTo(3);
        assertThat(report.estimatedDays()).isEqualTo(1);
        assertThat(report.linesTotal()).isEqualByComparingTo("103.3900000001");
        assertThat(report.toString()).contains("4 line(s), 31 day(s) (1 estimated), 3 call(s), 103.39 USD = total 103.39 USD");
        List<String> csv = Files.readAllLines(file);
        assertThat(csv).hasSize(5);
        assertThat(csv.get(1)).isEqualTo("48.0000000001,40.5,,USD,,011122223333,2026-10-01T00:00:00Z,2026-11-01T00:00:00Z,"
                + "2026-10-01T00:00:00Z,2026-10-02T00:00:00Z,Usage,Compute,Amazon Elastic Compute Cloud - Compute,AWS,,,,,,,");
        assertThat(csv.get(4)).contains(",Tax,Other,Tax,AWS,");
        // the whole month (it is over), daily, both costs, by service and account
        wm.verify(1, postRequestedFor(urlPathEqualTo("/")).withHeader(TARGET, equalTo("AWSInsightsIndexService.GetCostAndUsage"))
                .withRequestBody(matchingJsonPath("$.TimePeriod.Start", equalTo("2026-10-01")))
                .withRequestBody(matchingJsonPath("$.TimePeriod.End", equalTo("2026-11-01")))
                .withRequestBody(matchingJsonPath("$.Granularity", equalTo("DAILY")))
                .withRequestBody(matchingJsonPath("$.Metrics[0]", equalTo("UnblendedCost")))
                .withRequestBody(matchingJsonPath("$.Metrics[1]", equalTo("AmortizedCost")))
                .withRequestBody(matchingJsonPath("$.GroupBy[0].Key", equalTo("SERVICE")))
                .withRequestBody(matchingJsonPath("$.GroupBy[1].Key", equalTo("LINKED_ACCOUNT")))
                .withRequestBody(matchingJsonPath("$.NextPageToken", equalTo("AQICAHh-page-2"))));
    }

    @Test
    void costExplorersRateLimitIsRetried() throws IOException {
        stubDailyPages();
        stubTotal();
        wm.stubFor(daily().inScenario("rate").whenScenarioStateIs(Scenario.STARTED).atPriority(1)
                .willReturn(json(400, fixture("limit-exceeded.json"))).willSetStateTo("retried"));

        CostExplorerReport report = new CostExplorerBilling(aws.costExplorer(), CostExplorerOptions.defaults(), AFTER_OCTOBER)
                .pull(OCTOBER, dir.resolve("billing.csv"));

        assertThat(report.lines()).isEqualTo(4);
        // page 1 throttled, page 1 again, page 2
        wm.verify(3, postRequestedFor(urlPathEqualTo("/"))
                .withRequestBody(matchingJsonPath("$.Granularity", equalTo("DAILY"))));
    }

    @Test
    void accessDeniedIsOneLineNamingTheIamActionAndLeavesNoFile() throws IOException {
        wm.stubFor(daily().willReturn(json(400, fixture("access-denied.json"))));
        Path file = dir.resolve("billing.csv");

        assertThatThrownBy(() -> new CostExplorerBilling(aws.costExplorer(), CostExplorerOptions.defaults(), AFTER_OCTOBER)
                .pull(OCTOBER, file))
                .isInstanceOf(CloudcostException.class)
                .hasMessage("ce:GetCostAndUsage was denied (AccessDeniedException): grant \"ce:GetCostAndUsage\" to the"
                        + " credentials in use (docs/aws-iam-policy.json lists every action cloudcost calls)");
        assertThat(file).doesNotExist();
        assertThat(dir.resolve("billing.csv.part")).doesNotExist();
    }

    @Test
    void resourceLevelCostSplitsTheRecentDaysByResource() throws IOException {
        stubDailyPages();
        stubTotal();
        wm.stubFor(withResources().willReturn(json(200, fixture("empty-with-resources.json"))));
        wm.stubFor(withResources().atPriority(1)
                .withRequestBody(matchingJsonPath("$.Filter.Dimensions.Values[0]", equalTo("Amazon Elastic Compute Cloud - Compute")))
                .willReturn(json(200, fixture("with-resources-ec2.json"))));
        Clock secondOfOctober = Clock.fixed(Instant.parse("2026-10-02T12:00:00Z"), ZoneOffset.UTC);
        Path file = dir.resolve("billing.csv");

        CostExplorerReport report = new CostExplorerBilling(aws.costExplorer(),
                CostExplorerOptions.defaults().withResourceLevel(true), secondOfOctober).pull(OCTOBER, file);

        assertThat(report.resourceLines()).isEqualTo(2);
        assertThat(report.linesTotal()).isEqualByComparingTo("103.3900000001");
        assertThat(report.notes()).singleElement().asString()
                .startsWith("resource-level cost: 2026-10-01 to 2026-10-02 split by resource for");
        List<String> csv = Files.readAllLines(file);
        // day 2's 48.00 of EC2: 24.00 + 23.50 on the instances, 0.50 on no resource
        assertThat(csv).anySatisfy(l -> assertThat(l).startsWith("24,20,,USD,,011122223333,").contains(",i-0idle000000000001,"))
                .anySatisfy(l -> assertThat(l).startsWith("23.5,20,,USD,").contains(",i-0busy000000000002,"))
                .anySatisfy(l -> assertThat(l).startsWith("0.5,0.5,,USD,").contains("2026-10-02T00:00:00Z,2026-10-03T00:00:00Z"));
        assertThat(csv).hasSize(1 + 1 + 1 + 3 + 1);
        wm.verify(4, postRequestedFor(urlPathEqualTo("/"))
                .withHeader(TARGET, equalTo("AWSInsightsIndexService.GetCostAndUsageWithResources"))
                .withRequestBody(matchingJsonPath("$.TimePeriod.Start", equalTo("2026-10-01")))
                .withRequestBody(matchingJsonPath("$.TimePeriod.End", equalTo("2026-10-03")))
                .withRequestBody(matchingJsonPath("$.GroupBy[1].Key", equalTo("RESOURCE_ID"))));
    }

    @Test
    void resourceLevelNotEnabledIsANoteAndTheLinesStayByService() throws IOException {
        stubDailyPages();
        stubTotal();
        wm.stubFor(withResources().willReturn(json(400, fixture("data-unavailable.json"))));
        Clock secondOfOctober = Clock.fixed(Instant.parse("2026-10-02T12:00:00Z"), ZoneOffset.UTC);

        CostExplorerReport report = new CostExplorerBilling(aws.costExplorer(),
                CostExplorerOptions.defaults().withResourceLevel(true), secondOfOctober).pull(OCTOBER, dir.resolve("b.csv"));

        assertThat(report.lines()).isEqualTo(4);
        assertThat(report.resourceLines()).isZero();
        assertThat(report.notes()).singleElement().asString()
                .contains("resource-level cost is not enabled").contains("Cost Explorer settings");
    }

    private static void stubDailyPages() throws IOException {
        wm.stubFor(daily().withRequestBody(matchingJsonPath("$.NextPageToken", com.github.tomakehurst.wiremock.client.WireMock.absent()))
                .willReturn(json(200, fixture("daily-page1.json"))));
        wm.stubFor(daily().withRequestBody(matchingJsonPath("$.NextPageToken", equalTo("AQICAHh-page-2")))
                .willReturn(json(200, fixture("daily-page2.json"))));
    }

    private static void stubTotal() throws IOException {
        wm.stubFor(operation("GetCostAndUsage").withRequestBody(matchingJsonPath("$.Granularity", equalTo("MONTHLY")))
                .withRequestBody(matchingJsonPath("$.GroupBy", com.github.tomakehurst.wiremock.client.WireMock.absent()))
                .willReturn(json(200, fixture("monthly-total.json"))));
    }

    private static MappingBuilder daily() {
        return operation("GetCostAndUsage").withRequestBody(matchingJsonPath("$.Granularity", equalTo("DAILY")));
    }

    private static MappingBuilder withResources() {
        return operation("GetCostAndUsageWithResources").withRequestBody(matchingJsonPath("$.Granularity", equalTo("DAILY")));
    }

    private static MappingBuilder operation(String name) {
        return post(urlPathEqualTo("/")).withHeader(TARGET, equalTo("AWSInsightsIndexService." + name))
                .withHeader("Content-Type", equalTo("application/x-amz-json-1.1"));
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/x-amz-json-1.1")
                .withHeader("x-amzn-RequestId", "6f6d1ab4-0000-4000-8000-000000000000").withBody(body);
    }

    static String fixture(String name) throws IOException {
        try (InputStream in = CostExplorerHttpTest.class.getResourceAsStream(name)) {
            return new String(Objects.requireNonNull(in, "fixture " + name).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
