package org.cloudcost.aws.internal;

import org.cloudcost.aws.AwsClients;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;

/**
 * The real SDK clients, sent to a local WireMock server: a static test key, and the standard
 * retry strategy without its waits, so a stubbed throttling error is retried at once.
 *
 * <pre>{@code
 * try (AwsClients aws = LocalAws.clients(wm.baseUrl())) {
 *     aws.costExplorer().getCostAndUsage(request);
 * }
 * }</pre>
 */
public final class LocalAws {
    private LocalAws() {
    }

    /** The standard strategy (3 attempts, the SDK's throttling codes) retrying immediately. */
    public static RetryStrategy quickRetries() {
        return AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .backoffStrategy(BackoffStrategy.retryImmediately())
                .throttlingBackoffStrategy(BackoffStrategy.retryImmediately())
                .circuitBreakerEnabled(false).build();
    }

    public static AwsClients clients(String baseUrl) {
        return AwsClients.builder().endpointOverride(baseUrl)
                .credentials(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "test-secret")))
                .retryStrategy(quickRetries()).build();
    }
}
