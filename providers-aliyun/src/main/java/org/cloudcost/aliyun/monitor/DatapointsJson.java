package org.cloudcost.aliyun.monitor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.cloudcost.core.CloudcostException;

/**
 * Reads {@code DescribeMetricList}'s {@code Datapoints}: a JSON array carried inside a string,
 * each element {@code {"timestamp":1727740800000,"userId":"…","instanceId":"i-1","Average":12.5,
 * "Maximum":40,"Minimum":3}} with {@code timestamp} in epoch milliseconds. A missing or blank
 * string is no data points; a statistic that is missing (agent metrics may carry only some) is
 * left empty; numbers written as strings are accepted. A point without {@code instanceId} is
 * attributed to the only instance of the query when there is one, else it is an error.
 *
 * <pre>{@code
 * List<Datapoint> points = DatapointsJson.parse(body.getDatapoints(), null);
 * }</pre>
 */
public final class DatapointsJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DatapointsJson() {
    }

    /**
     * Parses the array.
     *
     * @param datapoints the {@code Datapoints} string, possibly null or blank
     * @param onlyInstance the instance id for points that carry none, or null when the query named several
     * @throws CloudcostException when the string is not such an array
     */
    public static List<Datapoint> parse(String datapoints, String onlyInstance) {
        if (datapoints == null || datapoints.isBlank()) {
            return List.of();
        }
        JsonNode array;
        try {
            array = JSON.readTree(datapoints);
        } catch (JsonProcessingException e) {
            throw new CloudcostException("Alibaba Cloud DescribeMetricList: Datapoints is not JSON: "
                    + e.getOriginalMessage(), e);
        }
        if (!array.isArray()) {
            throw new CloudcostException("Alibaba Cloud DescribeMetricList: Datapoints is not a JSON array but "
                    + array.getNodeType());
        }
        List<Datapoint> points = new ArrayList<>(array.size());
        for (JsonNode p : array) {
            points.add(point(p, onlyInstance));
        }
        return points;
    }

    private static Datapoint point(JsonNode p, String onlyInstance) {
        JsonNode ts = p.get("timestamp");
        if (ts == null || !(ts.isNumber() || ts.isTextual() && ts.asText().matches("\\d+"))) {
            throw new CloudcostException("Alibaba Cloud DescribeMetricList: a data point without a numeric timestamp: " + p);
        }
        String id = p.hasNonNull("instanceId") ? p.get("instanceId").asText() : onlyInstance;
        if (id == null || id.isBlank()) {
            throw new CloudcostException("Alibaba Cloud DescribeMetricList: a data point without instanceId: " + p);
        }
        return new Datapoint(id, Instant.ofEpochMilli(ts.asLong()), number(p, "Average"), number(p, "Maximum"),
                number(p, "Minimum"));
    }

    private static OptionalDouble number(JsonNode p, String field) {
        JsonNode v = p.get(field);
        if (v == null || v.isNull()) {
            return OptionalDouble.empty();
        }
        if (v.isNumber()) {
            return OptionalDouble.of(v.asDouble());
        }
        if (v.isTextual()) {
            try {
                double d = Double.parseDouble(v.asText().trim());
                return Double.isFinite(d) ? OptionalDouble.of(d) : OptionalDouble.empty();
            } catch (NumberFormatException e) {
                throw new CloudcostException("Alibaba Cloud DescribeMetricList: " + field + " is not a number: " + v);
            }
        }
        throw new CloudcostException("Alibaba Cloud DescribeMetricList: " + field + " is not a number: " + v);
    }
}
