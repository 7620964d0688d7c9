package org.cloudcost.aliyun.monitor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Splits instance ids into the batches one {@code DescribeMetricList} call may name, and writes
 * each batch as the {@code Dimensions} JSON: {@code [{"instanceId":"i-1"},{"instanceId":"i-2"}]}.
 * The API takes at most {@value #MAX_PER_CALL} instances per request (CMS 2019-01-01
 * DescribeMetricList, parameter Dimensions: "You can query a maximum of 50 instances in a single
 * request" — aliyun/alibabacloud-java-sdk and alibabacloud-csharp-sdk, cms-20190101
 * DescribeMetricListRequest).
 *
 * <pre>{@code
 * for (List<String> batch : InstanceBatches.of(ids)) {
 *     String dimensions = InstanceBatches.dimensions(batch);
 * }
 * }</pre>
 */
public final class InstanceBatches {
    /** Instances per DescribeMetricList call. */
    public static final int MAX_PER_CALL = 50;
    private static final ObjectMapper JSON = new ObjectMapper();

    private InstanceBatches() {
    }

    /** The ids without blanks and duplicates, in order, cut into batches of {@value #MAX_PER_CALL}. */
    public static List<List<String>> of(List<String> instanceIds) {
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(instanceIds.stream()
                .filter(id -> id != null && !id.isBlank()).map(String::strip).toList()));
        List<List<String>> batches = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += MAX_PER_CALL) {
            batches.add(List.copyOf(ids.subList(i, Math.min(ids.size(), i + MAX_PER_CALL))));
        }
        return batches;
    }

    /** The {@code Dimensions} JSON naming every instance of {@code batch}. */
    public static String dimensions(List<String> batch) {
        try {
            return JSON.writeValueAsString(batch.stream().map(id -> Map.of("instanceId", id)).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write instance ids as JSON", e);
        }
    }
}
