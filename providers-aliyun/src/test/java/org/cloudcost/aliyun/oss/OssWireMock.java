package org.cloudcost.aliyun.oss;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.aliyun.oss.ClientBuilderConfiguration;
import com.aliyun.oss.OSS;
import com.aliyun.oss.OSSClientBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** Test helpers: the real OSS client pointed at WireMock, and the XML fixtures of {@code src/test/resources/oss}. */
final class OssWireMock {
    private OssWireMock() {
    }

    /** The real client on {@code http://localhost:port} (path-style there), without the SDK's own retries. */
    static OSS client(WireMockExtension wm) {
        ClientBuilderConfiguration conf = new ClientBuilderConfiguration();
        conf.setMaxErrorRetry(0);
        return new OSSClientBuilder().build("http://localhost:" + wm.getPort(), "test-ak", "test-sk", conf);
    }

    /** An XML response with a fixture's body. */
    static ResponseDefinitionBuilder xml(int status, String fixture) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/xml")
                .withHeader("x-oss-request-id", "5C3D9175B6FC201293AD0000").withBody(fixture(fixture));
    }

    /** Anything not stubbed answers as OSS does for an unknown bucket, so a wrong path fails loudly. */
    static void catchAll(WireMockExtension wm) {
        wm.stubFor(any(anyUrl()).atPriority(100).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/xml")
                .withBody("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>NoSuchBucket</Code>"
                        + "<Message>The specified bucket does not exist (unstubbed request).</Message>"
                        + "<RequestId>0</RequestId><HostId>localhost</HostId></Error>")));
    }

    static String fixture(String name) {
        try (InputStream in = OssWireMock.class.getResourceAsStream("/oss/" + name)) {
            return new String(Objects.requireNonNull(in, "fixture oss/" + name).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
