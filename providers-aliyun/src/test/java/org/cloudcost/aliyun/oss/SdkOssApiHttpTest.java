package org.cloudcost.aliyun.oss;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cloudcost.aliyun.oss.OssWireMock.xml;

import com.aliyun.oss.OSS;
import com.aliyun.oss.model.BucketStat;
import com.aliyun.oss.model.LifecycleRule;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cloudcost.aliyun.internal.AliyunCalls;
import org.cloudcost.core.CloudcostException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The real OSS client behind {@link SdkOssApi}, against WireMock replaying responses in the documented XML shapes. */
class SdkOssApiHttpTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final List<Long> waits = new ArrayList<>();
    private OSS client;
    private SdkOssApi oss;

    @BeforeEach
    void setUp() {
        OssWireMock.catchAll(wm);
        client = OssWireMock.client(wm);
        oss = new SdkOssApi(client, new AliyunCalls(3, 100, waits::add));
    }

    @AfterEach
    void tearDown() {
        client.shutdown();
    }

    @Test
    void listBucketsFollowsTheMarkerAndReadsRegionAndCreation() {
        wm.stubFor(get(urlPathEqualTo("/")).withQueryParam("marker", absent())
                .willReturn(xml(200, "list-buckets-page1.xml")));
        wm.stubFor(get(urlPathEqualTo("/")).withQueryParam("marker", equalTo("app-logs"))
                .willReturn(xml(200, "list-buckets-page2.xml")));

        List<OssBucket> buckets = oss.listBuckets();

        assertThat(buckets).containsExactly(
                new OssBucket("app-logs", "cn-hangzhou", Instant.parse("2021-03-01T08:00:00Z")),
                new OssBucket("db-backup", "cn-shanghai", Instant.parse("2019-11-20T02:30:00Z")));
        wm.verify(2, getRequestedFor(urlPathEqualTo("/")).withHeader("Authorization", matching("OSS test-ak:.+")));
    }

    @Test
    void getBucketStatReadsThePerClassFigures() {
        wm.stubFor(get(urlPathEqualTo("/app-logs/")).withQueryParam("stat", equalTo(""))
                .willReturn(xml(200, "bucket-stat.xml")));

        BucketStat stat = oss.getBucketStat("app-logs");

        assertThat(stat.getStandardStorage()).isEqualTo(5_242_880L);
        assertThat(BucketStatTotals.byClass(stat)).containsEntry("Standard", new ClassTotal(5_242_880, 3))
                .containsEntry("IA", new ClassTotal(1_048_000, 1))       // the real size, not the billed 1 MiB
                .containsEntry("Archive", new ClassTotal(20, 1))
                .containsEntry("ColdArchive", ClassTotal.ZERO);
    }

    @Test
    void lifecycleRulesAreReadAndNoSuchLifecycleMeansNone() {
        wm.stubFor(get(urlPathEqualTo("/app-logs/")).withQueryParam("lifecycle", equalTo(""))
                .willReturn(xml(200, "lifecycle.xml")));
        wm.stubFor(get(urlPathEqualTo("/db-backup/")).withQueryParam("lifecycle", equalTo(""))
                .willReturn(xml(404, "no-such-lifecycle.xml")));

        List<LifecycleRule> rules = oss.getBucketLifecycle("app-logs");

        assertThat(rules).extracting(LifecycleRule::getId).containsExactly("logs-to-ia", "expire-tmp");
        assertThat(rules).extracting(LifecycleRule::getStatus)
                .containsExactly(LifecycleRule.RuleStatus.Enabled, LifecycleRule.RuleStatus.Disabled);
        assertThat(oss.getBucketLifecycle("db-backup")).isEmpty();
    }

    @Test
    void listObjectsV2PagesWithTheContinuationTokenAndDecodesKeys() {
        wm.stubFor(get(urlPathEqualTo("/app-logs/")).withQueryParam("list-type", equalTo("2"))
                .withQueryParam("continuation-token", absent()).willReturn(xml(200, "list-objects-page1.xml")));
        wm.stubFor(get(urlPathEqualTo("/app-logs/")).withQueryParam("list-type", equalTo("2"))
                .withQueryParam("continuation-token", equalTo("ChR0bXAvc2NyYXRjaCBmaWxlLnR4dBAA"))
                .willReturn(xml(200, "list-objects-page2.xml")));

        OssObjectPage first = oss.listObjects("app-logs", null, 2);
        OssObjectPage second = oss.listObjects("app-logs", first.nextContinuationToken(), 2);

        assertThat(first.objects()).containsExactly(
                new OssObject("logs/2024/01/app.log", 3_145_728, "Standard", Instant.parse("2024-01-31T23:00:00Z")),
                new OssObject("logs/2024/01/worker.log", 1_048_576, "Standard", Instant.parse("2024-01-15T08:00:00Z")));
        assertThat(first.nextContinuationToken()).isEqualTo("ChR0bXAvc2NyYXRjaCBmaWxlLnR4dBAA");
        assertThat(second.objects()).extracting(OssObject::key).containsExactly("reports/q1 summary.csv", "robots.txt");
        assertThat(second.hasNext()).isFalse();
        wm.verify(getRequestedFor(urlPathEqualTo("/app-logs/")).withQueryParam("max-keys", equalTo("2"))
                .withQueryParam("encoding-type", equalTo("url")));
    }

    @Test
    void accessDeniedIsOneLineNamingTheActionAndThePolicy() {
        wm.stubFor(get(urlPathEqualTo("/app-logs/")).withQueryParam("stat", equalTo(""))
                .willReturn(xml(403, "access-denied.xml")));

        assertThatThrownBy(() -> oss.getBucketStat("app-logs")).isInstanceOf(CloudcostException.class)
                .hasMessage("Alibaba Cloud GetBucketStat failed: AccessDenied: You have no right to access this object"
                        + " because of bucket acl. (grant the RAM user or role the read-only policy in"
                        + " docs/aliyun-ram-policy.json)");
        assertThat(waits).isEmpty();
    }

    @Test
    void aQpsLimitIsRetriedWithBackOff() {
        wm.stubFor(get(urlPathEqualTo("/app-logs/")).withQueryParam("lifecycle", equalTo("")).inScenario("qps")
                .whenScenarioStateIs(STARTED).willReturn(xml(503, "meta-qps-limit.xml")).willSetStateTo("calm"));
        wm.stubFor(get(urlPathEqualTo("/app-logs/")).withQueryParam("lifecycle", equalTo("")).inScenario("qps")
                .whenScenarioStateIs("calm").willReturn(xml(200, "lifecycle.xml")));

        assertThat(oss.getBucketLifecycle("app-logs")).hasSize(2);
        assertThat(waits).containsExactly(100L);
    }

    @Test
    void anUnknownBucketIsOneLineToo() {
        assertThatThrownBy(() -> oss.listObjects("gone", null, 10)).isInstanceOf(CloudcostException.class)
                .hasMessageStartingWith("Alibaba Cloud ListObjectsV2 failed: NoSuchBucket: ")
                .hasMessageNotContaining("\n");
    }
}
