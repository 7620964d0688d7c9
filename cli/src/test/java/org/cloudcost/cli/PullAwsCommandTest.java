package org.cloudcost.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.cloudcost.core.testing.PulledFilesContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * {@code cloudcost pull aws} end to end: the real AWS SDK clients (Cost Explorer JSON 1.1,
 * CloudWatch RPC v2 CBOR, EC2 and RDS query XML, S3 REST XML), sent by {@code --endpoint-url} to
 * one WireMock server that replays a small account for October 2026 in us-east-1, then
 * {@code cloudcost analyze} on the files the pull wrote.
 *
 * <p>The estate (account 011122223333), billed by Cost Explorer every day of the month by
 * service (no resource ids: the rules price resources from the inventory and the AWS catalog):
 * <pre>
 * resource               what the data says
 * i-0idle000000000001    m6i.xlarge, CPU ~1 %, ~100 bit/s of traffic     → idle
 * i-0busy000000000002    m6i.xlarge, CPU 45–65 %, ~10 Mbit/s             → nothing
 * vol-0root000000000002  gp3 50 GiB, in use, 30 IOPS                     → nothing
 * vol-0free000000000001  gp3 200 GiB, available since 2026-03-01         → unattached
 * eipalloc-0free…0001    Elastic IP associated with nothing              → unused
 * shop                   db.r6g.large, CPU ~40 %, ~25 connections        → nothing
 * acme-logs              100 GiB STANDARD by CloudWatch (age unknown)    → nothing
 * </pre>
 * Cost Explorer's daily lines come in two pages (days 1–15, then 16–31) and add up to its
 * monthly total: 31 × 15.956 = 494.636 USD.
 */
