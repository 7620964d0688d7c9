package org.cloudcost.aws.s3;

import java.util.Objects;

/**
 * A place in S3 named as the AWS CLI names it, {@code s3://bucket/prefix/}: a bucket and a key
 * prefix (possibly empty). The prefix is kept as given; a folder-like prefix ends with {@code /}.
 *
 * <pre>{@code
 * S3Location at = S3Location.parse("s3://billing-bucket/cur/");
 * at.bucket();   // billing-bucket
 * at.prefix();   // cur/
 * at.uri("cur/x.csv.gz");   // s3://billing-bucket/cur/x.csv.gz
 * }</pre>
 */
public record S3Location(String bucket, String prefix) {
    private static final String SCHEME = "s3://";

    public S3Location {
        if (bucket == null || bucket.isBlank() || bucket.contains("/")) {
            throw new IllegalArgumentException("not a bucket name: \"" + bucket + "\"");
        }
        prefix = Objects.requireNonNullElse(prefix, "");
    }

    /**
     * Reads {@code s3://bucket[/prefix]}.
     *
     * @throws IllegalArgumentException in one line naming the text and the expected form
     */
    public static S3Location parse(String uri) {
        String u = uri == null ? "" : uri.strip();
        if (!u.regionMatches(true, 0, SCHEME, 0, SCHEME.length()) || u.length() == SCHEME.length()
                || u.charAt(SCHEME.length()) == '/') {
            throw new IllegalArgumentException("\"" + u + "\" is not an S3 location; expected s3://bucket/prefix/");
        }
        String rest = u.substring(SCHEME.length());
        int slash = rest.indexOf('/');
        return slash < 0 ? new S3Location(rest, "") : new S3Location(rest.substring(0, slash), rest.substring(slash + 1));
    }

    /** {@code s3://bucket/key} of a key of this bucket. */
    public String uri(String key) {
        return SCHEME + bucket + "/" + key;
    }

    @Override
    public String toString() {
        return uri(prefix);
    }
}
