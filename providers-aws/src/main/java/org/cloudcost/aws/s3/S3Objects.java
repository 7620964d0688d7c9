package org.cloudcost.aws.s3;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cloudcost.aws.internal.AwsCalls;
import org.cloudcost.aws.internal.PageTokens;
import org.cloudcost.core.CloudcostException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The object calls the S3 readers of this package share, each through {@link AwsCalls}: listing a
 * prefix every page ({@code s3:ListBucket}, ListObjectsV2 with {@code ContinuationToken}),
 * reading a small JSON document whole and opening an object as a stream ({@code s3:GetObject}).
 *
 * <pre>{@code
 * S3Objects objects = new S3Objects(s3);
 * for (S3Objects.Listed o : objects.list("billing", "cur/")) { ... }
 * byte[] manifest = objects.readSmall("billing", "cur/r/20261001-20261101/r-Manifest.json");
 * }</pre>
 */
final class S3Objects {
    /** ListObjectsV2 {@code MaxKeys}: the documented maximum. */
    static final int KEYS_PER_PAGE = 1000;
    /** The largest manifest read whole; real ones are kilobytes (a CUR manifest lists its columns and files). */
    static final int MAX_SMALL_BYTES = 16 * 1024 * 1024;

    /** One listed object. */
    record Listed(String key, long size, Instant lastModified) {
    }

    private final S3Client s3;

    S3Objects(S3Client s3) {
        this.s3 = Objects.requireNonNull(s3, "s3");
    }

    /** Every object under {@code prefix} of {@code bucket}, in key order, every page. */
    List<Listed> list(String bucket, String prefix) {
        return AwsCalls.call("s3:ListBucket", () -> {
            List<Listed> out = new ArrayList<>();
            PageTokens tokens = new PageTokens("s3:ListBucket");
            for (ListObjectsV2Response page : s3.listObjectsV2Paginator(
                    r -> r.bucket(bucket).prefix(prefix).maxKeys(KEYS_PER_PAGE))) {
                tokens.next(Boolean.TRUE.equals(page.isTruncated()) ? page.nextContinuationToken() : null);
                for (S3Object o : page.contents()) {
                    out.add(new Listed(o.key(), o.size() == null ? -1 : o.size(), o.lastModified()));
                }
            }
            return out;
        });
    }

    /**
     * The "folders" directly under {@code prefix} (ListObjectsV2 with delimiter {@code /}: its common
     * prefixes, each ending with {@code /}), every page; the objects beside them are not listed.
     */
    List<String> folders(String bucket, String prefix) {
        return AwsCalls.call("s3:ListBucket", () -> {
            List<String> out = new ArrayList<>();
            PageTokens tokens = new PageTokens("s3:ListBucket");
            for (ListObjectsV2Response page : s3.listObjectsV2Paginator(
                    r -> r.bucket(bucket).prefix(prefix).delimiter("/").maxKeys(KEYS_PER_PAGE))) {
                tokens.next(Boolean.TRUE.equals(page.isTruncated()) ? page.nextContinuationToken() : null);
                page.commonPrefixes().forEach(p -> out.add(p.prefix()));
            }
            return out;
        });
    }

    /**
     * A stream of the object's bytes as stored (a {@code .gz} stays compressed), read from the
     * network as the caller reads; the caller closes it.
     */
    InputStream open(String bucket, String key) {
        return AwsCalls.call("s3:GetObject", () -> s3.getObject(r -> r.bucket(bucket).key(key)));
    }

    /**
     * The whole object, which must be small (a manifest).
     *
     * @throws CloudcostException when it is larger than {@value #MAX_SMALL_BYTES} bytes or cannot be read
     */
    byte[] readSmall(String bucket, String key) {
        try (InputStream in = open(bucket, key)) {
            byte[] bytes = in.readNBytes(MAX_SMALL_BYTES + 1);
            if (bytes.length > MAX_SMALL_BYTES) {
                throw new CloudcostException("s3://" + bucket + "/" + key + " is larger than " + MAX_SMALL_BYTES
                        + " bytes; expected a small JSON manifest");
            }
            return bytes;
        } catch (IOException e) {
            throw new CloudcostException("Cannot read s3://" + bucket + "/" + key + ": " + e.getMessage(), e);
        }
    }
}
