package org.cloudcost.cli;

import java.io.InputStream;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

import org.cloudcost.aws.AwsClients;
import org.cloudcost.aws.s3.CurObject;
import org.cloudcost.aws.s3.S3CurSource;
import org.cloudcost.aws.s3.S3Location;
import org.cloudcost.core.CloudcostException;
import org.cloudcost.core.CostDatasetReader;

import software.amazon.awssdk.services.s3.S3Client;

/**
 * The {@code s3://bucket/prefix/} arguments of {@code analyze --billing}: each names where a payer
 * account delivers its Cost and Usage Reports and becomes the CUR files of one month
 * ({@link S3CurSource#files}: the legacy manifest's {@code reportKeys}, else the month's folder),
 * added to the reader as streams it opens when it reads them. A CSV file is not copied to disk; a
 * Parquet file is, to a temporary file the reader deletes (Parquet is read by ranges). The AWS
 * clients are built on the first location and serve them all; close this after
 * {@link CostDatasetReader#load()}, which opens the streams.
 *
 * <pre>{@code
 * try (S3BillingInputs s3 = new S3BillingInputs("billing", null, null, YearMonth.of(2026, 10))) {
 *     s3.add(reader, "s3://billing-bucket/cur/");   // lists the month's files (s3:ListBucket)
 *     dataset = reader.load();                      // streams each one (s3:GetObject)
 * }
 * }</pre>
 */
final class S3BillingInputs implements AutoCloseable {
    /**
     * The S3 client's region when none is given, set in {@code AWS_REGION} or in the profile. Any
     * region reaches every bucket: the client is built with cross-region access (see
     * {@link AwsClients#s3}), so this only picks the first endpoint asked, as the AWS CLI's
     * {@code s3} commands do with {@code us-east-1}.
     */
    static final String FALLBACK_REGION = "us-east-1";

    private static final String SCHEME = "s3://";

    private final String profile;
    private final String endpointUrl;
    private final String region;
    private final YearMonth month;
    private AwsClients aws;

    /**
     * @param profile     a profile of {@code ~/.aws/credentials} / {@code ~/.aws/config}, or {@code null}
     *                    for the SDK's default credentials chain
     * @param endpointUrl where to send the S3 calls instead of AWS (a VPC endpoint, a stub), or {@code null}
     * @param region      the S3 client's region, or {@code null} for the profile's, else {@value #FALLBACK_REGION}
     * @param month       the billing month whose CUR files are read
     */
    S3BillingInputs(String profile, String endpointUrl, String region, YearMonth month) {
        this.profile = profile;
        this.endpointUrl = endpointUrl;
        this.region = region;
        this.month = Objects.requireNonNull(month, "month");
    }

    /** True when a {@code --billing} argument names an S3 location rather than a local file. */
    static boolean isS3(String argument) {
        return argument.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
    }

    /**
     * Finds the month's CUR files under {@code location} and adds each to {@code reader}, named by its
     * {@code s3://bucket/key}, in reading order.
     *
     * @return how many files were added
     * @throws CloudcostException in one line when the location is malformed, holds no CUR file of the
     *         month or holds an ambiguous set, or when an S3 call fails (naming the IAM action)
     */
    int add(CostDatasetReader reader, String location) {
        try {
            S3Location.parse(location);
        } catch (IllegalArgumentException e) {
            throw new CloudcostException("--billing " + e.getMessage(), e);
        }
        S3CurSource source = new S3CurSource(s3(), location);
        List<CurObject> files = source.files(month);
        for (CurObject file : files) {
            reader.billing(file.uri(), file.size(), () -> open(source, file));
        }
        return files.size();
    }

    /** Closes the AWS clients, if any were built. */
    @Override
    public void close() {
        if (aws != null) {
            aws.close();
        }
    }

    private S3Client s3() {
        if (aws == null) {
            aws = AwsClients.builder().profile(profile).endpointOverride(endpointUrl).build();
        }
        return aws.s3(region != null ? region : AwsClients.defaultRegion(profile).orElse(FALLBACK_REGION));
    }

    /** The object's stream; a failed GetObject says which object, then what AWS said. */
    private static InputStream open(S3CurSource source, CurObject file) {
        try {
            return source.open(file);
        } catch (CloudcostException e) {
            throw new CloudcostException(file.uri() + ": " + e.getMessage(), e);
        }
    }
}
