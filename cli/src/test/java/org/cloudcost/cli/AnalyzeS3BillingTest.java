package org.cloudcost.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPOutputStream;
import org.cloudcost.core.testing.SharedSamples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cloudcost analyze --billing s3://…} end to end: the real S3 client, sent by
 * {@code --aws-endpoint-url} to WireMock (path-style REST XML), reads a month of CUR files and
 * gives the same summary as the same lines read from a local file.
 *
 * <p>The month is {@code analyze-s3/cur-legacy-2026-10.csv} (a copy of providers-aws's legacy CUR
 * fixture: usage, Savings Plan and RI lines, fees, credit, refund, tax, discount), cut into two
 * gzipped parts as AWS splits a large report. The legacy bucket {@code billing} holds, under
 * {@code cur/}: September's manifest, an outdated assembly {@code a1} of October, October's
 * manifest naming assembly {@code b2}, and {@code b2}'s two files; the listing comes in two pages.
 */
class AnalyzeS3BillingTest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final String FIXTURE = "cur-legacy-2026-10.csv";
    private static final String MONTH_FOLDER = "cur/acme/20261001-20261101/";
    private static final String PART_1 = MONTH_FOLDER + "b2/acme-1.csv.gz";
    private static final String PART_2 = MONTH_FOLDER + "b2/acme-2.csv.gz";
    private static final String OUTDATED = MONTH_FOLDER + "a1/acme-1.csv.gz";
    /** providers-aws' CUR 2.0 fixture (October 2026): every line item type, Savings Plan and RI columns. */
    private static final Path CUR2 = SharedSamples.repoRoot()
            .resolve("providers-aws/src/test/resources/org/cloudcost/aws/cur/cur2-2026-10.csv");
    private static final String KEY_ID = "aws.accessKeyId";
    private static final String KEY_SECRET = "aws.secretAccessKey";

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().notifier(new Slf4jNotifier(false))).build();

    @TempDir
    Path dir;

    private String keyIdBefore;
    private String keySecretBefore;

    @BeforeEach
    void credentialsAndTheBucket() {
        keyIdBefore = System.getProperty(KEY_ID);
        keySecretBefore = System.getProperty(KEY_SECRET);
        System.setProperty(KEY_ID, "AKIDTEST");
        System.setProperty(KEY_SECRET, "test-secret");
        wm.stubFor(any(anyUrl()).atPriority(100).willReturn(xml(400,
                "<Error><Code>NoStub</Code><Message>no stub matches this request</Message></Error>")));
        List<String> parts = fixtureInTwoParts();
        wm.stubFor(listObjects("billing").withQueryParam("prefix", equalTo("cur/"))
                .withQueryParam("continuation-token", absent())
                .willReturn(xml(200, listing("billing", "cur/", "page-2",
                        "cur/acme/20260901-20261001/acme-Manifest.json", "900",
                        OUTDATED, "100",
                        MONTH_FOLDER + "acme-Manifest.json", "700"))));
        wm.stubFor(listObjects("billing").withQueryParam("prefix", equalTo("cur/"))
                .withQueryParam("continuation-token", equalTo("page-2"))
                .willReturn(xml(200, listing("billing", "cur/", null,
                        PART_1, Integer.toString(gzip(parts.get(0)).length),
                        PART_2, Integer.toString(gzip(parts.get(1)).length),
                        MONTH_FOLDER + "b2/acme-Manifest.json", "700"))));
        wm.stubFor(object("billing", MONTH_FOLDER + "acme-Manifest.json")
                .willReturn(bytes(fixture("acme-Manifest.json").getBytes(StandardCharsets.UTF_8))));
        wm.stubFor(object("billing", PART_1).willReturn(bytes(gzip(parts.get(0)))));
        wm.stubFor(object("billing", PART_2).willReturn(bytes(gzip(parts.get(1)))));
    }

    @AfterEach
    void restoreCredentials() {
        restore(KEY_ID, keyIdBefore);
        restore(KEY_SECRET, keySecretBefore);
    }

    @Test
    void aMonthReadFromS3GivesTheSummaryOfTheSameLinesOnDisk() throws IOException {
        CommandRun fromS3 = analyze("s3", "--billing", "s3://billing/cur/", "--month", "2026-10")
                .assertExit(ExitCodes.OK);
        analyze("disk", "--billing", localFixture().toString()).assertExit(ExitCodes.OK);

        JsonNode s3 = assertSameSummaryAsDisk(fromS3);
        assertThat(s3.get("dataQuality").get("files").findValuesAsText("file"))
                .containsExactly("s3://billing/" + PART_1, "s3://billing/" + PART_2);
        assertThat(s3.get("dataQuality").get("files").findValuesAsText("format")).containsOnly("aws-cur");
        // each file of the manifest streamed once, the outdated assembly never fetched, no copy beside the outputs
        wm.verify(1, getRequestedFor(urlPathEqualTo("/billing/" + PART_1)));
        wm.verify(1, getRequestedFor(urlPathEqualTo("/billing/" + PART_2)));
        wm.verify(0, getRequestedFor(urlPathEqualTo("/billing/" + OUTDATED)));
        wm.verify(2, getRequestedFor(urlPathEqualTo("/billing")));
        try (var written = Files.list(dir.resolve("s3"))) {
            assertThat(written.map(p -> p.getFileName().toString())).contains("summary.json")
                    .noneMatch(name -> name.startsWith("acme") || name.endsWith(".gz"));
        }
    }

    @Test
    void localFilesAndS3LocationsMixInOneAnalysis() throws IOException {
        List<String> parts = fixtureInTwoParts();
        Path first = Files.writeString(dir.resolve("acme-part-1.csv"), parts.get(0));
        wm.stubFor(listObjects("exports").willReturn(xml(200, listing("exports", "", null,
                "acme/data/BILLING_PERIOD=2026-09/acme-00001.csv.gz", "10",
                "acme/data/BILLING_PERIOD=2026-10/acme-00001.csv.gz", "20"))));
        // the SDK sends the key's "=" as %3D
        wm.stubFor(object("exports", "acme/data/BILLING_PERIOD%3D2026-10/acme-00001.csv.gz")
                .willReturn(bytes(gzip(parts.get(1)))));

        analyze("mixed", "--billing", first.toString(), "s3://exports", "--month", "2026-10").assertExit(ExitCodes.OK);
        analyze("disk", "--billing", localFixture().toString()).assertExit(ExitCodes.OK);

        assertThat(summary("mixed").get("totalBilledCost").decimalValue())
                .isEqualByComparingTo(summary("disk").get("totalBilledCost").decimalValue());
        assertThat(summary("mixed").get("dataQuality").get("files").findValuesAsText("file"))
                .containsExactly(first.toString(), "s3://exports/acme/data/BILLING_PERIOD=2026-10/acme-00001.csv.gz");
    }

    @Test
    void aDataExportsMonthInParquetGivesTheSummaryOfTheSameLinesOnDisk() throws IOException {
        Path csv = Files.copy(CUR2, dir.resolve(CUR2.getFileName()));
        byte[] parquet = dataExportsParquet(csv, dir.resolve("cur2.parquet"));
        String key = "acme/data/BILLING_PERIOD=2026-10/acme-00001.snappy.parquet";
        String sent = key.replace("=", "%3D"); // as the SDK sends it
        wm.stubFor(listObjects("exports").willReturn(xml(200, listing("exports", "", null,
                "acme/data/BILLING_PERIOD=2026-09/acme-00001.snappy.parquet", "10",
                key, Integer.toString(parquet.length)))));
        wm.stubFor(object("exports", sent).willReturn(bytes(parquet)));

        CommandRun fromS3 = analyze("s3", "--billing", "s3://exports/", "--month", "2026-10").assertExit(ExitCodes.OK);
        analyze("disk", "--billing", csv.toString()).assertExit(ExitCodes.OK);

        JsonNode s3 = assertSameSummaryAsDisk(fromS3);
        assertThat(s3.get("dataQuality").get("files").findValuesAsText("file")).containsExactly("s3://exports/" + key);
        assertThat(s3.get("dataQuality").get("files").findValuesAsText("format")).containsExactly("aws-cur2 (Parquet)");
        // fetched once: the bytes that recognised it as Parquet are the start of its copy
        wm.verify(1, getRequestedFor(urlPathEqualTo("/exports/" + sent)));
    }

    @Test
    void aDeniedGetObjectIsOneLineNamingTheObjectAndTheActionAndExit3() {
        wm.stubFor(object("billing", PART_2).atPriority(1).willReturn(xml(403, fixture("access-denied.xml"))));

        CommandRun run = analyze("denied", "--billing", "s3://billing/cur/", "--month", "2026-10")
                .assertExit(ExitCodes.BAD_INPUT);

        assertThat(run.errLines()).as(run::toString).singleElement().asString()
                .startsWith("cloudcost: error: s3://billing/" + PART_2 + ": s3:GetObject was denied (AccessDenied)")
                .contains("grant \"s3:GetObject\"");
        run.assertErr().doesNotContain("\tat ");
        assertThat(dir.resolve("denied/summary.json")).doesNotExist();
    }

    @Test
    void aDeniedListingNamesListBucketAndExit3() {
        wm.stubFor(listObjects("billing").atPriority(1).willReturn(xml(403, fixture("access-denied.xml"))));

        CommandRun run = analyze("denied", "--billing", "s3://billing/cur/", "--month", "2026-10")
                .assertExit(ExitCodes.BAD_INPUT);

        assertThat(run.errLines()).as(run::toString).singleElement().asString()
                .startsWith("cloudcost: error: s3:ListBucket was denied (AccessDenied)");
    }

    @Test
    void anS3LocationNeedsAValidMonthAndTheS3OptionsNeedAnS3Location() {
        CommandRun noMonth = CommandRun.of("analyze", "--billing", "s3://billing/cur/").assertExit(ExitCodes.USAGE);
        assertThat(noMonth.errLines()).as(noMonth::toString).singleElement().asString()
                .isEqualTo("cloudcost: error: --month YYYY-MM is required with an s3:// billing location:"
                        + " it says which month's CUR files to read");

        CommandRun badMonth = CommandRun.of("analyze", "--billing", "s3://billing/cur/", "--month", "Oct-2026")
                .assertExit(ExitCodes.USAGE);
        assertThat(badMonth.errLines()).as(badMonth::toString).singleElement().asString()
                .isEqualTo("cloudcost: error: --month expects YYYY-MM (e.g. 2026-10), found \"Oct-2026\"");

        CommandRun localOnly = CommandRun.of("analyze", "--billing", "bill.csv", "--month", "2026-10", "--aws-region",
                "us-east-1").assertExit(ExitCodes.USAGE);
        assertThat(localOnly.errLines()).as(localOnly::toString).singleElement().asString()
                .isEqualTo("cloudcost: error: --month, --aws-region apply only to s3:// billing locations,"
                        + " and every --billing given is a local file");

        assertThat(wm.getAllServeEvents()).as("no S3 call before the usage is right").isEmpty();
    }

    @Test
    void aMalformedLocationOrAnEmptyMonthIsOneLineAndExit3() {
        CommandRun noBucket = analyze("bad", "--billing", "s3:///cur/", "--month", "2026-10").assertExit(ExitCodes.BAD_INPUT);
        assertThat(noBucket.errLines()).as(noBucket::toString).singleElement().asString()
                .isEqualTo("cloudcost: error: --billing \"s3:///cur/\" is not an S3 location; expected s3://bucket/prefix/");

        CommandRun november = analyze("nov", "--billing", "s3://billing/cur/", "--month", "2026-11")
                .assertExit(ExitCodes.BAD_INPUT);
        assertThat(november.errLines()).as(november::toString).singleElement().asString()
                .startsWith("cloudcost: error: no CUR files for 2026-11 under s3://billing/cur/");
    }

    @Test
    void helpShowsTheS3FormAndItsOptions() {
        CommandRun.of("analyze", "--help").assertExit(ExitCodes.OK).assertOut()
                .contains("s3://BUCKET/PREFIX/", "--month=YYYY-MM", "--aws-profile=NAME", "--aws-region=REGION",
                        "--aws-endpoint-url=URL");
    }

    // ---- helpers ----

    /**
     * {@code analyze} writing to {@code dir/out}; with an s3:// location, its S3 client is sent to
     * WireMock in us-east-1 (the S3 options are refused without one).
     */
    private CommandRun analyze(String out, String... args) {
        List<String> all = new ArrayList<>(List.of("analyze", "--no-progress", "--out", dir.resolve(out).toString()));
        if (Arrays.stream(args).anyMatch(S3BillingInputs::isS3)) {
            all.addAll(List.of("--aws-endpoint-url", wm.baseUrl(), "--aws-region", "us-east-1"));
        }
        all.addAll(List.of(args));
        return CommandRun.of(all.toArray(String[]::new));
    }

    /**
     * The run into {@code s3} printed no error and reconciled, and its summary has the total,
     * currency, spend by category and lines read of the run into {@code disk}; returns its summary.
     */
    private JsonNode assertSameSummaryAsDisk(CommandRun fromS3) throws IOException {
        fromS3.assertErr().isEmpty();
        fromS3.assertOut().contains("difference 0.00 (reconciled)");
        JsonNode s3 = summary("s3");
        JsonNode disk = summary("disk");
        assertThat(s3.get("totalBilledCost").decimalValue()).as(fromS3::toString)
                .isEqualByComparingTo(disk.get("totalBilledCost").decimalValue())
                .isNotZero();
        assertThat(s3.get("currency")).isEqualTo(disk.get("currency"));
        assertThat(s3.get("spendByServiceCategory")).isEqualTo(disk.get("spendByServiceCategory"));
        assertThat(s3.get("dataQuality").get("linesRead")).isEqualTo(disk.get("dataQuality").get("linesRead"));
        return s3;
    }

    private JsonNode summary(String out) throws IOException {
        return JSON.readTree(dir.resolve(out).resolve("summary.json").toFile());
    }

    private Path localFixture() throws IOException {
        return Files.writeString(dir.resolve(FIXTURE), fixture(FIXTURE));
    }

    /** The fixture's header with its first half of lines, and the header with the rest. */
    private static List<String> fixtureInTwoParts() {
        List<String> lines = fixture(FIXTURE).lines().toList();
        int half = 1 + (lines.size() - 1) / 2;
        String header = lines.get(0) + "\n";
        return List.of(header + String.join("\n", lines.subList(1, half)) + "\n",
                header + String.join("\n", lines.subList(half, lines.size())) + "\n");
    }

    private static String fixture(String name) {
        try (InputStream in = AnalyzeS3BillingTest.class.getResourceAsStream("/analyze-s3/" + name)) {
            return new String(Objects.requireNonNull(in, "fixture analyze-s3/" + name).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code csv} as Data Exports writes CUR 2.0 Parquet (amounts DOUBLE, dates TIMESTAMP WITH TIME
     * ZONE, maps MAP(VARCHAR, VARCHAR); Snappy), written by DuckDB; its bytes.
     */
    private static byte[] dataExportsParquet(Path csv, Path parquet) throws IOException {
        List<String> replaced = new ArrayList<>();
        for (String amount : List.of("line_item_usage_amount", "line_item_unblended_cost", "pricing_public_on_demand_cost",
                "savings_plan_savings_plan_effective_cost", "savings_plan_total_commitment_to_date",
                "savings_plan_used_commitment", "reservation_effective_cost")) {
            replaced.add("TRY_CAST(" + amount + " AS DOUBLE) AS " + amount);
        }
        for (String date : List.of("bill_billing_period_start_date", "line_item_usage_start_date")) {
            replaced.add("TRY_CAST(" + date + " AS TIMESTAMPTZ) AS " + date);
        }
        for (String map : List.of("product", "resource_tags", "cost_category")) {
            replaced.add("TRY_CAST(TRY_CAST(NULLIF(" + map + ", '') AS JSON) AS MAP(VARCHAR, VARCHAR)) AS " + map);
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("SET TimeZone = 'UTC'");
            s.execute("COPY (SELECT * REPLACE (" + String.join(", ", replaced) + ") FROM read_csv('" + csv
                    + "', all_varchar = true, header = true)) TO '" + parquet + "' (FORMAT parquet, COMPRESSION 'snappy')");
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return Files.readAllBytes(parquet);
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** ListObjectsV2 of {@code bucket}, path-style: {@code GET /bucket?list-type=2&prefix=…}. */
    private static MappingBuilder listObjects(String bucket) {
        return get(urlPathEqualTo("/" + bucket)).withQueryParam("list-type", matching(".*"));
    }

    /** GetObject, path-style: {@code GET /bucket/key}. */
    private static MappingBuilder object(String bucket, String key) {
        return get(urlPathEqualTo("/" + bucket + "/" + key));
    }

    private static ResponseDefinitionBuilder xml(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/xml").withBody(body);
    }

    private static ResponseDefinitionBuilder bytes(byte[] body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/octet-stream")
                .withHeader("Content-Length", Integer.toString(body.length)).withBody(body);
    }

    /** A ListObjectsV2 result page, as S3 writes it. */
    private static String listing(String bucket, String prefix, String nextToken, String... keysAndSizes) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Name>").append(bucket)
                .append("</Name><Prefix>").append(prefix).append("</Prefix><KeyCount>").append(keysAndSizes.length / 2)
                .append("</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>").append(nextToken != null).append("</IsTruncated>");
        if (nextToken != null) {
            sb.append("<NextContinuationToken>").append(nextToken).append("</NextContinuationToken>");
        }
        for (int i = 0; i < keysAndSizes.length; i += 2) {
            sb.append("<Contents><Key>").append(keysAndSizes[i]).append("</Key><LastModified>2026-11-02T05:00:00.000Z")
                    .append("</LastModified><ETag>&quot;3858f62230ac3c915f300c664312c11f&quot;</ETag><Size>")
                    .append(keysAndSizes[i + 1]).append("</Size><StorageClass>STANDARD</StorageClass></Contents>");
        }
        return sb.append("</ListBucketResult>").toString();
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }
}
