package org.cloudcost.aws.ec2;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.cloudcost.core.CloudcostException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * The real EC2 client against WireMock replaying the EC2 query protocol (form-encoded
 * {@code Action=…&Version=2016-11-15} requests, XML responses in the 2016-11-15 namespace): every
 * call {@link Ec2Inventory} makes, a second page of each paged call ({@code NextToken}),
 * {@code RequestLimitExceeded} retried by the SDK's standard strategy, and
 * {@code UnauthorizedOperation} as one line naming the IAM action.
 */
class Ec2InventoryHttpTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String ACCOUNT = "123456789012";

    @BeforeEach
    void catchAll() {
        wm.stubFor(any(anyUrl()).atPriority(100).willReturn(xml(400,
                "<Response><Errors><Error><Code>NoStub</Code><Message>no stub matches</Message></Error></Errors></Response>")));
    }

    private static ResponseDefinitionBuilder xml(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "text/xml;charset=UTF-8").withBody(body);
    }

    private static String fixture(String name) {
        return LocalAws.fixture(Ec2InventoryHttpTest.class, name);
    }

    private static MappingBuilder action(String action) {
        return post(urlPathEqualTo("/")).withRequestBody(containing("Action=" + action + "&"))
                .withRequestBody(containing("Version=2016-11-15"));
    }

    /** Page 1 for a request without {@code NextToken}, page 2 for the token page 1 gave. */
    private static void twoPages(String action, String token, String page1, String page2) {
        wm.stubFor(action(action).withRequestBody(notContaining("NextToken")).willReturn(xml(200, fixture(page1))));
        wm.stubFor(action(action).withRequestBody(containing("NextToken=" + token)).willReturn(xml(200, fixture(page2))));
    }

    private Ec2Inventory inventory(Ec2Client client) {
        return new Ec2Inventory(client, "us-east-1", ACCOUNT);
    }

    @Test
    void instancesOfBothPagesWithTypeStateCpuTagsAndCreationTime() {
        twoPages("DescribeInstances", "eyJ2Ij", "describe-instances-page-1.xml", "describe-instances-page-2.xml");

        List<InventoryRow> rows = inventory(LocalAws.client(Ec2Client.builder(), wm.baseUrl())).instances();

        assertThat(rows).extracting(InventoryRow::resourceId).containsExactly("i-0a1b2c3d4e5f60001", "i-0a1b2c3d4e5f60002");
        InventoryRow web = rows.get(0);
        assertThat(web.cells()).containsExactly("i-0a1b2c3d4e5f60001", "AWS", "compute", "us-east-1", "m6i.2xlarge", "8",
                "", "running", "2025-01-10T10:00:00Z", "", "", "", "{\"Name\":\"web-1\",\"env\":\"prod\"}");
        assertThat(web.attributes()).containsEntry(Ec2Inventory.AVAILABILITY_ZONE, "us-east-1a")
                .containsEntry(Ec2Inventory.PLATFORM, "Linux/UNIX")
                .containsEntry(Ec2Inventory.LAUNCH_TIME, "2026-09-01T08:00:00Z");
        InventoryRow spot = rows.get(1);
        assertThat(spot.state()).isEqualTo("stopped");
        assertThat(spot.vcpu()).isEqualTo(2.0);
        assertThat(spot.createdAt()).as("no root EBS mapping: LaunchTime").isEqualTo(Instant.parse("2026-10-02T09:30:00Z"));
        assertThat(spot.attributes()).containsEntry(Ec2Inventory.PLATFORM, "windows")
                .containsEntry(Ec2Inventory.LIFECYCLE, "spot");
        wm.verify(2, postRequestedFor(urlPathEqualTo("/")).withRequestBody(containing("Action=DescribeInstances"))
                .withRequestBody(containing("MaxResults=1000")));
    }

    @Test
    void volumesAttachedAndNot() {
        twoPages("DescribeVolumes", "volumes-page-2", "describe-volumes-page-1.xml", "describe-volumes-page-2.xml");

        List<InventoryRow> rows = inventory(LocalAws.client(Ec2Client.builder(), wm.baseUrl())).volumes();

        assertThat(rows).extracting(InventoryRow::resourceId, InventoryRow::state, InventoryRow::attachedTo, InventoryRow::spec)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("vol-0a1b2c3d4e5f60001", "in-use", "i-0a1b2c3d4e5f60001", "gp3"),
                        org.assertj.core.groups.Tuple.tuple("vol-0a1b2c3d4e5f60009", "available", "", "st1"));
        assertThat(rows.get(1).attributes()).containsEntry(Ec2Inventory.SIZE_GIB, "500")
                .containsEntry(Ec2Inventory.SOURCE_SNAPSHOT, "snap-0a1b2c3d4e5f60003");
        assertThat(rows.get(1).createdAt()).isEqualTo(Instant.parse("2026-03-05T12:00:00Z"));
        assertThat(rows.get(1).cells()[12]).as("a formula-like tag stays inside the JSON object")
                .isEqualTo("{\"owner\":\"=HYPERLINK(\\\"http://x\\\")\"}");
        wm.verify(2, postRequestedFor(urlPathEqualTo("/")).withRequestBody(containing("MaxResults=500")));
    }

    @Test
    void ownSnapshotsAsTheArnsTheBillUses() {
        twoPages("DescribeSnapshots", "snapshots-page-2", "describe-snapshots-page-1.xml", "describe-snapshots-page-2.xml");

        List<InventoryRow> rows = inventory(LocalAws.client(Ec2Client.builder(), wm.baseUrl())).snapshots();

        assertThat(rows).extracting(InventoryRow::resourceId).containsExactly(
                "arn:aws:ec2:us-east-1:123456789012:snapshot/snap-0a1b2c3d4e5f60001",
                "arn:aws:ec2:us-east-1:123456789012:snapshot/snap-0a1b2c3d4e5f60003");
        assertThat(rows).extracting(InventoryRow::nativeId).containsExactly("snap-0a1b2c3d4e5f60001", "snap-0a1b2c3d4e5f60003");
        assertThat(rows.get(1).spec()).isEqualTo("archive");
        assertThat(rows.get(1).state()).isEqualTo("completed");
        assertThat(rows.get(1).createdAt()).isEqualTo(Instant.parse("2023-02-01T00:00:00Z"));
        assertThat(rows.get(1).attributes()).containsEntry(Ec2Inventory.SOURCE_VOLUME, "vol-0ffffffffffffffff")
                .containsEntry(Ec2Inventory.SIZE_GIB, "500");
        wm.verify(2, postRequestedFor(urlPathEqualTo("/")).withRequestBody(containing("Action=DescribeSnapshots"))
                .withRequestBody(containing("Owner.1=self")));
    }

    @Test
    void elasticIpsAssociatedOrFree() {
        wm.stubFor(action("DescribeAddresses").willReturn(xml(200, fixture("describe-addresses.xml"))));

        List<InventoryRow> rows = inventory(LocalAws.client(Ec2Client.builder(), wm.baseUrl())).elasticIps();

        assertThat(rows).extracting(InventoryRow::resourceId, InventoryRow::state, InventoryRow::attachedTo).containsExactly(
                org.assertj.core.groups.Tuple.tuple("arn:aws:ec2:us-east-1:123456789012:elastic-ip/eipalloc-0a1b2c3d4e5f60001",
                        "associated", "i-0a1b2c3d4e5f60001"),
                org.assertj.core.groups.Tuple.tuple("arn:aws:ec2:us-east-1:123456789012:elastic-ip/eipalloc-0a1b2c3d4e5f60002",
                        "available", ""));
        assertThat(rows.get(1).tags()).isEqualTo(Map.of("env", "staging"));
        assertThat(rows.get(1).attributes()).containsEntry(Ec2Inventory.PUBLIC_IP, "203.0.113.11");
        assertThat(rows.get(0).nativeId()).isEqualTo("eipalloc-0a1b2c3d4e5f60001");
    }

    @Test
    void natGatewaysOfBothPages() {
        twoPages("DescribeNatGateways", "nat-page-2", "describe-nat-gateways-page-1.xml", "describe-nat-gateways-page-2.xml");

        List<InventoryRow> rows = inventory(LocalAws.client(Ec2Client.builder(), wm.baseUrl())).natGateways();

        assertThat(rows).extracting(InventoryRow::resourceId, InventoryRow::resourceType, InventoryRow::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple("arn:aws:ec2:us-east-1:123456789012:natgateway/nat-0a1b2c3d4e5f60001",
                        "nat", "available"),
                org.assertj.core.groups.Tuple.tuple("arn:aws:ec2:us-east-1:123456789012:natgateway/nat-0a1b2c3d4e5f60002",
                        "nat", "deleted"));
        assertThat(rows.get(0).attributes()).containsEntry(Ec2Inventory.PUBLIC_IP, "198.51.100.7")
                .containsEntry(Ec2Inventory.CONNECTIVITY, "public");
        assertThat(rows.get(0).createdAt()).isEqualTo(Instant.parse("2024-11-20T07:00:00Z"));
    }

    @Test
    void throttlingIsRetriedByTheSdkThenEveryPageIsRead() {
        wm.stubFor(action("DescribeInstances").inScenario("throttled").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(xml(503, fixture("request-limit-exceeded.xml"))).willSetStateTo("answering"));
        wm.stubFor(action("DescribeInstances").inScenario("throttled").whenScenarioStateIs("answering")
                .withRequestBody(notContaining("NextToken")).willReturn(xml(200, fixture("describe-instances-page-1.xml"))));
        wm.stubFor(action("DescribeInstances").inScenario("throttled").whenScenarioStateIs("answering")
                .withRequestBody(containing("NextToken=eyJ2Ij")).willReturn(xml(200, fixture("describe-instances-page-2.xml"))));

        List<InventoryRow> rows = inventory(LocalAws.retrying(Ec2Client.builder(), wm.baseUrl())).instances();

        assertThat(rows).hasSize(2);
        wm.verify(3, postRequestedFor(urlPathEqualTo("/")).withRequestBody(containing("Action=DescribeInstances")));
    }

    @Test
    void throttlingThatDoesNotStopIsOneLine() {
        wm.stubFor(action("DescribeNatGateways").willReturn(xml(503, fixture("request-limit-exceeded.xml"))));

        assertThatThrownBy(() -> inventory(LocalAws.retrying(Ec2Client.builder(), wm.baseUrl())).natGateways())
                .isInstanceOf(CloudcostException.class)
                .hasMessageStartingWith("ec2:DescribeNatGateways failed: RequestLimitExceeded: Request limit exceeded.")
                .hasMessageContaining("still throttled")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        wm.verify(3, postRequestedFor(urlPathEqualTo("/")).withRequestBody(containing("Action=DescribeNatGateways")));
    }

    @Test
    void accessDeniedNamesTheIamAction() {
        wm.stubFor(action("DescribeVolumes").willReturn(xml(403, fixture("unauthorized-operation.xml"))));

        assertThatThrownBy(() -> inventory(LocalAws.client(Ec2Client.builder(), wm.baseUrl())).volumes())
                .isInstanceOf(CloudcostException.class)
                .hasMessageStartingWith("ec2:DescribeVolumes was denied (UnauthorizedOperation): grant \"ec2:DescribeVolumes\"")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void allListsEveryKindInOrder() {
        twoPages("DescribeInstances", "eyJ2Ij", "describe-instances-page-1.xml", "describe-instances-page-2.xml");
        twoPages("DescribeVolumes", "volumes-page-2", "describe-volumes-page-1.xml", "describe-volumes-page-2.xml");
        twoPages("DescribeSnapshots", "snapshots-page-2", "describe-snapshots-page-1.xml", "describe-snapshots-page-2.xml");
        wm.stubFor(action("DescribeAddresses").willReturn(xml(200, fixture("describe-addresses.xml"))));
        twoPages("DescribeNatGateways", "nat-page-2", "describe-nat-gateways-page-1.xml", "describe-nat-gateways-page-2.xml");

        List<InventoryRow> rows = inventory(LocalAws.client(Ec2Client.builder(), wm.baseUrl())).all();

        assertThat(rows).extracting(InventoryRow::resourceType).containsExactly("compute", "compute", "disk", "disk",
                "snapshot", "snapshot", "ip", "ip", "nat", "nat");
    }
}
