package org.cloudcost.aws.rds;

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
import org.cloudcost.aws.ec2.InventoryRow;
import org.cloudcost.aws.ec2.LocalAws;
import org.cloudcost.core.CloudcostException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.rds.RdsClient;

/**
 * The real RDS client against WireMock replaying the RDS query protocol ({@code Action=DescribeDBInstances
 * &Version=2014-10-31}, XML responses): two pages ({@code Marker}), {@code Throttling} retried by
 * the SDK, {@code AccessDenied} as one line naming {@code rds:DescribeDBInstances}.
 */
class RdsInventoryHttpTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @BeforeEach
    void catchAll() {
        wm.stubFor(any(anyUrl()).atPriority(100).willReturn(xml(400, "<ErrorResponse><Error><Type>Sender</Type>"
                + "<Code>NoStub</Code><Message>no stub matches</Message></Error></ErrorResponse>")));
    }

    private static ResponseDefinitionBuilder xml(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "text/xml").withBody(body);
    }

    private static String fixture(String name) {
        return LocalAws.fixture(RdsInventoryHttpTest.class, name);
    }

    private static MappingBuilder describe() {
        return post(urlPathEqualTo("/")).withRequestBody(containing("Action=DescribeDBInstances"))
                .withRequestBody(containing("Version=2014-10-31"));
    }

    private static void twoPages(MappingBuilder first, MappingBuilder second) {
        wm.stubFor(first.withRequestBody(notContaining("Marker")).willReturn(xml(200, fixture("describe-db-instances-page-1.xml"))));
        wm.stubFor(second.withRequestBody(containing("Marker=orders-replica"))
                .willReturn(xml(200, fixture("describe-db-instances-page-2.xml"))));
    }

    @Test
    void everyPageAsDatabaseRowsKeyedByArn() {
        twoPages(describe(), describe());

        List<InventoryRow> rows = new RdsInventory(LocalAws.client(RdsClient.builder(), wm.baseUrl()), "us-east-1").instances();

        assertThat(rows).extracting(InventoryRow::resourceId).containsExactly("arn:aws:rds:us-east-1:123456789012:db:orders",
                "arn:aws:rds:us-east-1:123456789012:db:orders-replica");
        assertThat(rows.get(0).cells()).containsExactly("arn:aws:rds:us-east-1:123456789012:db:orders", "AWS", "database",
                "us-east-1", "db.r6g.xlarge", "", "", "available", "2024-03-01T10:00:00Z", "", "", "",
                "{\"env\":\"prod\",\"team\":\"checkout\"}");
        assertThat(rows.get(0).nativeId()).isEqualTo("orders");
        assertThat(rows.get(0).attributes()).containsEntry(RdsInventory.ENGINE, "mysql")
                .containsEntry(RdsInventory.MULTI_AZ, "true").containsEntry(RdsInventory.ALLOCATED_STORAGE_GIB, "200")
                .containsEntry(RdsInventory.STORAGE_TYPE, "gp3").doesNotContainKey(RdsInventory.READ_REPLICA_SOURCE);
        InventoryRow replica = rows.get(1);
        assertThat(replica.state()).isEqualTo("stopped");
        assertThat(replica.createdAt()).isEqualTo(Instant.parse("2025-07-15T08:30:00Z"));
        assertThat(replica.tags()).isEmpty();
        assertThat(replica.attributes()).containsEntry(RdsInventory.READ_REPLICA_SOURCE, "orders")
                .containsEntry(RdsInventory.MULTI_AZ, "false");
        wm.verify(2, postRequestedFor(urlPathEqualTo("/")).withRequestBody(containing("MaxRecords=100")));
    }

    @Test
    void throttlingIsRetriedByTheSdk() {
        wm.stubFor(describe().inScenario("throttled").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(xml(400, fixture("throttling.xml"))).willSetStateTo("answering"));
        twoPages(describe().inScenario("throttled").whenScenarioStateIs("answering"),
                describe().inScenario("throttled").whenScenarioStateIs("answering"));

        List<InventoryRow> rows = new RdsInventory(LocalAws.retrying(RdsClient.builder(), wm.baseUrl()), "us-east-1")
                .instances();

        assertThat(rows).hasSize(2);
        wm.verify(3, postRequestedFor(urlPathEqualTo("/")).withRequestBody(containing("Action=DescribeDBInstances")));
    }

    @Test
    void accessDeniedIsOneLineNamingTheIamAction() {
        wm.stubFor(describe().willReturn(xml(403, fixture("access-denied.xml"))));

        assertThatThrownBy(() -> new RdsInventory(LocalAws.client(RdsClient.builder(), wm.baseUrl()), "us-east-1").instances())
                .isInstanceOf(CloudcostException.class)
                .hasMessageStartingWith("rds:DescribeDBInstances was denied (AccessDenied): grant \"rds:DescribeDBInstances\"")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aMissingArnFallsBackToTheIdentifierAndTagsKeepTheirOrder() {
        InventoryRow row = RdsRows.database("eu-west-1", software.amazon.awssdk.services.rds.model.DBInstance.builder()
                .dbInstanceIdentifier("legacy").dbInstanceStatus("Available")
                .tagList(t -> t.key("z").value("1"), t -> t.key("a").value(null), t -> t.key(" ").value("x")).build());
        assertThat(row.resourceId()).isEqualTo("legacy");
        assertThat(row.state()).isEqualTo("available");
        assertThat(row.tags()).containsExactly(Map.entry("z", "1"), Map.entry("a", ""));
        assertThat(row.regionId()).isEqualTo("eu-west-1");
    }
}
