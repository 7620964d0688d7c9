package org.cloudcost.aws.costexplorer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.costexplorer.CostExplorerClient;
import software.amazon.awssdk.services.costexplorer.model.DateInterval;
import software.amazon.awssdk.services.costexplorer.model.GetCostAndUsageRequest;
import software.amazon.awssdk.services.costexplorer.model.GetCostAndUsageResponse;
import software.amazon.awssdk.services.costexplorer.model.GetCostAndUsageWithResourcesRequest;
import software.amazon.awssdk.services.costexplorer.model.GetCostAndUsageWithResourcesResponse;
import software.amazon.awssdk.services.costexplorer.model.Group;
import software.amazon.awssdk.services.costexplorer.model.MetricValue;
import software.amazon.awssdk.services.costexplorer.model.ResultByTime;

/**
 * A hand-written Cost Explorer: answers each request with what the test's functions give, and
 * keeps the requests. The SDK's other operations throw (the interface's defaults).
 *
 * <pre>{@code
 * FakeCostExplorer ce = new FakeCostExplorer(r -> FakeCostExplorer.page(null, day(1, group("AWS Lambda", "1", "2.5"))));
 * }</pre>
 */
final class FakeCostExplorer implements CostExplorerClient {
    final List<GetCostAndUsageRequest> requests = new ArrayList<>();
    final List<GetCostAndUsageWithResourcesRequest> resourceRequests = new ArrayList<>();
    private final Function<GetCostAndUsageRequest, GetCostAndUsageResponse> answer;
    private final Function<GetCostAndUsageWithResourcesRequest, GetCostAndUsageWithResourcesResponse> resources;

    FakeCostExplorer(Function<GetCostAndUsageRequest, GetCostAndUsageResponse> answer) {
        this(answer, r -> GetCostAndUsageWithResourcesResponse.builder().build());
    }

    FakeCostExplorer(Function<GetCostAndUsageRequest, GetCostAndUsageResponse> answer,
                     Function<GetCostAndUsageWithResourcesRequest, GetCostAndUsageWithResourcesResponse> resources) {
        this.answer = answer;
        this.resources = resources;
    }

    @Override
    public GetCostAndUsageResponse getCostAndUsage(GetCostAndUsageRequest request) {
        requests.add(request);
        return answer.apply(request);
    }

    @Override
    public GetCostAndUsageWithResourcesResponse getCostAndUsageWithResources(GetCostAndUsageWithResourcesRequest request) {
        resourceRequests.add(request);
        return resources.apply(request);
    }

    @Override
    public String serviceName() {
        return "ce";
    }

    @Override
    public void close() {
    }

    static GetCostAndUsageResponse page(String nextToken, ResultByTime... results) {
        return GetCostAndUsageResponse.builder().resultsByTime(results).nextPageToken(nextToken).build();
    }

    static ResultByTime day(LocalDate day, Group... groups) {
        return ResultByTime.builder().timePeriod(DateInterval.builder().start(day.toString()).end(day.plusDays(1).toString())
                .build()).groups(groups).estimated(false).build();
    }

    /** The ungrouped total of a MONTHLY query, both costs equal to {@code amount}. */
    static ResultByTime total(LocalDate start, String amount) {
        return total(start, amount, amount);
    }

    /** The ungrouped total of a MONTHLY query. */
    static ResultByTime total(LocalDate start, String unblended, String amortized) {
        return ResultByTime.builder().timePeriod(DateInterval.builder().start(start.toString()).end(start.plusMonths(1)
                .toString()).build()).total(Map.of("UnblendedCost", usd(unblended), "AmortizedCost", usd(amortized))).build();
    }

    /** A group with both costs equal to {@code amount}. */
    static Group group(String key1, String key2, String amount) {
        return Group.builder().keys(key1, key2).metrics(Map.of("UnblendedCost", usd(amount), "AmortizedCost", usd(amount)))
                .build();
    }

    static MetricValue usd(String amount) {
        return MetricValue.builder().amount(amount).unit("USD").build();
    }

    static BigDecimal dec(String s) {
        return new BigDecimal(s);
    }
}
