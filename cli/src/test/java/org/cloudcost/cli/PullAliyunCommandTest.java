package org.cloudcost.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.cloudcost.core.testing.PulledFilesContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * {@code cloudcost pull aliyun} end to end: the real Alibaba Cloud SDK clients (BSS, ECS, VPC, RDS,
 * CloudMonitor tea clients and the OSS client), sent by {@code --endpoint} to one WireMock server
 * that replays a small account for October 2026 in cn-hangzhou, then {@code cloudcost analyze} on
 * the files the pull wrote, checked against figures worked out by hand.
 *
 * <p>The estate, billed every day of the month (31 days, a closed month that must reconcile):
 * <pre>
 * resource          ProductCode  CNY/day  CNY/month  what the data says
 * i-bp1idle0001     ecs          24.00      744.00   ecs.g7.xlarge, CPU ~1 %, ~1 MB/day of traffic  → idle
 * i-bp1busy0001     ecs          48.00    1,488.00   ecs.g7.xlarge, CPU 45–65 %, ~10 Mbit/s of traffic → nothing
 * d-bp1free0001     yundisk       2.00       62.00   disk Available, attached to nothing            → unattached
 * rm-bp1db0001      rds          30.00      930.00   RDS, CPU ~40 %, connections ~25 %              → nothing
 * eip-bp1free0001   eip           0.48       14.88   EIP Available, associated with nothing         → unused
 * acme-app          oss           0.35       10.85   logs/ 100 GiB Standard, newest 2025-06-30       → delete
 * total                          104.83   3,249.73   = QueryBillOverview
 * </pre>
 * CloudMonitor answers every hour of the month in China time (asked for 300 s, it answers
 * {@code "Period": "3600"}, as it may: a month of 5-minute points would make the test slow for
 * nothing the hourly usage frame keeps), the two instances' points in pages of 1000.
 */
class PullAliyunCommandTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().notifier(new Slf4jNotifier(false))).build();

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static final YearMonth MONTH = YearMonth.of(2026, 10);
    private static final String REGION = "cn-hangzhou";
    private static final String ACCOUNT = "1234567890123456";
    private static final String IDLE = "i-bp1idle0001";
    private static final String BUSY = "i-bp1busy0001";
    private static final String FREE_DISK = "d-bp1free0001";
    private static final String FREE_EIP = "eip-bp1free0001";
    private static final String DB = "rm-bp1db0001";
    private static final String BUCKET = "acme-app";
    private static final Map<String, String> PUBLIC_IPS = Map.of(IDLE, "47.96.10.1", BUSY, "47.96.10.2");

    /** October in China time (UTC+8): the window the pull asks CloudMonitor for. */
    private static final Instant START = Instant.parse("2026-09-30T16:00:00Z");
    private static final Instant END = Instant.parse("2026-10-31T16:00:00Z");
    /** The period and the points per page the pull asks for (AliyunMetricsPull). */
    private static final int ASKED_PERIOD_SECONDS = 300;
    private static final int PAGE_LENGTH = 1000;
    /** The period of the points served. */
    private static final int PERIOD_SECONDS = 3600;
    private static final int STEPS_PER_DAY = 86_400 / PERIOD_SECONDS;
    private static final int STEPS = (int) (Duration.between(START, END).getSeconds() / PERIOD_SECONDS);   // 744
    /** The day whose bill comes in two pages, to follow NextToken. */
    private static final LocalDate TWO_PAGE_DAY = MONTH.atDay(15);

    private static final String KEY_ID = "alibabacloud.accessKeyId";
    private static final String KEY_SECRET = "alibabacloud.accessKeySecret";

    @TempDir
    Path dir;

    private String keyIdBefore;
    private String keySecretBefore;
    private StubMapping noStub;
    private StubMapping noOssStub;

    @BeforeEach
    void credentialsAndTheAccount() throws IOException {
        keyIdBefore = System.getProperty(KEY_ID);
        keySecretBefore = System.getProperty(KEY_SECRET);
        System.setProperty(KEY_ID, "test-key-id");
        System.setProperty(KEY_SECRET, "test-key-secret");

        noStub = wm.stubFor(any(anyUrl()).atPriority(100).willReturn(json(400,
                "{\"RequestId\":\"none\",\"Code\":\"NoStub\",\"Message\":\"no stub matches this request\"}")));
        noOssStub = wm.stubFor(get(anyUrl()).atPriority(100).willReturn(xml(404, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Error><Code>NoSuchBucket</Code><Message>no stub matches this request</Message>"
                + "<RequestId>0</RequestId><HostId>localhost</HostId></Error>")));
        stubBill();
        stubInventory();
        stubMetrics();
        stubOss();
    }

    @AfterEach
    void restoreCredentials() {
        restore(KEY_ID, keyIdBefore);
        restore(KEY_SECRET, keySecretBefore);
    }

    @Test
    void pullsTheMonthAndAnalyzeFindsTheIdleAndTheForgotten() throws IOException {
        Path pulled = dir.resolve("pulled");

        CommandRun pull = pull(pulled).assertExit(ExitCodes.OK);

        pull.assertErr().isEmpty();
        pull.assertOut()
                .contains("186 line(s) from 32 page(s) over 31 day(s)")
                .contains("lines 3249.73 CNY, QueryBillOverview 3249.73 CNY (reconciled)")
                .contains("inventory: {compute=2, disk=2, snapshot=1, ip=1, database=1}")
                // hourly points, Average and Maximum each: (3 ECS metrics × 2 instances + 3 RDS metrics) × 744 × 2
                .contains("usage rows: {cn-hangzhou=13392}");
        assertThat(noStubWasHit()).as("requests no stub matched").isEmpty();
        wm.verify(32, postRequestedFor(urlPathEqualTo("/")).withHeader("x-acs-action", equalTo("DescribeInstanceBill")));
        wm.verify(1, postRequestedFor(urlPathEqualTo("/")).withHeader("x-acs-action", equalTo("QueryBillOverview")));
        // 2 × 744 points: two pages of at most 1000
        wm.verify(2, postRequestedFor(urlPathEqualTo("/")).withHeader("x-acs-action", equalTo("DescribeMetricList"))
                .withQueryParam("MetricName", equalTo("CPUUtilization")));
        assertPulledFiles(pulled);
        // the contract every provider's pull meets: reconciled bill, canonical types, states, metrics
        PulledFilesContract.check(pulled.resolve("billing.csv"), pulled.resolve("inventory.csv"),
                List.of(pulled.resolve("usage-cn-hangzhou.csv")), List.of(pulled.resolve("storage-cn-hangzhou.csv")));

        Path out = dir.resolve("analysis");
        CommandRun analysis = PulledMonth.analyzeAsPrinted(pull, pulled, "cn-hangzhou", out);
        assertFindings(out.resolve("findings.csv"));
        assertSummary(out.resolve("summary.json"));
    }

    @Test
    void aForbiddenInventoryCallIsOneLineAndExitCode3() throws IOException {
        wm.stubFor(action("DescribeInstances").atPriority(1).willReturn(json(403, fixture("forbidden.json"))));
        Path pulled = dir.resolve("pulled");

        CommandRun pull = pull(pulled);

        pull.assertExit(ExitCodes.BAD_INPUT);
        assertThat(pull.errLines()).as(pull::toString).containsExactly("cloudcost: error: Alibaba Cloud DescribeInstances"
                + " failed: Forbidden.RAM: User not authorized to operate on the specified resource, or this API doesn't"
                + " support RAM. (grant the RAM user or role the read-only policy in docs/aliyun-ram-policy.json)");
        pull.assertOut().isEmpty();
        assertThat(pulled.resolve("inventory.csv")).doesNotExist();
        try (Stream<Path> all = Files.list(pulled)) {
            assertThat(all.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
    }

    /**
     * Runs {@code cloudcost pull aliyun} for the month against the stubs. What the SDKs print on
     * the process's stdout around picocli (the tea SDK's own logger does, when slf4j has no real
     * binding) would mix with the report, so there must be none.
     */
    private CommandRun pull(Path out) {
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        CommandRun run;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            run = CommandRun.of("pull", "aliyun", "--month", MONTH.toString(), "--regions", REGION,
                    "--endpoint", wm.baseUrl(), "--out", out.toString());
        } finally {
            System.setOut(console);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).as("printed to System.out outside picocli").isEmpty();
        return run;
    }

    /** The four files, nothing else: the join keys of the inventory, the usage's first hour, the storage groups. */
    private static void assertPulledFiles(Path pulled) throws IOException {
        List<String> files = List.of("billing.csv", "inventory.csv", "usage-cn-hangzhou.csv", "storage-cn-hangzhou.csv");
        files.forEach(f -> assertThat(pulled.resolve(f)).isRegularFile());
        try (Stream<Path> all = Files.list(pulled)) {
            assertThat(all.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(files);
        }
        assertThat(Files.readAllLines(pulled.resolve("billing.csv"))).hasSize(1 + 31 * 6);
        // the ids the bill uses are the inventory's: instance, disk and EIP allocation ids
        assertThat(Files.readAllLines(pulled.resolve("inventory.csv"))).containsExactly(
                "ResourceId,ProviderName,ResourceType,RegionId,Spec,VCpu,MemoryGiB,State,CreatedAt,AttachedTo,"
                        + "BandwidthMbps,BandwidthBilling,Tags",
                "i-bp1idle0001,Alibaba Cloud,compute,cn-hangzhou,ecs.g7.xlarge,4,16,running,2025-03-01T02:00:00Z,,1,traffic,"
                        + "\"{\"\"env\"\":\"\"prod\"\",\"\"app\"\":\"\"reports\"\"}\"",
                "i-bp1busy0001,Alibaba Cloud,compute,cn-hangzhou,ecs.g7.xlarge,4,16,running,2025-01-10T02:00:00Z,,100,traffic,"
                        + "\"{\"\"env\"\":\"\"prod\"\",\"\"app\"\":\"\"shop\"\"}\"",
                "d-bp1sys0001,Alibaba Cloud,disk,cn-hangzhou,cloud_essd,,,in-use,2025-01-10T02:00:11Z,i-bp1busy0001,,,",
                "d-bp1free0001,Alibaba Cloud,disk,cn-hangzhou,cloud_essd,,,available,2026-03-01T00:00:00Z,,,,"
                        + "\"{\"\"env\"\":\"\"prod\"\"}\"",
                "s-bp1snap0001,Alibaba Cloud,snapshot,cn-hangzhou,,,,accomplished,2026-10-20T03:00:00Z,,,,",
                "eip-bp1free0001,Alibaba Cloud,ip,cn-hangzhou,,,,available,2026-02-01T00:00:00Z,,5,traffic,"
                        + "\"{\"\"env\"\":\"\"prod\"\"}\"",
                "rm-bp1db0001,Alibaba Cloud,database,cn-hangzhou,rds.mysql.s2.large,2,4,running,2024-05-01T01:02:03Z,,,,"
                        + "\"{\"\"env\"\":\"\"prod\"\",\"\"app\"\":\"\"shop\"\"}\"");
        // the first hour of October in China time, the response's period kept
        assertThat(Files.readAllLines(pulled.resolve("usage-cn-hangzhou.csv"))).startsWith(
                "ResourceId,Timestamp,Metric,Value,Statistic,PeriodSeconds",
                "i-bp1idle0001,2026-09-30T16:00:00Z,cpu_percent,1,Average,3600",
                "i-bp1idle0001,2026-09-30T16:00:00Z,cpu_percent,1.6,Maximum,3600",
                "i-bp1busy0001,2026-09-30T16:00:00Z,cpu_percent,55,Average,3600",
                "i-bp1busy0001,2026-09-30T16:00:00Z,cpu_percent,67,Maximum,3600");
        assertThat(Files.readAllLines(pulled.resolve("storage-cn-hangzhou.csv"))).containsExactly(
                "Bucket,Prefix,StorageClass,SizeBytes,ObjectCount,LastModified,LastAccessed",
                "acme-app,app/,Standard,1073741824,1,2026-10-20T08:00:00Z,",
                "acme-app,logs/,Standard,107374182400,3,2025-06-30T12:00:00Z,");
    }

    /** Each finding with the figures worked out by hand (see the class comment). */
    private static void assertFindings(Path file) {
        Table findings = Table.read().usingOptions(CsvReadOptions.builder(file.toFile())
                .columnTypesToDetect(List.of(ColumnType.STRING)));
        assertThat(rows(findings)).extracting(r -> r.getString("RuleId"), r -> r.getString("ResourceId"),
                        r -> r.getString("MonthlyCost"), r -> r.getString("StandaloneMonthlySavings"),
                        r -> r.getString("EstimatedMonthlySavings"), r -> r.getString("Confidence"))
                .containsExactlyInAnyOrder(
                        // 31 × 24.00; idle all month, network measured, p95 CPU ≈ 1.2 % ≤ 2.5 % → HIGH
                        tuple("idle-compute", IDLE, "744.00", "744.00", "744.00", "HIGH"),
                        // ecs.g7.xlarge (4 vCPU) fits ecs.g7.large (2): 1 − 2/4 = half of 744.00, MEDIUM as memory
                        // is not measured (no agent); the cleanup wins, so it adds nothing to the total
                        tuple("underutilized-compute", IDLE, "744.00", "372.00", "0.00", "MEDIUM"),
                        // 31 × 2.00, created 2026-03-01
                        tuple("unattached-disk", FREE_DISK, "62.00", "62.00", "62.00", "HIGH"),
                        // billed 31 × 0.48 (had it no bill line: the catalog's 0.02 × 730 h = 14.60)
                        tuple("unused-ip", FREE_EIP, "14.88", "14.88", "14.88", "HIGH"),
                        // 100 GiB × 0.12 CNY/GB-month (catalog Standard), newest object 488 days before 2026-11-01
                        tuple("stale-storage", "acme-app/logs/", "12.00", "12.00", "12.00", "MEDIUM"));
        Row stale = rows(findings).stream().filter(r -> r.getString("RuleId").equals("stale-storage")).findFirst().orElseThrow();
        assertThat(stale.getString("Action")).startsWith("Delete acme-app/logs/");
        assertThat(stale.getString("Reason")).startsWith("100.0 GB (3 objects) in Standard, newest object modified 2025-06-30, 488 days before 2026-11-01");
    }

    /** The spend, its reconciliation with the bill and the de-duplicated savings. */
    private static void assertSummary(Path file) throws IOException {
        JsonNode summary = JSON.readTree(file.toFile());
        assertThat(summary.get("currency").asText()).isEqualTo("CNY");
        assertThat(summary.get("billingPeriod").asText()).isEqualTo("2026-10");
        assertThat(summary.get("monthScale").asDouble()).isEqualTo(1.0);
        assertThat(summary.get("totalBilledCost").decimalValue()).isEqualByComparingTo("3249.73");
        JsonNode reconciliation = summary.get("reconciliation");
        assertThat(reconciliation.get("sourceBilledCost").decimalValue()).isEqualByComparingTo("3249.73");
        assertThat(reconciliation.get("reportedBilledCost").decimalValue()).isEqualByComparingTo("3249.73");
        assertThat(reconciliation.get("difference").decimalValue()).isEqualByComparingTo("0");
        assertThat(reconciliation.get("reconciled").asBoolean()).isTrue();
        JsonNode categories = summary.get("spendByServiceCategory");
        assertThat(categories.get("Compute").decimalValue()).isEqualByComparingTo("2232.00");      // ecs
        assertThat(categories.get("Databases").decimalValue()).isEqualByComparingTo("930.00");     // rds
        assertThat(categories.get("Storage").decimalValue()).isEqualByComparingTo("72.85");        // yundisk 62.00 + oss 10.85
        assertThat(categories.get("Networking").decimalValue()).isEqualByComparingTo("14.88");     // eip
        assertThat(summary.get("findingCount").asInt()).isEqualTo(5);
        // 744.00 + 62.00 + 14.88 + 12.00: the right-sizing of the idle instance is not counted twice
        assertThat(summary.get("totalMonthlySavings").decimalValue()).isEqualByComparingTo("832.88");
    }

    // ---- the bill: DescribeInstanceBill day by day, QueryBillOverview ----

    /** Every day of the month answers the six lines of the day template; one day in two pages. */
    private void stubBill() throws IOException {
        JsonNode template = JSON.readTree(fixture("describe-instance-bill-day.json"));
        for (LocalDate day = MONTH.atDay(1); !day.isAfter(MONTH.atEndOfMonth()); day = day.plusDays(1)) {
            ObjectNode response = template.deepCopy();
            ArrayNode items = (ArrayNode) response.get("Data").get("Items");
            for (JsonNode item : items) {
                ((ObjectNode) item).put("BillingDate", day.toString());
            }
            response.put("RequestId", UUID.nameUUIDFromBytes(day.toString().getBytes(StandardCharsets.UTF_8)).toString());
            if (day.equals(TWO_PAGE_DAY)) {
                stubTwoBillPages(day, response);
            } else {
                wm.stubFor(billDay(day).withQueryParam("NextToken", absent()).willReturn(json(200, response.toString())));
            }
        }
        wm.stubFor(action("QueryBillOverview").withQueryParam("BillingCycle", equalTo(MONTH.toString()))
                .willReturn(json(200, fixture("query-bill-overview.json"))));
    }

    /** The day's first four lines, then (after NextToken) the last two. */
    private static void stubTwoBillPages(LocalDate day, ObjectNode response) {
        String token = "CAESEgoQCg4KCmJpbGxpbmdfaWQ-" + day;
        ObjectNode first = response.deepCopy();
        ObjectNode second = response.deepCopy();
        ArrayNode firstItems = (ArrayNode) first.get("Data").get("Items");
        ArrayNode secondItems = (ArrayNode) second.get("Data").get("Items");
        firstItems.remove(5);
        firstItems.remove(4);
        for (int i = 0; i < 4; i++) {
            secondItems.remove(0);
        }
        ((ObjectNode) first.get("Data")).put("NextToken", token);
        wm.stubFor(billDay(day).withQueryParam("NextToken", absent()).willReturn(json(200, first.toString())));
        wm.stubFor(billDay(day).withQueryParam("NextToken", equalTo(token)).willReturn(json(200, second.toString())));
    }

    private static MappingBuilder billDay(LocalDate day) {
        return action("DescribeInstanceBill").withHeader("x-acs-version", equalTo("2017-12-14"))
                .withQueryParam("BillingCycle", equalTo(MONTH.toString())).withQueryParam("BillingDate", equalTo(day.toString()))
                .withQueryParam("Granularity", equalTo("DAILY")).withQueryParam("IsBillingItem", equalTo("true"))
                .withQueryParam("MaxResults", equalTo("300"));
    }

    // ---- the inventory: ECS, VPC, RDS ----

    private static void stubInventory() throws IOException {
        wm.stubFor(regional("DescribeInstances").withQueryParam("NextToken", absent())
                .willReturn(json(200, fixture("ecs-instances.json"))));
        wm.stubFor(regional("DescribeDisks").withQueryParam("NextToken", absent())
                .willReturn(json(200, fixture("ecs-disks.json"))));
        wm.stubFor(regional("DescribeSnapshots").withQueryParam("NextToken", absent())
                .willReturn(json(200, fixture("ecs-snapshots.json"))));
        wm.stubFor(regional("DescribeEipAddresses").withQueryParam("PageNumber", equalTo("1"))
                .willReturn(json(200, fixture("vpc-eips.json"))));
        wm.stubFor(regional("DescribeDBInstances").withQueryParam("NextToken", absent())
                .willReturn(json(200, fixture("rds-instances.json"))));
        wm.stubFor(action("DescribeDBInstanceAttribute").withQueryParam("DBInstanceId", equalTo(DB))
                .willReturn(json(200, fixture("rds-attribute.json"))));
        wm.stubFor(regional("ListTagResources").withQueryParam("ResourceType", equalTo("INSTANCE"))
                .withQueryParam("ResourceId.1", equalTo(DB)).willReturn(json(200, fixture("rds-tags.json"))));
    }

    private static MappingBuilder regional(String action) {
        return action(action).withQueryParam("RegionId", equalTo(REGION));
    }

    // ---- CloudMonitor: DescribeMetricList, every hour of the month ----

    /**
     * A daily wave: {@code base ± swing} over the day (a sine of the hour), the period's Maximum
     * {@code peakAbove} over its Average.
     */
    private record Load(double base, double swing, double peakAbove) {
        double average(int step) {
            return round2(base + swing * Math.sin(2 * Math.PI * step / STEPS_PER_DAY));
        }

        double maximum(int step) {
            return round2(average(step) + peakAbove);
        }
    }

    /**
     * Both instances are in a VPC with a public IP, so their traffic comes from the
     * {@code VPC_PublicIP_*} metrics (the classic {@code Internet*Rate} ones, asked only for
     * instances those leave without data, have no stub). The unassociated EIP has no traffic.
     */
    private static void stubMetrics() {
        // the idle instance: CPU 0.8–1.2 %, 100 bit/s in + out ≈ 1.08 MB a day (thresholds: p95 5 %, 5 MB/day)
        // the busy one: CPU 45–65 % (p95 ≈ 65 %: on 2 vCPU it would run at 130 %), 10 Mbit/s
        List<String> ecs = List.of(IDLE, BUSY);
        stubMetric("acs_ecs_dashboard", "CPUUtilization", ecs,
                Map.of(IDLE, new Load(1.0, 0.2, 0.6), BUSY, new Load(55, 10, 12)));
        stubMetric("acs_ecs_dashboard", "VPC_PublicIP_InternetOutRate", ecs,
                Map.of(IDLE, new Load(60, 20, 200), BUSY, new Load(8_000_000, 2_000_000, 4_000_000)));
        stubMetric("acs_ecs_dashboard", "VPC_PublicIP_InternetInRate", ecs,
                Map.of(IDLE, new Load(40, 10, 100), BUSY, new Load(2_000_000, 500_000, 1_000_000)));
        stubMetric("acs_ecs_dashboard", "memory_usedutilization", ecs, Map.of());   // no CloudMonitor agent
        stubMetric("acs_rds_dashboard", "CpuUsage", List.of(DB), Map.of(DB, new Load(40, 5, 15)));
        stubMetric("acs_rds_dashboard", "MemoryUsage", List.of(DB), Map.of(DB, new Load(60, 5, 10)));
        stubMetric("acs_rds_dashboard", "ConnectionUsage", List.of(DB), Map.of(DB, new Load(25, 3, 10)));
        stubMetric("acs_vpc_eip", "net_tx.rate", List.of(FREE_EIP), Map.of());
        stubMetric("acs_vpc_eip", "net_rx.rate", List.of(FREE_EIP), Map.of());
    }

    /**
     * Stubs the pages of one metric for {@code ids} (one query, as the pull batches them): the
     * points of every hour of the month, instance after instance within an hour, cut into
     * pages of {@link #PAGE_LENGTH} chained by NextToken. No load: one page without points.
     */
    private static void stubMetric(String namespace, String metric, List<String> ids, Map<String, Load> loads) {
        List<ObjectNode> points = new ArrayList<>();
        for (int step = 0; step < STEPS && !loads.isEmpty(); step++) {
            long timestamp = START.plusSeconds((long) step * PERIOD_SECONDS).toEpochMilli();
            for (String id : ids) {
                Load load = loads.get(id);
                ObjectNode point = JSON.createObjectNode().put("timestamp", timestamp).put("userId", ACCOUNT)
                        .put("instanceId", id);
                if (metric.startsWith("VPC_PublicIP_")) {
                    point.put("ip", PUBLIC_IPS.get(id));   // one series per public address
                }
                points.add(point.put("Minimum", Math.max(0, round2(load.average(step) - load.peakAbove())))
                        .put("Average", load.average(step)).put("Maximum", load.maximum(step)));
            }
        }
        int pages = Math.max(1, (points.size() + PAGE_LENGTH - 1) / PAGE_LENGTH);
        for (int page = 0; page < pages; page++) {
            ArrayNode datapoints = JSON.createArrayNode();
            points.subList(page * PAGE_LENGTH, Math.min(points.size(), (page + 1) * PAGE_LENGTH)).forEach(datapoints::add);
            ObjectNode body = JSON.createObjectNode().put("RequestId", metric + "-" + page).put("Success", true)
                    .put("Code", "200").put("Period", Integer.toString(PERIOD_SECONDS))
                    .put("Datapoints", datapoints.toString());
            if (page + 1 < pages) {
                body.put("NextToken", pageToken(metric, page + 1));
            }
            wm.stubFor(action("DescribeMetricList").withHeader("x-acs-version", equalTo("2019-01-01"))
                    .withQueryParam("Namespace", equalTo(namespace)).withQueryParam("MetricName", equalTo(metric))
                    .withQueryParam("Dimensions", equalTo(dimensions(ids)))
                    .withQueryParam("StartTime", equalTo(START.toString())).withQueryParam("EndTime", equalTo(END.toString()))
                    .withQueryParam("Period", equalTo(Integer.toString(ASKED_PERIOD_SECONDS)))
                    .withQueryParam("Length", equalTo(Integer.toString(PAGE_LENGTH)))
                    .withQueryParam("NextToken", page == 0 ? absent() : equalTo(pageToken(metric, page)))
                    .willReturn(json(200, body.toString())));
        }
    }

    private static String pageToken(String metric, int page) {
        return "15761485350009dd" + metric + page;
    }

    private static String dimensions(List<String> ids) {
        ArrayNode array = JSON.createArrayNode();
        ids.forEach(id -> array.addObject().put("instanceId", id));
        return array.toString();
    }

    private static double round2(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    // ---- OSS: ListBuckets, GetBucketLifecycle, ListObjectsV2 (path-style on localhost) ----

    private static void stubOss() throws IOException {
        wm.stubFor(get(urlPathEqualTo("/")).willReturn(xml(200, fixture("oss/list-buckets.xml"))));
        wm.stubFor(get(urlPathEqualTo("/" + BUCKET + "/")).withQueryParam("lifecycle", equalTo(""))
                .willReturn(xml(404, fixture("oss/no-such-lifecycle.xml"))));
        wm.stubFor(get(urlPathEqualTo("/" + BUCKET + "/")).withQueryParam("list-type", equalTo("2"))
                .withQueryParam("continuation-token", absent()).willReturn(xml(200, fixture("oss/list-objects-page1.xml"))));
        wm.stubFor(get(urlPathEqualTo("/" + BUCKET + "/")).withQueryParam("list-type", equalTo("2"))
                .withQueryParam("continuation-token", equalTo("Cgpsb2dzLzIwMjUvMDYvYXBwLTIubG9nEAA-"))
                .willReturn(xml(200, fixture("oss/list-objects-page2.xml"))));
    }

    // ---- helpers ----

    /** A tea (signature V3) call: {@code POST /?…} naming its action in a header. */
    private static MappingBuilder action(String action) {
        return post(urlPathEqualTo("/")).withHeader("x-acs-action", equalTo(action));
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json;charset=utf-8").withBody(body);
    }

    private static ResponseDefinitionBuilder xml(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/xml")
                .withHeader("x-oss-request-id", "5C3D9175B6FC201293AD0000").withBody(body);
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = PullAliyunCommandTest.class.getResourceAsStream("/pull-aliyun/" + name)) {
            return new String(Objects.requireNonNull(in, "fixture pull-aliyun/" + name).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The requests answered by a catch-all stub, as "METHOD url". */
    private List<String> noStubWasHit() {
        return wm.getAllServeEvents().stream()
                .filter(e -> e.getStubMapping() != null && (e.getStubMapping().getId().equals(noStub.getId())
                        || e.getStubMapping().getId().equals(noOssStub.getId())))
                .map(e -> e.getRequest().getMethod() + " " + e.getRequest().getUrl()).toList();
    }

    private static List<Row> rows(Table t) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < t.rowCount(); i++) {
            rows.add(t.row(i));
        }
        return rows;
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }
}
