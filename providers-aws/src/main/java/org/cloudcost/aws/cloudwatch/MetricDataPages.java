package org.cloudcost.aws.cloudwatch;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.cloudcost.aws.internal.AwsCalls;
import org.cloudcost.aws.internal.PageTokens;
import org.cloudcost.core.CloudcostException;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataRequest;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataResponse;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataResult;
import software.amazon.awssdk.services.cloudwatch.model.ScanBy;
import software.amazon.awssdk.services.cloudwatch.model.StatusCode;

/**
 * Runs one batch of at most {@value #MAX_QUERIES} metric queries through {@code GetMetricData},
 * following {@code NextToken} until every query is complete ({@code PartialData} results go on
 * in the next page), and gathers each query's points by timestamp. Every call goes through
 * {@link AwsCalls} ({@code cloudwatch:GetMetricData}).
 *
 * <pre>{@code
 * Map<String, TreeMap<Instant, Double>> points = new MetricDataPages(cw).fetch(queries, start, end);
 * }</pre>
 */
final class MetricDataPages {
    /** GetMetricData takes at most 500 queries a call (CloudWatch API reference, MetricDataQueries). */
    static final int MAX_QUERIES = 500;

    private final CloudWatchClient cw;
    private int calls;

    MetricDataPages(CloudWatchClient cw) {
        this.cw = Objects.requireNonNull(cw, "cw");
    }

    /** Calls made so far, pages included. */
    int calls() {
        return calls;
    }

    /**
     * The points of each query id, by timestamp; every id of {@code queries} is a key (possibly of
     * an empty map: absence is not zero).
     *
     * @throws CloudcostException when a call fails, or CloudWatch answers a query Forbidden or InternalError
     */
    Map<String, TreeMap<Instant, Double>> fetch(List<MetricDataQuery> queries, Instant start, Instant end) {
        if (queries.size() > MAX_QUERIES) {
            throw new IllegalArgumentException(queries.size() + " queries in one GetMetricData call; at most " + MAX_QUERIES);
        }
        Map<String, TreeMap<Instant, Double>> points = new LinkedHashMap<>();
        queries.forEach(q -> points.put(q.id(), new TreeMap<>()));
        if (queries.isEmpty()) {
            return points;
        }
        GetMetricDataRequest.Builder request = GetMetricDataRequest.builder().metricDataQueries(queries)
                .startTime(start).endTime(end).scanBy(ScanBy.TIMESTAMP_ASCENDING);
        PageTokens tokens = new PageTokens("cloudwatch:GetMetricData");
        String token = null;
        do {
            GetMetricDataRequest r = request.nextToken(token).build();
            GetMetricDataResponse page = AwsCalls.call("cloudwatch:GetMetricData", () -> cw.getMetricData(r));
            calls++;
            for (MetricDataResult result : page.metricDataResults()) {
                add(points, result);
            }
            token = tokens.next(page.nextToken());
        } while (token != null);
        return points;
    }

    private static void add(Map<String, TreeMap<Instant, Double>> points, MetricDataResult result) {
        TreeMap<Instant, Double> series = points.get(result.id());
        if (series == null) {
            throw new CloudcostException("CloudWatch GetMetricData answered the query id \"" + result.id()
                    + "\", which was not asked");
        }
        if (result.statusCode() == StatusCode.FORBIDDEN || result.statusCode() == StatusCode.INTERNAL_ERROR) {
            String message = result.messages().isEmpty() ? "" : ": " + AwsCalls.oneLine(result.messages().get(0).value());
            throw new CloudcostException("cloudwatch:GetMetricData answered " + result.statusCodeAsString() + " for "
                    + (result.label() == null ? result.id() : result.label()) + message);
        }
        List<Instant> timestamps = result.timestamps();
        List<Double> values = result.values();
        if (timestamps.size() != values.size()) {
            throw new CloudcostException("CloudWatch GetMetricData returned " + timestamps.size() + " timestamps and "
                    + values.size() + " values for " + result.id());
        }
        for (int i = 0; i < timestamps.size(); i++) {
            if (values.get(i) != null) {
                series.put(timestamps.get(i), values.get(i));
            }
        }
    }
}
