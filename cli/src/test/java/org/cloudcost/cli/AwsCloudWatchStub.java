package org.cloudcost.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.thirdparty.jackson.core.JsonParser;
import software.amazon.awssdk.thirdparty.jackson.core.JsonToken;
import software.amazon.awssdk.thirdparty.jackson.dataformat.cbor.CBORFactory;
import software.amazon.awssdk.thirdparty.jackson.dataformat.cbor.CBORGenerator;

/**
 * CloudWatch {@code GetMetricData} answered from a function, in the SDK's wire format (Smithy RPC
 * v2 CBOR, timestamps as CBOR tag 1): the request's queries are decoded and every period of its
 * time range gets the value the function gives (none where it gives null). CBOR is read and
 * written with the AWS SDK's own shaded Jackson CBOR classes, which the CloudWatch client brings.
 *
 * <pre>{@code
 * wm = WireMockExtension.newInstance().options(wireMockConfig().extensions(new AwsCloudWatchStub(values))).build();
 * wm.stubFor(post(urlPathEqualTo(AwsCloudWatchStub.PATH)).willReturn(aResponse().withTransformers(AwsCloudWatchStub.NAME)));
 * }</pre>
 */
final class AwsCloudWatchStub implements ResponseDefinitionTransformerV2 {
    static final String NAME = "cloudwatch-get-metric-data";
    static final String PATH = "/service/GraniteServiceVersion20100801/operation/GetMetricData";

    /** One asked query: its namespace, metric, dimensions ({@code name → value}) and statistic. */
    record Query(String namespace, String metric, Map<String, String> dimensions, String stat) {
    }

    /** The value of a query at a period's start; null for no point. */
    @FunctionalInterface
    interface Values {
        Double at(Query query, Instant periodStart);
    }

    private static final CBORFactory CBOR = new CBORFactory();
    private final Values values;

    AwsCloudWatchStub(Values values) {
        this.values = values;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    @SuppressWarnings("unchecked")
    public ResponseDefinition transform(ServeEvent serveEvent) {
        Map<String, Object> request = (Map<String, Object>) decode(serveEvent.getRequest().getBody());
        Instant start = Instant.ofEpochSecond(((Number) request.get("StartTime")).longValue());
        Instant end = Instant.ofEpochSecond(((Number) request.get("EndTime")).longValue());
        List<Map<String, Object>> results = new ArrayList<>();
        for (Object o : (List<Object>) request.get("MetricDataQueries")) {
            Map<String, Object> q = (Map<String, Object>) o;
            Map<String, Object> stat = (Map<String, Object>) q.get("MetricStat");
            Map<String, Object> metric = (Map<String, Object>) stat.get("Metric");
            Map<String, String> dimensions = new LinkedHashMap<>();
            for (Object d : (List<Object>) metric.get("Dimensions")) {
                dimensions.put((String) ((Map<String, Object>) d).get("Name"), (String) ((Map<String, Object>) d).get("Value"));
            }
            Query query = new Query((String) metric.get("Namespace"), (String) metric.get("MetricName"), dimensions,
                    (String) stat.get("Stat"));
            long period = ((Number) stat.get("Period")).longValue();
            List<Instant> timestamps = new ArrayList<>();
            List<Double> points = new ArrayList<>();
            for (Instant t = start; t.isBefore(end); t = t.plusSeconds(period)) {
                Double v = values.at(query, t);
                if (v != null) {
                    timestamps.add(t);
                    points.add(v);
                }
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("Id", q.get("Id"));
            result.put("Label", q.get("Label"));
            result.put("StatusCode", "Complete");
            result.put("Timestamps", timestamps);
            result.put("Values", points);
            results.add(result);
        }
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("MetricDataResults", results);
        response.put("Messages", List.of());
        return aResponse().withStatus(200).withHeader("Content-Type", "application/cbor")
                .withHeader("smithy-protocol", "rpc-v2-cbor").withBody(encode(response)).build();
    }

    static Object decode(byte[] body) {
        try (JsonParser p = CBOR.createParser(body)) {
            return read(p, p.nextToken());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object read(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT -> {
                Map<String, Object> m = new LinkedHashMap<>();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    String name = p.currentName();
                    m.put(name, read(p, p.nextToken()));
                }
                return m;
            }
            case START_ARRAY -> {
                List<Object> l = new ArrayList<>();
                for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                    l.add(read(p, e));
                }
                return l;
            }
            case VALUE_STRING -> {
                return p.getText();
            }
            case VALUE_NUMBER_INT -> {
                return p.getLongValue();
            }
            case VALUE_NUMBER_FLOAT -> {
                return p.getDoubleValue();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return p.getBooleanValue();
            }
            default -> {
                return null;
            }
        }
    }

    private static byte[] encode(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CBORGenerator g = (CBORGenerator) CBOR.createGenerator(out)) {
            write(g, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @SuppressWarnings("unchecked")
    private static void write(CBORGenerator g, Object value) throws IOException {
        if (value instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<String, Object> e : ((Map<String, Object>) m).entrySet()) {
                g.writeFieldName(e.getKey());
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof List<?> l) {
            g.writeStartArray();
            for (Object e : l) {
                write(g, e);
            }
            g.writeEndArray();
        } else if (value instanceof Instant i) {
            g.writeTag(1);                       // an epoch-seconds timestamp: the SDK rejects ISO strings
            g.writeNumber(i.getEpochSecond());
        } else if (value instanceof Double d) {
            g.writeNumber(d);
        } else if (value instanceof Number n) {
            g.writeNumber(n.longValue());
        } else if (value instanceof String s) {
            g.writeString(s);
        } else {
            g.writeNull();
        }
    }
}
