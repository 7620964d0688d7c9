package org.cloudcost.aws;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.cloudcost.core.CloudcostException;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.costexplorer.CostExplorerClient;
import software.amazon.awssdk.services.costexplorer.model.LimitExceededException;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Builds and owns the synchronous AWS SDK clients the sources of this module take: Cost
 * Explorer (global), and per region CloudWatch, EC2, RDS and S3. Every client shares one Apache
 * HTTP client, one credentials provider and the SDK's <em>standard</em> retry strategy (3
 * attempts, exponential back-off with jitter, throttling errors retried on their own back-off);
 * {@link #close()} closes them all.
 *
 * <p><b>Credentials</b> come from the SDK's default chain: {@code aws.accessKeyId} /
 * {@code aws.secretAccessKey} system properties, {@code AWS_ACCESS_KEY_ID} /
 * {@code AWS_SECRET_ACCESS_KEY} (/ {@code AWS_SESSION_TOKEN}), web identity (EKS), the shared
 * {@code ~/.aws/credentials} and {@code ~/.aws/config} files (SSO and {@code role_arn} profiles
 * included) for {@code AWS_PROFILE} or {@link Builder#profile(String)}, then the ECS container
 * and EC2 instance roles. {@link Builder#build()} resolves them once, so a machine without
 * credentials fails there, in one line.
 *
 * <p><b>Endpoints</b>: the public ones the SDK resolves, except Cost Explorer, which is global and
 * answered in {@code us-east-1} ({@link #COST_EXPLORER_REGION}). An endpoint override
 * ({@code http://localhost:8089}, a VPC endpoint, a test stub) sends every client there; S3 then
 * uses path-style addressing ({@code host/bucket/key}), as a stub or gateway has no
 * {@code bucket.host} names.
 *
 * <pre>{@code
 * try (AwsClients aws = AwsClients.builder().profile("billing-readonly").build()) {
 *     CloudWatchClient cw = aws.cloudWatch("eu-west-1");
 *     CostExplorerClient ce = aws.costExplorer();
 * }
 * }</pre>
 */
public final class AwsClients implements AutoCloseable {
    /** Cost Explorer's one endpoint, {@code ce.us-east-1.amazonaws.com}, serves every commercial region. */
    public static final Region COST_EXPLORER_REGION = Region.US_EAST_1;

    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");

    private final AwsCredentialsProvider credentials;
    private final URI endpointOverride;
    private final RetryStrategy retryStrategy;
    private final SdkHttpClient http;
    private final Map<String, SdkClient> clients = new LinkedHashMap<>();
    private boolean closed;

    private AwsClients(Builder b, AwsCredentialsProvider credentials) {
        this.credentials = credentials;
        this.endpointOverride = b.endpointOverride;
        this.retryStrategy = b.retryStrategy;
        this.http = ApacheHttpClient.builder().build();
    }

    /** Starts a factory with the default credentials chain, no profile, public endpoints, standard retries. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The region the SDK would use by default for {@code profile} ({@code AWS_REGION}, the
     * profile's {@code region} in {@code ~/.aws/config}, the EC2 instance's region).
     *
     * @param profile a profile name, or {@code null} for {@code AWS_PROFILE} / {@code default}
     */
    public static Optional<String> defaultRegion(String profile) {
        try {
            return Optional.of(DefaultAwsRegionProviderChain.builder().profileName(profile).build().getRegion().id());
        } catch (SdkException e) {
            return Optional.empty();
        }
    }

    /**
     * Checks an AWS region id ({@code us-east-1}, {@code eu-central-2}, {@code us-gov-west-1}).
     *
     * @throws CloudcostException naming the value when it is not one
     */
    public static String checkRegion(String regionId) {
        if (regionId == null || !REGION.matcher(regionId.strip()).matches()) {
            throw new CloudcostException("AWS region id expected (us-east-1, eu-west-1, …), found "
                    + (regionId == null ? "nothing" : "\"" + regionId + "\""));
        }
        return regionId.strip();
    }

    /**
     * Cost Explorer, in {@link #COST_EXPLORER_REGION}. Cost Explorer answers a burst of calls with
     * {@code LimitExceededException} ("You have exceeded the rate limit"), which is not among the
     * SDK's throttling codes: this client retries it as well.
     */
    public CostExplorerClient costExplorer() {
        return client("ce", COST_EXPLORER_REGION.id(), r -> configure(CostExplorerClient.builder(), r)
                .overrideConfiguration(o -> o.retryStrategy(retryStrategy.toBuilder()
                        .retryOnException(LimitExceededException.class).build()))
                .build());
    }

    /** CloudWatch in {@code regionId}. */
    public CloudWatchClient cloudWatch(String regionId) {
        return client("cloudwatch", regionId, r -> configure(CloudWatchClient.builder(), r).build());
    }

    /** EC2 in {@code regionId}. */
    public Ec2Client ec2(String regionId) {
        return client("ec2", regionId, r -> configure(Ec2Client.builder(), r).build());
    }

    /** RDS in {@code regionId}. */
    public RdsClient rds(String regionId) {
        return client("rds", regionId, r -> configure(RdsClient.builder(), r).build());
    }

    /**
     * S3 in {@code regionId}, with cross-region access on (a bucket's calls go to the bucket's own
     * region); path-style when the endpoint is overridden.
     */
    public S3Client s3(String regionId) {
        return client("s3", regionId, r -> configure(S3Client.builder(), r).forcePathStyle(endpointOverride != null)
                .crossRegionAccessEnabled(true).build());
    }

    /** The endpoint every client is sent to instead of AWS's, if any. */
    public Optional<URI> endpointOverride() {
        return Optional.ofNullable(endpointOverride);
    }

    /** Closes every client made, then the shared HTTP client. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        clients.values().forEach(SdkClient::close);
        clients.clear();
        http.close();
    }

    @SuppressWarnings("unchecked")
    private synchronized <C extends SdkClient> C client(String service, String regionId, Function<Region, C> make) {
        if (closed) {
            throw new IllegalStateException("AwsClients is closed");
        }
        String region = checkRegion(regionId);
        return (C) clients.computeIfAbsent(service + "@" + region, k -> make.apply(Region.of(region)));
    }

    private <B extends AwsClientBuilder<B, C> & software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder<B, C>, C>
            B configure(B builder, Region region) {
        builder.region(region).credentialsProvider(credentials).httpClient(http)
                .overrideConfiguration(o -> o.retryStrategy(retryStrategy));
        if (endpointOverride != null) {
            builder.endpointOverride(endpointOverride);
        }
        return builder;
    }

    /** Builds {@link AwsClients}. */
    public static final class Builder {
        private String profile;
        private AwsCredentialsProvider credentials;
        private URI endpointOverride;
        private RetryStrategy retryStrategy = AwsRetryStrategy.standardRetryStrategy();

        private Builder() {
        }

        /** Reads credentials from this named profile of {@code ~/.aws/credentials} / {@code ~/.aws/config}; {@code null}: {@code AWS_PROFILE} or {@code default}. */
        public Builder profile(String profile) {
            this.profile = profile == null || profile.isBlank() ? null : profile.strip();
            return this;
        }

        /** Uses these credentials instead of the default chain (a static key, an assumed role, a test key). */
        public Builder credentials(AwsCredentialsProvider credentials) {
            this.credentials = Objects.requireNonNull(credentials, "credentials");
            return this;
        }

        /**
         * Sends every client to {@code url} ({@code http://localhost:8089}, {@code https://gateway.example});
         * {@code null} restores the public endpoints.
         *
         * @throws CloudcostException when {@code url} is not an http or https URL with a host
         */
        public Builder endpointOverride(String url) {
            if (url == null || url.isBlank()) {
                endpointOverride = null;
                return this;
            }
            URI u;
            try {
                u = URI.create(url.strip());
            } catch (IllegalArgumentException e) {
                throw new CloudcostException("Endpoint URL " + url + " is not a URL: " + e.getMessage(), e);
            }
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
                throw new CloudcostException("Endpoint URL " + url + " must look like http://host:port or https://host");
            }
            endpointOverride = u;
            return this;
        }

        /**
         * The retry strategy of every client; default {@link AwsRetryStrategy#standardRetryStrategy()}.
         * Tests pass one that retries without waiting.
         */
        public Builder retryStrategy(RetryStrategy retryStrategy) {
            this.retryStrategy = Objects.requireNonNull(retryStrategy, "retryStrategy");
            return this;
        }

        /**
         * Resolves the credentials once and returns the factory; clients are made on first use.
         *
         * @throws CloudcostException naming where to put credentials when none is found
         */
        public AwsClients build() {
            AwsCredentialsProvider chain = credentials != null ? credentials
                    : DefaultCredentialsProvider.builder().profileName(profile).build();
            try {
                chain.resolveCredentials();
            } catch (SdkException | IllegalArgumentException e) {
                throw new CloudcostException(noCredentials(profile, e), e);
            }
            return new AwsClients(this, chain);
        }

        static String noCredentials(String profile, Exception e) {
            String first = e.getMessage() == null ? "" : e.getMessage().strip().lines().findFirst().orElse("");
            String cut = first.length() > 200 ? first.substring(0, 200) + "…" : first;
            return "No AWS credentials found" + (profile == null ? "" : " for the profile \"" + profile + "\"")
                    + ": set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or configure a profile in ~/.aws/credentials"
                    + " (aws configure, aws sso login) and name it (pull aws --profile, analyze --aws-profile), or run on an"
                    + " instance with an IAM role"
                    + (cut.isEmpty() ? "" : " (" + cut + ")");
        }
    }
}