class PullAwsCommandTest {
    private static final YearMonth MONTH = YearMonth.of(2026, 10);
    private static final String REGION = "us-east-1";
    private static final String ACCOUNT = "011122223333";
    private static final String IDLE = "i-0idle000000000001";
    private static final String BUSY = "i-0busy000000000002";
    private static final String ROOT_VOLUME = "vol-0root000000000002";
    private static final String FREE_VOLUME = "vol-0free000000000001";
    private static final String FREE_EIP = "arn:aws:ec2:us-east-1:011122223333:elastic-ip/eipalloc-0free00000000001";
    private static final String DB = "arn:aws:rds:us-east-1:011122223333:db:shop";
    private static final Instant START = MONTH.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant END = MONTH.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    /** Cost Explorer services and their daily cost (USD). */
    private static final Map<String, String> DAILY = Map.of("Amazon Elastic Compute Cloud - Compute", "9.216",
            "EC2 - Other", "1.5", "Amazon Relational Database Service", "5.16", "Amazon Simple Storage Service", "0.08");
    private static final String PAGE_2 = "AQICAHh-day-16";
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()
            .notifier(new Slf4jNotifier(false)).extensions(new AwsCloudWatchStub(PullAwsCommandTest::metric))).build();

    private static final String KEY_ID = "aws.accessKeyId";
    private static final String KEY_SECRET = "aws.secretAccessKey";

    @TempDir
    Path dir;

    private String keyIdBefore;
    private String keySecretBefore;
    private StubMapping noStub;

    @BeforeEach
    void credentialsAndTheAccount() throws IOException {
        keyIdBefore = System.getProperty(KEY_ID);
        keySecretBefore = System.getProperty(KEY_SECRET);
        System.setProperty(KEY_ID, "AKIDTEST");
        System.setProperty(KEY_SECRET, "test-secret");
        noStub = wm.stubFor(any(anyUrl()).atPriority(100).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/xml")
                .withBody("<Error><Code>NoStub</Code><Message>no stub matches this request</Message></Error>")));
        stubCostExplorer(MONTH, MONTH.lengthOfMonth(), 5);
        stubEc2AndRds();
        stubS3();
        wm.stubFor(post(urlPathEqualTo(AwsCloudWatchStub.PATH)).willReturn(aResponse().withTransformers(AwsCloudWatchStub.NAME)));
    }

    @AfterEach
    void restoreCredentials() {
        restore(KEY_ID, keyIdBefore);
        restore(KEY_SECRET, keySecretBefore);
    }

    @Test
    void pullsTheMonthAndAnalyzeFindsTheIdleAndTheForgotten() throws IOException {
        Path pulled = dir.resolve("pulled");

        CommandRun pull = CommandRun.of("pull", "aws", "--month", MONTH.toString(), "--regions", REGION,
                "--endpoint-url", wm.baseUrl(), "--out", pulled.toString(), "--no-progress").assertExit(ExitCodes.OK);

        pull.assertErr().isEmpty();
        pull.assertOut()
                .contains("bill 2026-10 (Cost Explorer): 124 line(s), 31 day(s), 3 call(s), 494.64 USD = total 494.64 USD")
                .contains("inventory: {compute=2, disk=2, snapshot=1, ip=1, database=1, bucket=1}")
                // per instance per hour: CPU Average + Maximum, net in, net out; DB: CPU and connections ×2; root volume: IOPS
                .contains("usage rows: {us-east-1=" + 744 * (2 * 4 + 4 + 1) + "}")
                .contains("storage rows: {us-east-1=1}")
                .contains("note: 1 S3 bucket(s) in regions not pulled are left out: acme-eu-archive (eu-west-1)");
        assertThat(noStubWasHit()).as("requests no stub matched").isEmpty();
        wm.verify(2, postRequestedFor(urlPathEqualTo("/")).withHeader("X-Amz-Target",
                equalTo("AWSInsightsIndexService.GetCostAndUsage")).withRequestBody(matchingJsonPath("$.Granularity", equalTo("DAILY"))));
        assertPulledFiles(pulled);
        PulledFilesContract.check(pulled.resolve("billing.csv"), pulled.resolve("inventory.csv"),
                List.of(pulled.resolve("usage-us-east-1.csv")), List.of(pulled.resolve("storage-us-east-1.csv")));

        Path out = dir.resolve("analysis");
        CommandRun analysis = PulledMonth.analyzeAsPrinted(pull, pulled, "us-east-1", out);
        // a bill by service prices no instance or disk: the rules that need a resource's cost say so and skip;
        // the unused Elastic IP is priced from the catalog: 0.005 USD/h × 730 h
        analysis.assertOut().contains("idle-compute: 2 resources, e.g. i-0busy000000000002: no billed cost")
                .contains("unattached-disk: 1 resource, e.g. vol-0free000000000001: no billed cost");
        assertThat(findings(out.resolve("findings.csv"))).as(analysis::toString)
                .extracting(r -> r.getString("RuleId"), r -> r.getString("ResourceId"), r -> r.getString("Currency"),
                        r -> r.getString("EstimatedMonthlySavings"))
                .containsExactly(tuple("unused-ip", FREE_EIP, "USD", "3.65"));
        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        assertThat(summary.get("currency").asText()).isEqualTo("USD");
        assertThat(summary.get("totalBilledCost").decimalValue()).isEqualByComparingTo("494.64");
        assertThat(summary.get("spendByServiceCategory").get("Compute").decimalValue())
                .isEqualByComparingTo("332.20");   // 31 × (EC2 9.216 + EC2 - Other 1.50), in cents
        assertThat(summary.get("spendByServiceCategory").get("Databases").decimalValue()).isEqualByComparingTo("159.96");
    }

    /**
     * The month in progress with {@code --resource-level}: its last (up to) 14 days come split by
     * resource, so the idle instance and the unattached volume carry their billed cost and the rules
     * price them. The month and days follow the real clock.
     */
    @Test
    void resourceLevelCostOfTheCurrentMonthLetsTheRulesPriceInstancesAndDisks() throws IOException {
        Instant now = Instant.now();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        YearMonth month = YearMonth.from(today);
        org.junit.jupiter.api.Assumptions.assumeTrue(now.isAfter(month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant()
                .plusSeconds(3600)), "the first hour of a month has no CloudWatch hour to pull yet");
        stubCostExplorer(month, today.getDayOfMonth(), 1);
        LocalDate first = today.minusDays(13).isBefore(month.atDay(1)) ? month.atDay(1) : today.minusDays(13);
        List<LocalDate> window = first.datesUntil(today.plusDays(1)).toList();
        stubResources(window);
        Path pulled = dir.resolve("pulled");

        CommandRun pull = CommandRun.of("pull", "aws", "--month", month.toString(), "--regions", REGION, "--resource-level",
                "--endpoint-url", wm.baseUrl(), "--out", pulled.toString(), "--no-progress").assertExit(ExitCodes.OK);

        pull.assertErr().isEmpty();
        // per day of the window: EC2 in two instances; EC2 - Other in two volumes and the rest
        pull.assertOut().contains("(" + window.size() * 4 + " by resource)")
                .contains("note: resource-level cost: " + first + " to " + today + " split by resource");
        assertThat(noStubWasHit()).as("requests no stub matched").isEmpty();
        PulledFilesContract.check(pulled.resolve("billing.csv"), pulled.resolve("inventory.csv"),
                List.of(pulled.resolve("usage-us-east-1.csv")), List.of(pulled.resolve("storage-us-east-1.csv")));
        assertThat(Files.readAllLines(pulled.resolve("billing.csv")))
                .anySatisfy(l -> assertThat(l).startsWith("0.5333333333,0.5333333333,,USD,")
                        .contains(",Storage,EC2 - Other,AWS,,vol-0free000000000001,"));

        Path out = dir.resolve("analysis");
        CommandRun analysis = CommandRun.of("analyze", "--billing", pulled.resolve("billing.csv").toString(),
                "--inventory", pulled.resolve("inventory.csv").toString(), "--usage",
                pulled.resolve("usage-us-east-1.csv").toString(), "--storage", pulled.resolve("storage-us-east-1.csv").toString(),
                "--out", out.toString(), "--no-progress").assertExit(ExitCodes.OK);

        List<Row> rows = findings(out.resolve("findings.csv"));
        assertThat(rows).as(analysis::toString).extracting(r -> r.getString("RuleId"), r -> r.getString("ResourceId"))
                .contains(tuple("idle-compute", IDLE), tuple("unattached-disk", FREE_VOLUME), tuple("unused-ip", FREE_EIP))
                .doesNotContain(tuple("idle-compute", BUSY));
        // the idle instance's right-sizing adds nothing once its cleanup counts
        assertThat(rows).allSatisfy(r -> assertThat(new BigDecimal(r.getString("EstimatedMonthlySavings"))).isNotNegative());
        assertThat(rows).filteredOn(r -> r.getString("RuleId").equals("unattached-disk")).singleElement()
                .satisfies(r -> assertThat(r.getString("Reason")).contains("billed"));
    }

    @Test
    void aDeniedInventoryCallIsOneLineNamingTheIamActionAndExitCode3() throws IOException {
        wm.stubFor(ec2("DescribeInstances").atPriority(1).willReturn(xml(403, fixture("unauthorized-operation.xml"))));
        Path pulled = dir.resolve("pulled");

        CommandRun run = CommandRun.of("pull", "aws", "--month", MONTH.toString(), "--regions", REGION,
                "--endpoint-url", wm.baseUrl(), "--out", pulled.toString(), "--no-progress");

        run.assertExit(ExitCodes.BAD_INPUT);
        assertThat(run.errLines()).containsExactly("cloudcost: error: ec2:DescribeInstances was denied (UnauthorizedOperation):"
                + " grant \"ec2:DescribeInstances\" to the credentials in use (docs/aws-iam-policy.json lists every action"
                + " cloudcost calls)");
        // the bill was whole and is kept; nothing of the inventory or later, and no .part file
        try (Stream<Path> files = Files.list(pulled)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("billing.csv");
        }
    }

    @Test
    void aMonthNotBegunAndABadRegionAreOneLine() {
        CommandRun future = CommandRun.of("pull", "aws", "--month", "2099-01", "--regions", REGION,
                "--endpoint-url", wm.baseUrl(), "--out", dir.resolve("x").toString(), "--no-progress");
        future.assertExit(ExitCodes.BAD_INPUT);
        assertThat(future.errLines()).singleElement().asString().startsWith("cloudcost: error: the month 2099-01 has not begun");

        CommandRun region = CommandRun.of("pull", "aws", "--month", "2026-10", "--regions", "us-east",
                "--endpoint-url", wm.baseUrl(), "--out", dir.resolve("y").toString(), "--no-progress");
        region.assertExit(ExitCodes.BAD_INPUT);
        assertThat(region.errLines()).containsExactly(
                "cloudcost: error: AWS region id expected (us-east-1, eu-west-1, …), found \"us-east\"");
    }

    // ---- what the files hold ----

    private static void assertPulledFiles(Path pulled) throws IOException {
        List<String> files = List.of("billing.csv", "inventory.csv", "usage-us-east-1.csv", "storage-us-east-1.csv");
        try (Stream<Path> all = Files.list(pulled)) {
            assertThat(all.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(files);
        }
        List<String> billing = Files.readAllLines(pulled.resolve("billing.csv"));
        assertThat(billing).hasSize(1 + 31 * 4);
        assertThat(billing.get(1)).startsWith("9.216,9.216,,USD,," + ACCOUNT + ",2026-10-01T00:00:00Z,2026-11-01T00:00:00Z,"
                + "2026-10-01T00:00:00Z,2026-10-02T00:00:00Z,Usage,Compute,Amazon Elastic Compute Cloud - Compute,AWS,");
        List<String> inventory = Files.readAllLines(pulled.resolve("inventory.csv"));
        assertThat(inventory).extracting(l -> l.split(",")[0]).containsExactly("ResourceId", IDLE, BUSY, ROOT_VOLUME,
                FREE_VOLUME, "arn:aws:ec2:us-east-1:011122223333:snapshot/snap-0week000000000001", FREE_EIP, DB, "acme-logs");
        // the first hour of October; a rate from bytes per hour; RDS by its ARN; IOPS from reads + writes
        List<String> usage = Files.readAllLines(pulled.resolve("usage-us-east-1.csv"));
        assertThat(usage).startsWith("ResourceId,Timestamp,Metric,Value,Statistic,PeriodSeconds",
                IDLE + ",2026-10-01T00:00:00Z,cpu_percent,1,Average,3600",
                IDLE + ",2026-10-01T00:00:00Z,cpu_percent,1.6,Maximum,3600");
        assertThat(usage).contains(BUSY + ",2026-10-01T00:00:00Z,net_out_bps,10000000,Average,3600",
                DB + ",2026-10-01T00:00:00Z,db_connections,25,Average,3600",
                ROOT_VOLUME + ",2026-10-01T00:00:00Z,disk_iops,30,Average,3600");
        assertThat(usage).noneMatch(l -> l.startsWith(FREE_VOLUME));
        assertThat(Files.readAllLines(pulled.resolve("storage-us-east-1.csv"))).containsExactly(
                "Bucket,Prefix,StorageClass,SizeBytes,ObjectCount,LastModified,LastAccessed",
                "acme-logs,,STANDARD,107374182400,,,");
    }

    private static List<Row> findings(Path file) {
        Table findings = Table.read().usingOptions(CsvReadOptions.builder(file.toFile())
                .columnTypesToDetect(List.of(ColumnType.STRING)));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < findings.rowCount(); i++) {
            rows.add(findings.row(i));
        }
        return rows;
    }

    // ---- CloudWatch: every hour of the month (S3: every day) ----

    /** A daily wave: {@code base ± swing} over the day. */
    private static double wave(double base, double swing, Instant t) {
        int hour = (int) ((t.getEpochSecond() / 3600) % 24);
        return BigDecimal.valueOf(base + swing * Math.sin(2 * Math.PI * hour / 24)).setScale(2, java.math.RoundingMode.HALF_UP)
                .doubleValue();
    }

    private static Double metric(AwsCloudWatchStub.Query q, Instant t) {
        String id = q.dimensions().values().iterator().next();
        boolean max = q.stat().equals("Maximum");
        return switch (q.namespace() + "/" + q.metric()) {
            case "AWS/EC2/CPUUtilization" -> id.equals(IDLE) ? wave(1.0, 0.2, t) + (max ? 0.6 : 0)
                    : wave(55, 10, t) + (max ? 12 : 0);
            // bytes in the hour: 100 bit/s for the idle one, 10 Mbit/s out (2.5 in) for the busy one
            case "AWS/EC2/NetworkIn" -> id.equals(IDLE) ? 45_000.0 : 1_125_000_000.0;
            case "AWS/EC2/NetworkOut" -> id.equals(IDLE) ? 45_000.0 : 4_500_000_000.0;
            case "AWS/RDS/CPUUtilization" -> wave(40, 5, t) + (max ? 15 : 0);
            case "AWS/RDS/DatabaseConnections" -> max ? 35.0 : 25.0;
            case "AWS/EBS/VolumeReadOps" -> id.equals(ROOT_VOLUME) ? 36_000.0 : null;
            case "AWS/EBS/VolumeWriteOps" -> id.equals(ROOT_VOLUME) ? 72_000.0 : null;
            case "AWS/S3/BucketSizeBytes" -> id.equals("acme-logs") && q.dimensions().get("StorageType").equals("StandardStorage")
                    ? 107_374_182_400.0 : null;
            case "AWS/S3/NumberOfObjects" -> null;
            default -> throw new AssertionError("unexpected CloudWatch query " + q);
        };
    }

    // ---- Cost Explorer: GetCostAndUsage daily in two pages, and the monthly total ----

    /** Daily lines for days 1 to {@code lastDay} of {@code month} in two pages, and their total; matched on the month. */
    private static void stubCostExplorer(YearMonth month, int lastDay, int priority) {
        int split = (lastDay + 1) / 2;
        String start = month.atDay(1).toString();
        wm.stubFor(ce().atPriority(priority).withRequestBody(matchingJsonPath("$.TimePeriod.Start", equalTo(start)))
                .withRequestBody(matchingJsonPath("$.Granularity", equalTo("DAILY")))
                .withRequestBody(matchingJsonPath("$.NextPageToken", absent()))
                .willReturn(json(dailyPage(month, 1, split, split < lastDay ? PAGE_2 : null))));
        wm.stubFor(ce().atPriority(priority).withRequestBody(matchingJsonPath("$.TimePeriod.Start", equalTo(start)))
                .withRequestBody(matchingJsonPath("$.Granularity", equalTo("DAILY")))
                .withRequestBody(matchingJsonPath("$.NextPageToken", equalTo(PAGE_2)))
                .willReturn(json(dailyPage(month, split + 1, lastDay, null))));
        BigDecimal day = DAILY.values().stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
        ObjectNode total = JSON.createObjectNode();
        String monthAmount = day.multiply(BigDecimal.valueOf(lastDay)).toPlainString();
        ObjectNode totals = total.putArray("ResultsByTime").addObject().<ObjectNode>set("TimePeriod", JSON.createObjectNode()
                        .put("Start", start).put("End", month.plusMonths(1).atDay(1).toString()))
                .putObject("Total");
        totals.putObject("UnblendedCost").put("Amount", monthAmount).put("Unit", "USD");
        totals.putObject("AmortizedCost").put("Amount", monthAmount).put("Unit", "USD");
        wm.stubFor(ce().atPriority(priority).withRequestBody(matchingJsonPath("$.TimePeriod.Start", equalTo(start)))
                .withRequestBody(matchingJsonPath("$.Granularity", equalTo("MONTHLY"))).willReturn(json(total.toString())));
    }

    private static String dailyPage(YearMonth month, int from, int to, String next) {
        ObjectNode page = JSON.createObjectNode();
        ArrayNode results = page.putArray("ResultsByTime");
        for (int d = from; d <= to; d++) {
            LocalDate day = month.atDay(d);
            ObjectNode r = results.addObject();
            r.putObject("TimePeriod").put("Start", day.toString()).put("End", day.plusDays(1).toString());
            r.putObject("Total");
            ArrayNode groups = r.putArray("Groups");
            DAILY.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> addGroup(groups, e.getValue(),
                    e.getKey(), ACCOUNT));
            r.put("Estimated", false);
        }
        if (next != null) {
            page.put("NextPageToken", next);
        }
        return page.toString();
    }

    /**
     * GetCostAndUsageWithResources for {@code days}: EC2 instances at half the day's EC2 cost each; of
     * {@code EC2 - Other}, the two volumes (gp3 at 0.08 USD/GB-month over 30 days), the rest on no resource.
     */
    private static void stubResources(List<LocalDate> days) {
        Map<String, Map<String, String>> byService = Map.of(
                "Amazon Elastic Compute Cloud - Compute", Map.of(IDLE, "4.608", BUSY, "4.608"),
                "EC2 - Other", Map.of(FREE_VOLUME, "0.5333333333", ROOT_VOLUME, "0.1333333333", "NoResourceId", "0.8333333334"));
        for (String service : List.of("Amazon Elastic Compute Cloud - Compute", "EC2 - Other",
                "Amazon Relational Database Service", "Amazon Simple Storage Service")) {
            ObjectNode page = JSON.createObjectNode();
            ArrayNode results = page.putArray("ResultsByTime");
            for (LocalDate day : days) {
                ObjectNode r = results.addObject();
                r.putObject("TimePeriod").put("Start", day.toString()).put("End", day.plusDays(1).toString());
                r.putObject("Total");
                ArrayNode groups = r.putArray("Groups");
                byService.getOrDefault(service, Map.of()).entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .forEach(e -> addGroup(groups, e.getValue(), ACCOUNT, e.getKey()));
                r.put("Estimated", true);
            }
            wm.stubFor(post(urlPathEqualTo("/")).withHeader("X-Amz-Target",
                            equalTo("AWSInsightsIndexService.GetCostAndUsageWithResources"))
                    .withRequestBody(matchingJsonPath("$.Filter.Dimensions.Values[0]", equalTo(service)))
                    .willReturn(json(page.toString())));
        }
    }

    private static void addGroup(ArrayNode groups, String amount, String key1, String key2) {
        ObjectNode g = groups.addObject();
        g.putArray("Keys").add(key1).add(key2);
        ObjectNode metrics = g.putObject("Metrics");
        metrics.putObject("UnblendedCost").put("Amount", amount).put("Unit", "USD");
        metrics.putObject("AmortizedCost").put("Amount", amount).put("Unit", "USD");
    }

    private static MappingBuilder ce() {
        return post(urlPathEqualTo("/")).withHeader("X-Amz-Target", equalTo("AWSInsightsIndexService.GetCostAndUsage"));
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.1").withBody(body);
    }

    // ---- EC2 and RDS (query protocol, XML answers), S3 (REST XML, path-style) ----

    private static void stubEc2AndRds() throws IOException {
        wm.stubFor(ec2("DescribeSecurityGroups").willReturn(xml(200, fixture("describe-security-groups.xml"))));
        wm.stubFor(ec2("DescribeInstances").willReturn(xml(200, fixture("describe-instances.xml"))));
        wm.stubFor(ec2("DescribeVolumes").willReturn(xml(200, fixture("describe-volumes.xml"))));
        wm.stubFor(ec2("DescribeSnapshots").withRequestBody(containing("Owner.1=self"))
                .willReturn(xml(200, fixture("describe-snapshots.xml"))));
        wm.stubFor(ec2("DescribeAddresses").willReturn(xml(200, fixture("describe-addresses.xml"))));
        wm.stubFor(ec2("DescribeNatGateways").willReturn(xml(200, fixture("describe-nat-gateways.xml"))));
        wm.stubFor(post(urlPathEqualTo("/")).withRequestBody(containing("Action=DescribeDBInstances"))
                .withRequestBody(containing("Version=2014-10-31")).willReturn(xml(200, fixture("describe-db-instances.xml"))));
    }

    private static MappingBuilder ec2(String action) {
        return post(urlPathEqualTo("/")).withRequestBody(containing("Action=" + action + "&"))
                .withRequestBody(containing("Version=2016-11-15"));
    }

    private static void stubS3() throws IOException {
        wm.stubFor(get(urlPathEqualTo("/")).withQueryParam("max-buckets", matching("\\d+"))
                .willReturn(xml(200, fixture("list-buckets.xml"))));
        wm.stubFor(get(urlPathEqualTo("/acme-logs")).withQueryParam("tagging", matching(".*"))
                .willReturn(xml(404, fixture("no-such-tag-set.xml"))));
        wm.stubFor(get(urlPathEqualTo("/acme-logs")).withQueryParam("lifecycle", matching(".*"))
                .willReturn(xml(404, fixture("no-such-lifecycle.xml"))));
        wm.stubFor(get(urlPathEqualTo("/acme-logs")).withQueryParam("inventory", matching(".*"))
                .willReturn(xml(200, fixture("no-inventory.xml"))));
        for (String sub : List.of("tagging", "lifecycle")) {
            wm.stubFor(get(urlPathEqualTo("/acme-eu-archive")).withQueryParam(sub, matching(".*"))
                    .willReturn(xml(404, fixture(sub.equals("tagging") ? "no-such-tag-set.xml" : "no-such-lifecycle.xml"))));
        }
    }

    private static ResponseDefinitionBuilder xml(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "text/xml;charset=UTF-8").withBody(body);
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = PullAwsCommandTest.class.getResourceAsStream("/pull-aws/" + name)) {
            return new String(Objects.requireNonNull(in, "fixture pull-aws/" + name).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private List<String> noStubWasHit() {
        return wm.getAllServeEvents().stream()
                .filter(e -> e.getStubMapping() != null && e.getStubMapping().getId().equals(noStub.getId()))
                .map(e -> e.getRequest().getMethod() + " " + e.getRequest().getUrl() + " " + e.getRequest().getBodyAsString())
                .toList();
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }
}
