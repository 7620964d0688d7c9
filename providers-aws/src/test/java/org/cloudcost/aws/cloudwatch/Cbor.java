package org.cloudcost.aws.cloudwatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.fasterxml.jackson.dataformat.cbor.CBORGenerator;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

/**
 * CloudWatch's wire format in this SDK version is Smithy RPC v2 CBOR: fixtures are kept as JSON
 * and converted here. Timestamps must be CBOR tag 1 (epoch seconds); the SDK rejects a string, so
 * every element of a {@code Timestamps} array (an ISO 8601 string in the fixture) is written so.
 *
 * <pre>{@code
 * wm.stubFor(post(urlPathEqualTo(Cbor.GET_METRIC_DATA)).willReturn(Cbor.response(200, Cbor.fixture("page1.json"))));
 * }</pre>
 */
final class Cbor {
    /** Where the SDK posts GetMetricData. */
    static final String GET_METRIC_DATA = "/service/GraniteServiceVersion20100801/operation/GetMetricData";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Cbor() {
    }

    static JsonNode fixture(String name) {
        try (InputStream in = Cbor.class.getResourceAsStream(name)) {
            return JSON.readTree(Objects.requireNonNull(in, "fixture " + name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A GetMetricData answer (or error) with {@code body} as CBOR. */
    static ResponseDefinitionBuilder response(int status, JsonNode body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/cbor")
                .withHeader("smithy-protocol", "rpc-v2-cbor").withHeader("x-amzn-RequestId", "b1e8ac1c-0000-4000-8000-0000000000cb")
                .withBody(bytes(body));
    }

    static byte[] bytes(JsonNode node) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CBORGenerator g = new CBORFactory().createGenerator(out)) {
            write(g, node, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(CBORGenerator g, JsonNode node, boolean timestamps) throws IOException {
        if (node.isObject()) {
            g.writeStartObject();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                g.writeFieldName(e.getKey());
                write(g, e.getValue(), e.getKey().equals("Timestamps"));
            }
            g.writeEndObject();
        } else if (node.isArray()) {
            g.writeStartArray();
            for (JsonNode element : node) {
                if (timestamps) {
                    g.writeTag(1);
                    g.writeNumber(element.isTextual() ? Instant.parse(element.asText()).getEpochSecond() : element.asLong());
                } else {
                    write(g, element, false);
                }
            }
            g.writeEndArray();
        } else if (node.isTextual()) {
            g.writeString(node.asText());
        } else if (node.isIntegralNumber()) {
            g.writeNumber(node.asLong());
        } else if (node.isNumber()) {
            g.writeNumber(node.asDouble());
        } else if (node.isBoolean()) {
            g.writeBoolean(node.asBoolean());
        } else {
            g.writeNull();
        }
    }
}
