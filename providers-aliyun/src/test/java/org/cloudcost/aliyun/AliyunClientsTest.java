package org.cloudcost.aliyun;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.aliyun.credentials.utils.AuthUtils;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.cloudcost.aliyun.AliyunClients.Service;
import org.cloudcost.core.CloudcostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class AliyunClientsTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static com.aliyun.credentials.Client staticKey() {
        return new com.aliyun.credentials.Client(new com.aliyun.credentials.models.Config().setType("access_key")
                .setAccessKeyId("test-ak").setAccessKeySecret("test-sk"));
    }

    private static String fixture(String resource) throws java.io.IOException {
        try (java.io.InputStream in = AliyunClientsTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyClientTalksToTheOverrideEndpointWithTheGivenCredentials() throws Exception {
        wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"RequestId\":\"r-1\"}")));
        wm.stubFor(get(urlPathEqualTo("/")).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/xml")
                .withBody(fixture("/oss/list-buckets-page2.xml"))));

        try (AliyunClients clients = AliyunClients.builder("cn-hangzhou").credentials(staticKey())
                .endpointOverride("http://localhost:" + wm.getPort()).build()) {
            clients.bss().queryBillOverview(new com.aliyun.bssopenapi20171214.models.QueryBillOverviewRequest()
                    .setBillingCycle("2026-10"));
            clients.cms().describeMetricList(new com.aliyun.cms20190101.models.DescribeMetricListRequest()
                    .setNamespace("acs_ecs_dashboard").setMetricName("CPUUtilization"));
            clients.ecs().describeInstances(new com.aliyun.ecs20140526.models.DescribeInstancesRequest().setRegionId("cn-hangzhou"));
            clients.vpc().describeEipAddresses(new com.aliyun.vpc20160428.models.DescribeEipAddressesRequest()
                    .setRegionId("cn-hangzhou"));
            clients.rds().describeDBInstances(new com.aliyun.rds20140815.models.DescribeDBInstancesRequest()
                    .setRegionId("cn-hangzhou"));
            assertThat(clients.oss().listBuckets()).extracting(com.aliyun.oss.model.Bucket::getName).containsExactly("db-backup");
            assertThat(clients.ossEndpoint()).isEqualTo("http://localhost:" + wm.getPort());
        }

        for (String action : new String[] {"QueryBillOverview", "DescribeMetricList", "DescribeInstances",
                "DescribeEipAddresses", "DescribeDBInstances"}) {
            wm.verify(1, postRequestedFor(anyUrl()).withHeader("x-acs-action", equalTo(action))
                    .withHeader("Authorization", containing("Credential=test-ak")));
        }
        wm.verify(1, getRequestedFor(urlPathEqualTo("/")).withHeader("Authorization", containing("OSS test-ak:")));
    }

    @Test
    void publicEndpointsFollowEachProductsTable() {
        assertThat(AliyunClients.endpoint(Service.BSS, "cn-hangzhou")).isEqualTo("business.aliyuncs.com");
        assertThat(AliyunClients.endpoint(Service.BSS, "ap-southeast-1")).isEqualTo("business.ap-southeast-1.aliyuncs.com");
        assertThat(AliyunClients.endpoint(Service.CMS, "cn-shanghai")).isEqualTo("metrics.cn-shanghai.aliyuncs.com");
        assertThat(AliyunClients.endpoint(Service.ECS, "cn-shanghai")).isEqualTo("ecs.cn-shanghai.aliyuncs.com");
        assertThat(AliyunClients.endpoint(Service.VPC, "cn-beijing")).isEqualTo("vpc.cn-beijing.aliyuncs.com");
        assertThat(AliyunClients.endpoint(Service.RDS, "cn-hangzhou")).isEqualTo("rds.aliyuncs.com");
        assertThat(AliyunClients.endpoint(Service.RDS, "cn-zhangjiakou")).isEqualTo("rds.cn-zhangjiakou.aliyuncs.com");
        assertThat(AliyunClients.endpoint(Service.OSS, "cn-hangzhou")).isEqualTo("oss-cn-hangzhou.aliyuncs.com");
    }

    @Test
    void withoutOverrideTheClientsPointAtThePublicEndpointsOverHttps() {
        try (AliyunClients c = AliyunClients.builder("cn-shenzhen").credentials(staticKey()).build()) {
            assertThat(Stream.of(c.bss(), c.cms(), c.ecs(), c.vpc(), c.rds()).map(x -> x._endpoint)).containsExactly(
                    "business.aliyuncs.com", "metrics.cn-shenzhen.aliyuncs.com", "ecs.cn-shenzhen.aliyuncs.com",
                    "vpc.cn-shenzhen.aliyuncs.com", "rds.aliyuncs.com");
            assertThat(c.ecs()._protocol).isEqualTo("HTTPS");
            assertThat(c.ossEndpoint()).isEqualTo("https://oss-cn-shenzhen.aliyuncs.com");
        }
        try (AliyunClients intl = AliyunClients.builder("cn-hangzhou").credentials(staticKey()).internationalSite(true).build()) {
            assertThat(intl.bss()._endpoint).isEqualTo("business.ap-southeast-1.aliyuncs.com");
        }
    }

    @Test
    void badRegionsAndOverridesAreOneLine() {
        assertThatThrownBy(() -> AliyunClients.builder("Hangzhou")).isInstanceOf(CloudcostException.class)
                .hasMessage("Alibaba Cloud region id expected (cn-hangzhou, ap-southeast-1, …), found \"Hangzhou\"");
        assertThatThrownBy(() -> AliyunClients.builder("cn-hangzhou").endpointOverride("localhost:8080"))
                .isInstanceOf(CloudcostException.class)
                .hasMessage("Endpoint override localhost:8080 must look like http://host:port or https://host");
    }

    /**
     * The real default chain, with nothing to find: no environment variables (the test is skipped
     * on a machine that has them), a credentials file that does not exist and the CLI profile off.
     */
    @Test
    void aMissingCredentialIsOneLineSayingWhereToPutOne(@TempDir Path dir) throws Exception {
        for (String v : new String[] {"ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
                "ALIBABA_CLOUD_ECS_METADATA", "ALIBABA_CLOUD_CREDENTIALS_URI", "ALIBABA_CLOUD_ROLE_ARN"}) {
            assumeTrue(System.getenv(v) == null, v + " is set here");
        }
        assumeTrue(System.getProperty("alibabacloud.accessKeyId") == null, "alibabacloud.accessKeyId is set here");
        AuthUtils.setEnvironmentCredentialsFile(dir.resolve("absent-credentials.ini").toString());
        AuthUtils.disableCLIProfile(true);
        try {
            assertThatThrownBy(() -> AliyunClients.builder("cn-hangzhou").build())
                    .isInstanceOf(CloudcostException.class)
                    .hasMessage(AliyunClients.NO_CREDENTIALS)
                    .hasMessageContainingAll("ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
                            "~/.alibabacloud/credentials.ini")
                    .hasMessageNotContaining("\n");
        } finally {
            AuthUtils.setEnvironmentCredentialsFile(null);
            resetCliProfileSwitch();
        }
    }

    /** Puts AuthUtils' CLI switch back to "not set" (its setter only takes a boolean). */
    private static void resetCliProfileSwitch() throws ReflectiveOperationException {
        Field f = AuthUtils.class.getDeclaredField("disableCLIProfile");
        f.setAccessible(true);
        f.set(null, null);
    }
}
