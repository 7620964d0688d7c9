package org.cloudcost.aws.cloudwatch;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataRequest;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataResponse;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataResult;
import software.amazon.awssdk.services.cloudwatch.model.StatusCode;

/**
 * A hand-written CloudWatch: answers every query of a GetMetricData request with the points the
 * test's function gives for it, in one page, and keeps the requests.
 *
 * <pre>{@code
 * FakeCloudWatch cw = new FakeCloudWatch(q -> FakeCloudWatch.result(q.id(), List.of(t0), List.of(1.0)));
 * }</pre>
 */
final class FakeCloudWatch implements CloudWatchClient {
    final List<GetMetricDataRequest> requests = new ArrayList<>();
    private final Function<MetricDataQuery, MetricDataResult> answer;

    FakeCloudWatch(Function<MetricDataQuery, MetricDataResult> answer) {
        this.answer = answer;
    }

    @Override
    public GetMetricDataResponse getMetricData(GetMetricDataRequest request) {
        requests.add(request);
        return GetMetricDataResponse.builder().metricDataResults(request.metricDataQueries().stream().map(answer).toList())
                .build();
    }

    static MetricDataResult result(String id, List<java.time.Instant> timestamps, List<Double> values) {
        return MetricDataResult.builder().id(id).timestamps(timestamps).values(values).statusCode(StatusCode.COMPLETE).build();
    }

    @Override
    public String serviceName() {
        return "monitoring";
    }

    @Override
    public void close() {
    }
}
