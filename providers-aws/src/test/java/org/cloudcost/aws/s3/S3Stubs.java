package org.cloudcost.aws.s3;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.cloudcost.aws.ec2.LocalAws;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * S3 REST requests as the SDK sends them with {@code forcePathStyle(true)} ({@code GET /bucket?lifecycle},
 * {@code GET /bucket?list-type=2&prefix=…}, {@code GET /bucket/key}), and XML responses.
 *
 * <pre>{@code
 * wm.stubFor(S3Stubs.bucketCall("app-logs", "tagging").willReturn(S3Stubs.xml(200, S3Stubs.fixture("tagging.xml"))));
 * }</pre>
 */
final class S3Stubs {
    private S3Stubs() {
    }

    static S3Client client(WireMockExtension wm) {
        return LocalAws.client(S3Client.builder().forcePathStyle(true), wm.baseUrl());
    }

    static S3Client retrying(WireMockExtension wm) {
        return LocalAws.retrying(S3Client.builder().forcePathStyle(true), wm.baseUrl());
    }

    /** Any unmatched request gets an S3 error, not WireMock's plain-text 404. */
    static void catchAll(WireMockExtension wm) {
        wm.stubFor(any(anyUrl()).atPriority(100).willReturn(xml(400,
                "<Error><Code>NoStub</Code><Message>no stub matches this request</Message></Error>")));
    }

    /** {@code GET /bucket?subresource}. */
    static MappingBuilder bucketCall(String bucket, String subresource) {
        return get(urlPathEqualTo("/" + bucket)).withQueryParam(subresource, matching(".*"));
    }

    /** ListObjectsV2 of {@code bucket}. */
    static MappingBuilder listObjects(String bucket) {
        return bucketCall(bucket, "list-type");
    }

    /** GetObject {@code key} of {@code bucket}. */
    static MappingBuilder object(String bucket, String key) {
        return get(urlPathEqualTo("/" + bucket + "/" + key));
    }

    static ResponseDefinitionBuilder xml(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/xml").withBody(body);
    }

    static ResponseDefinitionBuilder bytes(byte[] body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/octet-stream")
                .withHeader("Content-Length", Integer.toString(body.length)).withBody(body);
    }

    static String fixture(String name) {
        return LocalAws.fixture(S3Stubs.class, name);
    }

    /** A ListObjectsV2 result page. */
    static String listing(String bucket, String prefix, String nextToken, String... keysAndSizes) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Name>").append(bucket)
                .append("</Name><Prefix>").append(prefix).append("</Prefix><KeyCount>").append(keysAndSizes.length / 2)
                .append("</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>").append(nextToken != null).append("</IsTruncated>");
        if (nextToken != null) {
            sb.append("<NextContinuationToken>").append(nextToken).append("</NextContinuationToken>");
        }
        for (int i = 0; i < keysAndSizes.length; i += 2) {
            sb.append("<Contents><Key>").append(keysAndSizes[i]).append("</Key><LastModified>2026-11-02T05:00:00.000Z")
                    .append("</LastModified><ETag>&quot;3858f62230ac3c915f300c664312c11f&quot;</ETag><Size>")
                    .append(keysAndSizes[i + 1]).append("</Size><StorageClass>STANDARD</StorageClass></Contents>");
        }
        return sb.append("</ListBucketResult>").toString();
    }

    /** A ListObjectsV2 result page with delimiter {@code /}: folders only. */
    static String folders(String bucket, String prefix, String nextToken, String... folders) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Name>").append(bucket)
                .append("</Name><Prefix>").append(prefix).append("</Prefix><Delimiter>/</Delimiter><KeyCount>")
                .append(folders.length).append("</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>").append(nextToken != null)
                .append("</IsTruncated>");
        if (nextToken != null) {
            sb.append("<NextContinuationToken>").append(nextToken).append("</NextContinuationToken>");
        }
        for (String f : folders) {
            sb.append("<CommonPrefixes><Prefix>").append(f).append("</Prefix></CommonPrefixes>");
        }
        return sb.append("</ListBucketResult>").toString();
    }
}
