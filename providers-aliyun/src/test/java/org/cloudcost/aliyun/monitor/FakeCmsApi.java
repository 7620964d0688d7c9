package org.cloudcost.aliyun.monitor;

import com.aliyun.cms20190101.models.DescribeMetricListResponseBody;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A hand-written {@link CmsApi}: answers pages set up by metric name and token, records every
 * call, and answers an empty page ({@code Datapoints} "[]") for anything not set up.
 */
final class FakeCmsApi implements CmsApi {
    /** One recorded call. */
    record Call(String namespace, String metricName, String dimensions, String start, String end, String period,
                String nextToken, String length) {
    }

    final List<Call> calls = new ArrayList<>();
    private final Map<String, DescribeMetricListResponseBody> pages = new HashMap<>();

    /** Answers {@code datapoints} (the JSON array text) for the metric's page {@code token} (null = first), pointing to {@code next}. */
    FakeCmsApi page(String metricName, String token, String datapoints, String next) {
        pages.put(metricName + "|" + token, new DescribeMetricListResponseBody().setCode("200").setSuccess(true)
                .setDatapoints(datapoints).setNextToken(next).setPeriod("300"));
        return this;
    }

    /** Answers {@code body} for the metric's page {@code token}. */
    FakeCmsApi page(String metricName, String token, DescribeMetricListResponseBody body) {
        pages.put(metricName + "|" + token, body);
        return this;
    }

    @Override
    public DescribeMetricListResponseBody describeMetricList(String namespace, String metricName, String dimensionsJson,
                                                             String startTime, String endTime, String period,
                                                             String nextToken, String length) {
        calls.add(new Call(namespace, metricName, dimensionsJson, startTime, endTime, period, nextToken, length));
        return pages.getOrDefault(metricName + "|" + nextToken,
                new DescribeMetricListResponseBody().setCode("200").setSuccess(true).setDatapoints("[]"));
    }

    List<Call> callsFor(String metricName) {
        return calls.stream().filter(c -> c.metricName().equals(metricName)).toList();
    }
}
