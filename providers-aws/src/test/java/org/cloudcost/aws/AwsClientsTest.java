package org.cloudcost.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.cloudcost.aws.internal.LocalAws;
import org.cloudcost.core.CloudcostException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;

/** The client factory: one line for missing credentials and bad settings, clients per region, closed together. */
class AwsClientsTest {
    @Test
    void missingCredentialsAreOneLineSayingWhereToPutThem() {
        assertThatThrownBy(() -> AwsClients.builder().profile("readonly")
                .credentials(() -> {
                    throw SdkClientException.create("Unable to load credentials from any of the providers\nin the chain");
                }).build())
                .isInstanceOf(CloudcostException.class)
                .hasMessage("No AWS credentials found for the profile \"readonly\": set AWS_ACCESS_KEY_ID and"
                        + " AWS_SECRET_ACCESS_KEY, or configure a profile in ~/.aws/credentials (aws configure, aws sso login)"
                        + " and name it (pull aws --profile, analyze --aws-profile), or run on an instance with an IAM role"
                        + " (Unable to load credentials from any of"
                        + " the providers)");
    }

    @Test
    void regionsAndEndpointsAreChecked() {
        assertThat(AwsClients.checkRegion(" eu-central-2 ")).isEqualTo("eu-central-2");
        assertThat(AwsClients.checkRegion("us-gov-west-1")).isEqualTo("us-gov-west-1");
        assertThatThrownBy(() -> AwsClients.checkRegion("cn-hangzhou")).hasMessage(
                "AWS region id expected (us-east-1, eu-west-1, …), found \"cn-hangzhou\"");
        assertThatThrownBy(() -> AwsClients.builder().endpointOverride("localhost:8089"))
                .isInstanceOf(CloudcostException.class)
                .hasMessage("Endpoint URL localhost:8089 must look like http://host:port or https://host");
    }

    @Test
    void clientsAreMadeOncePerRegionSentToTheOverrideAndClosedTogether() {
        AwsClients aws = LocalAws.clients("http://localhost:1");
        try {
            assertThat(aws.cloudWatch("eu-west-1")).isSameAs(aws.cloudWatch("eu-west-1"))
                    .isNotSameAs(aws.cloudWatch("us-east-1"));
            assertThat(aws.costExplorer().serviceClientConfiguration().region()).isEqualTo(AwsClients.COST_EXPLORER_REGION);
            assertThat(aws.ec2("eu-west-1").serviceClientConfiguration().region()).isEqualTo(Region.EU_WEST_1);
            assertThat(aws.s3("eu-west-1").serviceClientConfiguration().endpointOverride()).contains(URI.create("http://localhost:1"));
            assertThat(aws.endpointOverride()).contains(URI.create("http://localhost:1"));
        } finally {
            aws.close();
        }
        assertThatThrownBy(() -> aws.rds("eu-west-1")).isInstanceOf(IllegalStateException.class);
    }
}
