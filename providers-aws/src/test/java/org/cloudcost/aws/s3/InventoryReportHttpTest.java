package org.cloudcost.aws.s3;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cloudcost.aws.s3.S3Stubs.bucketCall;
import static org.cloudcost.aws.s3.S3Stubs.bytes;
import static org.cloudcost.aws.s3.S3Stubs.fixture;
import static org.cloudcost.aws.s3.S3Stubs.folders;
import static org.cloudcost.aws.s3.S3Stubs.listObjects;
import static org.cloudcost.aws.s3.S3Stubs.object;
import static org.cloudcost.aws.s3.S3Stubs.xml;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.cloudcost.core.CloudcostException;
import org.cloudcost.core.CostDataset;
import org.cloudcost.core.InputException;
import org.cloudcost.core.frame.StorageFrame;
import org.cloudcost.core.io.CanonicalCsv;
import org.cloudcost.core.io.CsvFileWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * {@link S3Inventory#storage} with the real S3 client against WireMock: an S3 Inventory report
 * (a manifest and gzipped CSV data files built here) found through ListBucketInventoryConfigurations
 * (two pages, configurations that do not fit passed over with a note) and the newest delivery
 * folder (ListObjectsV2 with delimiter, two pages); then the CloudWatch fallback, and errors.
 */
class InventoryReportHttpTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String ROOT = "inventory/app-logs/daily/";
    private static final String SCHEMA = "Bucket, Key, VersionId, IsLatest, IsDeleteMarker, Size, LastModifiedDate, StorageClass";

    @TempDir
    Path dir;

    @BeforeEach
    void stubs() {
        S3Stubs.catchAll(wm);
    }

    /** The configurations of app-logs: page 1 holds two that do not fit, page 2 the daily CSV one and a disabled one. */
    private static void configurations() {
        wm.stubFor(bucketCall("app-logs", "inventory").withQueryParam("continuation-token", absent())
                .willReturn(xml(200, fixture("inventory-configurations-page-1.xml"))));
        wm.stubFor(bucketCall("app-logs", "inventory").withQueryParam("continuation-token", equalTo("configurations-2"))
                .willReturn(xml(200, fixture("inventory-configurations-page-2.xml"))));
    }

    /** Two deliveries (the newest on the second page of folders), the newest with two data files. */
    private static void report(String dataFile1, String dataFile2) {
        wm.stubFor(listObjects("inv-reports").withQueryParam("prefix", equalTo(ROOT)).withQueryParam("delimiter", equalTo("/"))
                .withQueryParam("continuation-token", absent())
                .willReturn(xml(200, folders("inv-reports", ROOT, "folders-2", ROOT + "2026-10-30T01-00Z/", ROOT + "data/"))));
        wm.stubFor(listObjects("inv-reports").withQueryParam("prefix", equalTo(ROOT))
                .withQueryParam("continuation-token", equalTo("folders-2"))
                .willReturn(xml(200, folders("inv-reports", ROOT, null, ROOT + "2026-10-31T01-00Z/", ROOT + "hive/"))));
        String manifest = "{\"sourceBucket\":\"app-logs\",\"destinationBucket\":\"arn:aws:s3:::inv-reports\","
                + "\"version\":\"2016-11-30\",\"creationTimestamp\":\"1793408400000\",\"fileFormat\":\"CSV\","
                + "\"fileSchema\":\"" + SCHEMA + "\",\"files\":["
                + "{\"key\":\"" + ROOT + "data/aaa.csv.gz\",\"size\":120,\"MD5checksum\":\"x\"},"
                + "{\"key\":\"" + ROOT + "data/bbb.csv.gz\",\"size\":130,\"MD5checksum\":\"y\"}]}";
        wm.stubFor(object("inv-reports", ROOT + "2026-10-31T01-00Z/manifest.json")
                .willReturn(bytes(manifest.getBytes(StandardCharsets.UTF_8))));
        wm.stubFor(object("inv-reports", ROOT + "data/aaa.csv.gz").willReturn(bytes(gzip(dataFile1))));
        wm.stubFor(object("inv-reports", ROOT + "data/bbb.csv.gz").willReturn(bytes(gzip(dataFile2))));
    }

    static byte[] gzip(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static final String FILE_1 = """
            "app-logs","logs%2F2026%2F01%2Fa.log","v1","true","false","100","2026-01-03T00:00:00.000Z","STANDARD"
            "app-logs","logs/2026/01/b.log","v2","false","false","50","2026-01-20T00:00:00.000Z","STANDARD"
            "app-logs","logs/old.log","v3","true","true","","2026-01-21T00:00:00.000Z","STANDARD"
            """;
    private static final String FILE_2 = """
            "app-logs","backups/db+dump.sql","v1","true","false","1000","2025-06-30T23:59:59.000Z","GLACIER"
            "app-logs","top.txt","","true","false","5","2026-10-30T10:00:00.000Z","STANDARD"

            "app-logs","logs/2026/02/c.log","","true","false","7","2026-02-01T00:00:00.000Z","STANDARD_IA"
            """;

    @Test
    void groupsTheNewestReportByPrefixClassAndMonth() throws Exception {
        configurations();
        report(FILE_1, FILE_2);

        BucketStorage s = new S3Inventory(S3Stubs.client(wm)).storage("app-logs", Map.of("StandardStorage", 1L));

        assertThat(s.source()).isEqualTo(BucketStorage.Source.INVENTORY_REPORT);
        assertThat(s.rows()).containsExactly(
                new StorageRow("app-logs", "", "STANDARD", 5, 1L, Instant.parse("2026-10-30T10:00:00Z")),
                new StorageRow("app-logs", "backups/", "GLACIER", 1000, 1L, Instant.parse("2025-06-30T23:59:59Z")),
                new StorageRow("app-logs", "logs/", "STANDARD", 150, 2L, Instant.parse("2026-01-20T00:00:00Z")),
                new StorageRow("app-logs", "logs/", "STANDARD_IA", 7, 1L, Instant.parse("2026-02-01T00:00:00Z")));
        assertThat(s.notes()).anySatisfy(n -> assertThat(n).contains("weekly-orc").contains("ORC"))
                .anySatisfy(n -> assertThat(n).contains("logs-only").contains("only the prefix logs/"))
                .anySatisfy(n -> assertThat(n).contains("paused").contains("disabled"))
                .anySatisfy(n -> assertThat(n).isEqualTo("S3 Inventory report 2026-10-31T01-00Z of configuration daily: 5"
                        + " objects in 2 data file(s); 1 delete markers hold no bytes and are not counted"));

        Path file = dir.resolve("storage.csv");
        try (CsvFileWriter out = CsvFileWriter.create(file, CanonicalCsv.STORAGE)) {
            for (StorageRow r : s.rows()) {
                out.row(r.cells());
            }
        }
        Table t = CostDataset.read().storage(file).load().storage().table();
        assertThat(t.doubleColumn(StorageFrame.SIZE_BYTES).sum()).isEqualTo(1162.0);
        assertThat(t.stringColumn(StorageFrame.STORAGE_CLASS).asSet())
                .containsExactlyInAnyOrder("STANDARD", "GLACIER", "STANDARD_IA");
    }

    @Test
    void withoutAReportTheCloudWatchSizesMakeOneRowPerClass() {
        wm.stubFor(bucketCall("plain", "inventory").willReturn(xml(200,
                "<ListInventoryConfigurationsResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                        + "<IsTruncated>false</IsTruncated></ListInventoryConfigurationsResult>")));

        BucketStorage s = new S3Inventory(S3Stubs.client(wm)).storage("plain", Map.of("StandardStorage", 1000L,
                "GlacierStorage", 4000L, "GlacierObjectOverhead", 32L, "GlacierS3ObjectOverhead", 8L));

        assertThat(s.source()).isEqualTo(BucketStorage.Source.CLOUDWATCH);
        assertThat(s.rows()).containsExactly(new StorageRow("plain", "", "GLACIER", 4032, null, null),
                new StorageRow("plain", "", "STANDARD", 1008, null, null));
        assertThat(s.rows().get(0).cells()).containsExactly("plain", "", "GLACIER", "4032", "", "", "");

        BucketStorage none = new S3Inventory(S3Stubs.client(wm)).storage("plain", Map.of());
        assertThat(none.source()).isEqualTo(BucketStorage.Source.NONE);
        assertThat(none.rows()).isEmpty();
        assertThat(none.notes()).singleElement().asString().contains("storage is unknown");
    }

    @Test
    void aBadLineNamesTheReportFileLineAndColumn() {
        configurations();
        report(FILE_1, "\"app-logs\",\"a\",\"\",\"true\",\"false\",\"1\",\"2026-01-01T00:00:00.000Z\",\"STANDARD\"\n"
                + "\"app-logs\",\"b\",\"\",\"true\",\"false\",\"12kB\",\"2026-01-01T00:00:00.000Z\",\"STANDARD\"\n");

        assertThatThrownBy(() -> new S3Inventory(S3Stubs.client(wm)).storage("app-logs", Map.of()))
                .isInstanceOf(InputException.class)
                .hasMessage("s3://inv-reports/" + ROOT + "data/bbb.csv.gz:2:6 (Size): expected a size in bytes, found \"12kB\"");
    }

    @Test
    void aDeniedDataFileNamesTheBucketAndGetObject() {
        configurations();
        report(FILE_1, FILE_2);
        wm.stubFor(object("inv-reports", ROOT + "data/bbb.csv.gz").atPriority(1)
                .willReturn(xml(403, fixture("access-denied.xml"))));

        assertThatThrownBy(() -> new S3Inventory(S3Stubs.client(wm)).storage("app-logs", Map.of()))
                .isInstanceOf(CloudcostException.class)
                .hasMessageStartingWith("S3 bucket app-logs: s3:GetObject was denied (AccessDenied)");
    }

    @Test
    void aConfigurationWithoutDeliveriesFallsBackWithANote() {
        configurations();
        wm.stubFor(listObjects("inv-reports").withQueryParam("prefix", equalTo(ROOT))
                .willReturn(xml(200, folders("inv-reports", ROOT, null, ROOT + "data/"))));

        BucketStorage s = new S3Inventory(S3Stubs.client(wm)).storage("app-logs", Map.of("StandardIAStorage", 10L));

        assertThat(s.source()).isEqualTo(BucketStorage.Source.CLOUDWATCH);
        assertThat(s.rows()).containsExactly(new StorageRow("app-logs", "", "STANDARD_IA", 10, null, null));
        assertThat(s.notes()).anySatisfy(n -> assertThat(n).contains("daily has delivered no report yet"));
    }
}
