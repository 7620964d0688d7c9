package org.cloudcost.aliyun.oss;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cloudcost.aliyun.oss.OssWireMock.xml;

import com.aliyun.oss.OSS;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.cloudcost.aliyun.internal.AliyunCalls;
import org.cloudcost.core.CostDataset;
import org.cloudcost.core.frame.StorageFrame;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** The storage pull end to end: the real OSS client against WireMock, the storage file, and the core reading it back. */
class AliyunStoragePullHttpTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;

    private OSS client;
    private OssApi oss;

    @BeforeEach
    void setUp() {
        OssWireMock.catchAll(wm);
        wm.stubFor(get(urlPathEqualTo("/")).withQueryParam("marker", absent()).willReturn(xml(200, "list-buckets-page1.xml")));
        wm.stubFor(get(urlPathEqualTo("/")).withQueryParam("marker", equalTo("app-logs"))
                .willReturn(xml(200, "list-buckets-page2.xml")));
        wm.stubFor(get(urlPathEqualTo("/app-logs/")).withQueryParam("lifecycle", equalTo("")).willReturn(xml(200, "lifecycle.xml")));
        wm.stubFor(get(urlPathEqualTo("/db-backup/")).withQueryParam("lifecycle", equalTo(""))
                .willReturn(xml(404, "no-such-lifecycle.xml")));
        wm.stubFor(get(urlPathEqualTo("/app-logs/")).withQueryParam("list-type", equalTo("2"))
                .withQueryParam("continuation-token", absent()).willReturn(xml(200, "list-objects-page1.xml")));
        wm.stubFor(get(urlPathEqualTo("/app-logs/")).withQueryParam("list-type", equalTo("2"))
                .withQueryParam("continuation-token", equalTo("ChR0bXAvc2NyYXRjaCBmaWxlLnR4dBAA"))
                .willReturn(xml(200, "list-objects-page2.xml")));
        wm.stubFor(get(urlPathEqualTo("/db-backup/")).withQueryParam("list-type", equalTo("2"))
                .willReturn(xml(200, "list-objects-empty.xml")));
        wm.stubFor(get(urlPathEqualTo("/app-logs/")).withQueryParam("stat", equalTo("")).willReturn(xml(200, "bucket-stat.xml")));
        client = OssWireMock.client(wm);
        oss = new SdkOssApi(client, new AliyunCalls(3, 1, millis -> { }));
    }

    @AfterEach
    void tearDown() {
        client.shutdown();
    }

    @Test
    void aFullListingBecomesStorageGroupsTheCoreReads() throws IOException {
        Path file = dir.resolve("storage.csv");

        StoragePullReport report = new AliyunStoragePull(oss).pull(file);

        assertThat(Files.readAllLines(file)).containsExactly(
                "Bucket,Prefix,StorageClass,SizeBytes,ObjectCount,LastModified,LastAccessed",
                "app-logs,,Archive,20,1,2022-06-01T00:00:00Z,",
                "app-logs,logs/,Standard,4194304,2,2024-01-31T23:00:00Z,",
                "app-logs,reports/,IA,1048000,1,2023-03-02T10:00:00Z,");
        assertThat(report.objectsListed()).isEqualTo(4);
        assertThat(report.truncatedBuckets()).isEmpty();
        assertThat(report.bucketsWithoutLifecycle()).containsExactly("db-backup");
        assertThat(report.buckets().get(0).enabledLifecycleRules()).isEqualTo(1);
        wm.verify(0, getRequestedFor(urlPathEqualTo("/app-logs/")).withQueryParam("stat", equalTo("")));

        Table t = CostDataset.read().storage(file).load().storage().table();
        assertThat(t.rowCount()).isEqualTo(3);
        assertThat(t.stringColumn(StorageFrame.PREFIX).get(1)).isEqualTo("logs/");
        assertThat(t.dateTimeColumn(StorageFrame.LAST_MODIFIED).get(1)).isEqualTo(LocalDateTime.parse("2024-01-31T23:00"));
        assertThat(t.longColumn(StorageFrame.OBJECT_COUNT).sum()).isEqualTo(4);
    }

    @Test
    void aCutOffListingAddsTheUnlistedRestFromGetBucketStatWithoutADate() throws IOException {
        Path file = dir.resolve("storage.csv");

        StoragePullReport report = new AliyunStoragePull(oss, StoragePullOptions.defaults().withMaxObjectsPerBucket(2)
                .withRegion("cn-hangzhou")).pull(file);

        assertThat(report.truncatedBuckets()).containsExactly("app-logs");
        assertThat(report.skippedBuckets()).containsExactly("db-backup");
        assertThat(Files.readAllLines(file)).containsExactly(
                "Bucket,Prefix,StorageClass,SizeBytes,ObjectCount,LastModified,LastAccessed",
                "app-logs,logs/,Standard,4194304,2,2024-01-31T23:00:00Z,",
                "app-logs,,Standard,1048576,1,,",
                "app-logs,,IA,1048000,1,,",
                "app-logs,,Archive,20,1,,");
        wm.verify(1, getRequestedFor(urlPathEqualTo("/app-logs/")).withQueryParam("list-type", equalTo("2")));

        Table t = CostDataset.read().storage(file).load().storage().table();
        assertThat(t.dateTimeColumn(StorageFrame.LAST_MODIFIED).countMissing()).isEqualTo(3);
        assertThat(t.doubleColumn(StorageFrame.SIZE_BYTES).sum()).isEqualTo(6_290_900.0);
    }
}
