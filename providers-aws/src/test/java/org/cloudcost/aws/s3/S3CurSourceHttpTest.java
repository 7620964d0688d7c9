package org.cloudcost.aws.s3;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cloudcost.aws.s3.S3Stubs.bytes;
import static org.cloudcost.aws.s3.S3Stubs.fixture;
import static org.cloudcost.aws.s3.S3Stubs.listObjects;
import static org.cloudcost.aws.s3.S3Stubs.listing;
import static org.cloudcost.aws.s3.S3Stubs.object;
import static org.cloudcost.aws.s3.S3Stubs.xml;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.cloudcost.core.CloudcostException;
import org.cloudcost.core.InputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link S3CurSource} with the real S3 client against WireMock: a legacy CUR month found by its
 * manifest among older assemblies (listing over two pages), a CUR 2.0 month found by its
 * {@code BILLING_PERIOD} folder, streams that are the stored bytes, the file-copy fallback, and the
 * ambiguous or unreadable layouts as one-line errors.
 */
class S3CurSourceHttpTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final String MONTH = "cur/acme/20261001-20261101/";
    private static final String CSV_1 = "identity/LineItemId,lineItem/UnblendedCost\na,1.25\n";
    private static final String CSV_2 = "identity/LineItemId,lineItem/UnblendedCost\nb,2.50\n";

    @TempDir
    Path dir;

    @BeforeEach
    void stubs() {
        S3Stubs.catchAll(wm);
    }

    private static void legacyBucket() {
        wm.stubFor(listObjects("billing").withQueryParam("prefix", equalTo("cur/")).withQueryParam("continuation-token", absent())
                .willReturn(xml(200, listing("billing", "cur/", "keys-2",
                        "cur/acme/20260901-20261001/acme-Manifest.json", "900",
                        MONTH + "a1/acme-1.csv.gz", "111",
                        MONTH + "acme-Manifest.json", "2000"))));
        wm.stubFor(listObjects("billing").withQueryParam("prefix", equalTo("cur/"))
                .withQueryParam("continuation-token", equalTo("keys-2"))
                .willReturn(xml(200, listing("billing", "cur/", null,
                        MONTH + "b2/acme-1.csv.gz", "222",
                        MONTH + "b2/acme-2.csv.gz", "333",
                        MONTH + "b2/acme-Manifest.json", "2000"))));
        wm.stubFor(object("billing", MONTH + "acme-Manifest.json").willReturn(bytes(fixture("cur-manifest.json")
                .getBytes(StandardCharsets.UTF_8))));
        wm.stubFor(object("billing", MONTH + "b2/acme-1.csv.gz").willReturn(bytes(InventoryReportHttpTest.gzip(CSV_1))));
        wm.stubFor(object("billing", MONTH + "b2/acme-2.csv.gz").willReturn(bytes(InventoryReportHttpTest.gzip(CSV_2))));
    }

    @Test
    void aLegacyMonthIsWhatItsManifestNames() throws Exception {
        legacyBucket();
        S3CurSource cur = new S3CurSource(S3Stubs.client(wm), "s3://billing/cur/");

        List<CurObject> files = cur.files(OCTOBER);

        assertThat(files).containsExactly(new CurObject("billing", MONTH + "b2/acme-1.csv.gz", 222),
                new CurObject("billing", MONTH + "b2/acme-2.csv.gz", 333));
        assertThat(files.get(0).uri()).isEqualTo("s3://billing/" + MONTH + "b2/acme-1.csv.gz");
        try (InputStream in = new GZIPInputStream(cur.open(files.get(1)))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(CSV_2);
        }
        wm.verify(0, getRequestedFor(urlPathEqualTo("/billing/" + MONTH + "a1/acme-1.csv.gz")));
    }

    @Test
    void aCur2MonthIsItsBillingPeriodFolderInKeyOrder() {
        wm.stubFor(listObjects("exports").willReturn(xml(200, listing("exports", "", null,
                "team/cur2/data/BILLING_PERIOD=2026-09/cur2-00001.csv.gz", "10",
                "team/cur2/data/BILLING_PERIOD=2026-10/cur2-00002.csv.gz", "20",
                "team/cur2/data/BILLING_PERIOD=2026-10/cur2-00001.csv.gz", "30",
                "team/cur2/metadata/BILLING_PERIOD=2026-10/cur2-Manifest.json", "40"))));

        List<CurObject> files = new S3CurSource(S3Stubs.client(wm), "s3://exports").files(OCTOBER);

        assertThat(files).extracting(CurObject::fileName).containsExactly("cur2-00001.csv.gz", "cur2-00002.csv.gz");
        assertThat(files).extracting(CurObject::size).containsExactly(30L, 20L);
    }

    @Test
    void aCur2MonthInParquetIsItsBillingPeriodFolderToo() {
        wm.stubFor(listObjects("parquet").willReturn(xml(200, listing("parquet", "", null,
                "p/data/BILLING_PERIOD=2026-10/p-00002.snappy.parquet", "20",
                "p/data/BILLING_PERIOD=2026-10/p-00001.snappy.parquet", "30",
                "p/data/BILLING_PERIOD=2026-11/p-00001.snappy.parquet", "40"))));

        List<CurObject> files = new S3CurSource(S3Stubs.client(wm), "s3://parquet/").files(OCTOBER);

        assertThat(files).extracting(CurObject::fileName).containsExactly("p-00001.snappy.parquet", "p-00002.snappy.parquet");
    }

    @Test
    void throttledListingIsRetriedByTheSdk() {
        wm.stubFor(listObjects("exports").inScenario("slow").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(xml(503, fixture("slow-down.xml"))).willSetStateTo("answering"));
        wm.stubFor(listObjects("exports").inScenario("slow").whenScenarioStateIs("answering").willReturn(xml(200,
                listing("exports", "", null, "e/data/BILLING_PERIOD=2026-10/e-00001.csv", "5"))));

        assertThat(new S3CurSource(S3Stubs.retrying(wm), "s3://exports/").files(OCTOBER)).hasSize(1);
        wm.verify(2, getRequestedFor(urlPathEqualTo("/exports")));
    }

    @Test
    void aDeniedManifestNamesGetObject() {
        legacyBucket();
        wm.stubFor(object("billing", MONTH + "acme-Manifest.json").atPriority(1).willReturn(xml(403, fixture("access-denied.xml"))));

        assertThatThrownBy(() -> new S3CurSource(S3Stubs.client(wm), "s3://billing/cur/").files(OCTOBER))
                .isInstanceOf(CloudcostException.class)
                .hasMessageStartingWith("s3:GetObject was denied (AccessDenied): grant \"s3:GetObject\"");
    }

    @Test
    void ambiguousOrUnreadableMonthsAreOneLineErrors() {
        wm.stubFor(listObjects("two-reports").willReturn(xml(200, listing("two-reports", "", null,
                "a/20261001-20261101/a-Manifest.json", "1", "b/20261001-20261101/b-Manifest.json", "1"))));
        wm.stubFor(listObjects("two-exports").willReturn(xml(200, listing("two-exports", "", null,
                "x/data/BILLING_PERIOD=2026-10/x-00001.csv.gz", "1", "y/data/BILLING_PERIOD=2026-10/y-00001.csv.gz", "1"))));
        wm.stubFor(listObjects("zip").willReturn(xml(200, listing("zip", "", null,
                "r/20261001-20261101/x/r-1.csv.zip", "1"))));
        wm.stubFor(listObjects("empty").willReturn(xml(200, listing("empty", "", null,
                "p/data/BILLING_PERIOD=2026-09/p-00001.csv.gz", "1"))));

        assertThatThrownBy(() -> new S3CurSource(S3Stubs.client(wm), "s3://two-reports/").files(OCTOBER))
                .hasMessageStartingWith("several legacy CUR reports for 2026-10 under s3://two-reports/");
        assertThatThrownBy(() -> new S3CurSource(S3Stubs.client(wm), "s3://two-exports/").files(OCTOBER))
                .hasMessageStartingWith("CUR files for 2026-10 lie in several folders under s3://two-exports/"
                        + " (x/data/BILLING_PERIOD=2026-10/, y/data/BILLING_PERIOD=2026-10/)");
        assertThatThrownBy(() -> new S3CurSource(S3Stubs.client(wm), "s3://zip/").files(OCTOBER))
                .hasMessageContaining("are zip archives (r/20261001-20261101/x/r-1.csv.zip)");
        assertThatThrownBy(() -> new S3CurSource(S3Stubs.client(wm), "s3://empty/").files(OCTOBER))
                .hasMessage("no CUR files for 2026-10 under s3://empty/: expected a legacy CUR manifest"
                        + " (…/20261001-20261101/NAME-Manifest.json) or CUR 2.0 data files (…/data/BILLING_PERIOD=2026-10/*.csv.gz or *.parquet)");
    }

    @Test
    void aManifestNamingZipFilesIsRefused() {
        wm.stubFor(listObjects("zipped").willReturn(xml(200, listing("zipped", "", null,
                "r/20261001-20261101/r-Manifest.json", "1"))));
        wm.stubFor(object("zipped", "r/20261001-20261101/r-Manifest.json").willReturn(bytes(
                "{\"reportKeys\":[\"r/20261001-20261101/x/r-1.csv.zip\"]}".getBytes(StandardCharsets.UTF_8))));

        assertThatThrownBy(() -> new S3CurSource(S3Stubs.client(wm), "s3://zipped").files(OCTOBER))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("s3://zipped/r/20261001-20261101/r-Manifest.json: report file"
                        + " r/20261001-20261101/x/r-1.csv.zip is not CSV");
    }
}
