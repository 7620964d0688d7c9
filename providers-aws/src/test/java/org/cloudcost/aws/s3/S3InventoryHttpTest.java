package org.cloudcost.aws.s3;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cloudcost.aws.s3.S3Stubs.bucketCall;
import static org.cloudcost.aws.s3.S3Stubs.fixture;
import static org.cloudcost.aws.s3.S3Stubs.xml;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.cloudcost.aws.ec2.InventoryRow;
import org.cloudcost.core.CloudcostException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link S3Inventory#buckets()} with the real S3 client against WireMock replaying S3's REST XML:
 * ListBuckets over two pages ({@code ContinuationToken}), the region from BucketRegion or
 * GetBucketLocation ({@code EU} and the empty constraint), lifecycle and tags present or absent
 * ({@code NoSuchLifecycleConfiguration}, {@code NoSuchTagSet}), {@code SlowDown} retried, and
 * {@code AccessDenied} as one line naming the bucket and the IAM action.
 */
class S3InventoryHttpTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @BeforeEach
    void stubs() {
        S3Stubs.catchAll(wm);
        wm.stubFor(get(urlPathEqualTo("/")).withQueryParam("max-buckets", equalTo("1000"))
                .withQueryParam("continuation-token", absent()).willReturn(xml(200, fixture("list-buckets-page-1.xml"))));
        wm.stubFor(get(urlPathEqualTo("/")).withQueryParam("continuation-token", equalTo("buckets-page-2"))
                .willReturn(xml(200, fixture("list-buckets-page-2.xml"))));
        wm.stubFor(bucketCall("eu-archive", "location").willReturn(xml(200, fixture("location-eu.xml"))));
        wm.stubFor(bucketCall("old-bucket", "location").willReturn(xml(200, fixture("location-empty.xml"))));
        wm.stubFor(bucketCall("eu-archive", "lifecycle").willReturn(xml(404, fixture("no-such-lifecycle.xml"))));
        wm.stubFor(bucketCall("old-bucket", "lifecycle").willReturn(xml(404, fixture("no-such-lifecycle.xml"))));
        wm.stubFor(bucketCall("eu-archive", "tagging").willReturn(xml(404, fixture("no-such-tag-set.xml"))));
        wm.stubFor(bucketCall("old-bucket", "tagging").willReturn(xml(404, fixture("no-such-tag-set.xml"))));
    }

    private static void appLogsAnswers() {
        wm.stubFor(bucketCall("app-logs", "lifecycle").willReturn(xml(200, fixture("lifecycle.xml"))));
        wm.stubFor(bucketCall("app-logs", "tagging").willReturn(xml(200, fixture("tagging.xml"))));
    }

    @Test
    void everyBucketOfBothPagesWithRegionLifecycleAndTags() {
        appLogsAnswers();

        List<S3Bucket> buckets = new S3Inventory(S3Stubs.client(wm)).buckets();

        assertThat(buckets).extracting(S3Bucket::name, S3Bucket::region).containsExactly(
                org.assertj.core.groups.Tuple.tuple("app-logs", "us-east-1"),
                org.assertj.core.groups.Tuple.tuple("eu-archive", "eu-west-1"),
                org.assertj.core.groups.Tuple.tuple("old-bucket", "us-east-1"));
        S3Bucket logs = buckets.get(0);
        assertThat(logs.lifecycle()).isEqualTo(new BucketLifecycle(2, 1, List.of("GLACIER", "STANDARD_IA"), true));
        assertThat(logs.tags()).containsExactly(Map.entry("env", "prod"), Map.entry("cost-center", "42"));
        assertThat(buckets.get(1).lifecycle()).isEqualTo(BucketLifecycle.NONE);
        assertThat(buckets.get(1).tags()).isEmpty();
        InventoryRow row = logs.inventoryRow();
        assertThat(row.cells()).containsExactly("app-logs", "AWS", "bucket", "us-east-1", "", "", "", "",
                "2023-04-05T06:07:08Z", "", "", "", "{\"env\":\"prod\",\"cost-center\":\"42\"}");
        assertThat(row.attributes()).containsEntry(S3Bucket.LIFECYCLE, "2 rules (1 enabled): transitions to GLACIER,"
                + " STANDARD_IA; expiration");
        assertThat(buckets.get(2).createdAt()).isEqualTo(Instant.parse("2015-02-03T04:05:06Z"));
        wm.verify(1, getRequestedFor(urlPathEqualTo("/eu-archive")).withQueryParam("location", equalTo("")));
        wm.verify(0, getRequestedFor(urlPathEqualTo("/app-logs")).withQueryParam("location", equalTo("")));
    }

    @Test
    void slowDownIsRetriedByTheSdk() {
        wm.stubFor(bucketCall("app-logs", "lifecycle").willReturn(xml(200, fixture("lifecycle.xml"))));
        wm.stubFor(bucketCall("app-logs", "tagging").inScenario("slow").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(xml(503, fixture("slow-down.xml"))).willSetStateTo("answering"));
        wm.stubFor(bucketCall("app-logs", "tagging").inScenario("slow").whenScenarioStateIs("answering")
                .willReturn(xml(200, fixture("tagging.xml"))));

        List<S3Bucket> buckets = new S3Inventory(S3Stubs.retrying(wm)).buckets();

        assertThat(buckets.get(0).tags()).containsEntry("env", "prod");
        wm.verify(2, getRequestedFor(urlPathEqualTo("/app-logs")).withQueryParam("tagging", equalTo("")));
    }

    @Test
    void accessDeniedNamesTheBucketAndTheIamAction() {
        wm.stubFor(bucketCall("app-logs", "tagging").willReturn(xml(200, fixture("tagging.xml"))));
        wm.stubFor(bucketCall("app-logs", "lifecycle").willReturn(xml(403, fixture("access-denied.xml"))));

        assertThatThrownBy(() -> new S3Inventory(S3Stubs.client(wm)).buckets())
                .isInstanceOf(CloudcostException.class)
                .hasMessageStartingWith("S3 bucket app-logs: s3:GetLifecycleConfiguration was denied (AccessDenied): grant"
                        + " \"s3:GetLifecycleConfiguration\"")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void listingBucketsDeniedNamesListAllMyBuckets() {
        wm.stubFor(get(urlPathEqualTo("/")).atPriority(1).willReturn(xml(403, fixture("access-denied.xml"))));

        assertThatThrownBy(() -> new S3Inventory(S3Stubs.client(wm)).buckets())
                .isInstanceOf(CloudcostException.class)
                .hasMessageStartingWith("s3:ListAllMyBuckets was denied (AccessDenied)");
    }
}
