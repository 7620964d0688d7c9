package org.cloudcost.aws.ec2;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;

/**
 * Real AWS SDK clients pointed at a local WireMock server (CLOUD-API-TESTING.md): fixed region,
 * static test credentials, and either no retries or the SDK's standard strategy without waits, so
 * a stubbed throttling error is retried at once. Also reads the recorded response bodies kept
 * under {@code src/test/resources/org/cloudcost/aws/<service>/}.
 *
 * <pre>{@code
 * Ec2Client ec2 = LocalAws.client(Ec2Client.builder(), wm.baseUrl());
 * S3Client s3 = LocalAws.retrying(S3Client.builder().forcePathStyle(true), wm.baseUrl());
 * String body = LocalAws.fixture(getClass(), "describe-instances-page-1.xml");
 * }</pre>
 */
public final class LocalAws {
    /** The region every local client is built for. */
    public static final Region REGION = Region.US_EAST_1;

    private LocalAws() {
    }

    /** A client that does not retry: a stubbed error is seen at once. */
    public static <B extends AwsClientBuilder<B, C>, C> C client(B builder, String baseUrl) {
        return common(builder, baseUrl).overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())).build();
    }

    /** A client with the SDK's standard retry strategy (3 attempts) retrying at once: throttling is retried. */
    public static <B extends AwsClientBuilder<B, C>, C> C retrying(B builder, String baseUrl) {
        return common(builder, baseUrl).overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.standardRetryStrategy()
                .toBuilder().maxAttempts(3).backoffStrategy(BackoffStrategy.retryImmediately())
                .throttlingBackoffStrategy(BackoffStrategy.retryImmediately()).build())).build();
    }

    private static <B extends AwsClientBuilder<B, C>, C> B common(B builder, String baseUrl) {
        return builder.endpointOverride(URI.create(baseUrl)).region(REGION)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")));
    }

    /** A recorded body from the test resources next to {@code near}'s package. */
    public static String fixture(Class<?> near, String name) {
        try (InputStream in = near.getResourceAsStream(name)) {
            assertThat(in).as("fixture %s next to %s", name, near.getName()).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
