package org.cloudcost.aliyun.bss;

import com.aliyun.bssopenapi20171214.models.DescribeInstanceBillResponseBody.DescribeInstanceBillResponseBodyDataItems;
import com.aliyun.bssopenapi20171214.models.QueryBillOverviewResponseBody.QueryBillOverviewResponseBodyDataItemsItem;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A hand-written {@link BssApi}: pages of items per day (page {@code n} of a day is reached with
 * the token {@code <day>#<n>}), an overview, failures to throw first, and a log of every call as
 * {@code day|token|maxResults}.
 */
final class FakeBssApi implements BssApi {
    static final String ACCOUNT = "1234567890123456";

    final List<String> calls = new ArrayList<>();
    final Deque<Exception> failures = new ArrayDeque<>();
    private final Map<String, List<List<DescribeInstanceBillResponseBodyDataItems>>> pages = new HashMap<>();
    private final List<QueryBillOverviewResponseBodyDataItemsItem> overview = new ArrayList<>();
    private final Map<String, String> tokenOverrides = new HashMap<>();

    /** Adds one page of {@code items} for {@code day}, after the pages already added for it. */
    FakeBssApi page(String day, List<DescribeInstanceBillResponseBodyDataItems> items) {
        pages.computeIfAbsent(day, d -> new ArrayList<>()).add(items);
        return this;
    }

    /** Adds one overview item. */
    FakeBssApi overview(String productCode, float pretaxAmount) {
        overview.add(new QueryBillOverviewResponseBodyDataItemsItem().setProductCode(productCode)
                .setPretaxAmount(pretaxAmount).setCurrency("CNY"));
        return this;
    }

    /** Makes the page asked for with {@code token} answer {@code next} as its NextToken. */
    FakeBssApi nextTokenOf(String token, String next) {
        tokenOverrides.put(token, next);
        return this;
    }

    @Override
    public InstanceBillPage describeInstanceBill(String billingCycle, String billingDate, String nextToken, int maxResults)
            throws Exception {
        calls.add(billingDate + "|" + nextToken + "|" + maxResults);
        if (!failures.isEmpty()) {
            throw failures.pop();
        }
        List<List<DescribeInstanceBillResponseBodyDataItems>> dayPages = pages.getOrDefault(billingDate, List.of());
        int index = nextToken == null ? 0 : Integer.parseInt(nextToken.substring(nextToken.indexOf('#') + 1));
        List<DescribeInstanceBillResponseBodyDataItems> items = index < dayPages.size() ? dayPages.get(index) : List.of();
        String next = index + 1 < dayPages.size() ? billingDate + "#" + (index + 1) : "";
        next = tokenOverrides.getOrDefault(String.valueOf(nextToken), next);
        return InstanceBillPage.ofModels(ACCOUNT, items, next);
    }

    @Override
    public List<OverviewLine> queryBillOverview(String billingCycle) {
        calls.add("overview|" + billingCycle);
        return overview.stream().map(OverviewLine::ofModel).toList();
    }

    /** A pay-as-you-go ECS line of {@code pretaxAmount} on {@code day}. */
    static DescribeInstanceBillResponseBodyDataItems ecs(String day, String instanceId, float pretaxAmount) {
        return new DescribeInstanceBillResponseBodyDataItems()
                .setBillingDate(day).setInstanceID(instanceId).setItem("PayAsYouGoBill")
                .setProductCode("ecs").setProductName("Elastic Compute Service").setProductType("ecs")
                .setRegion("cn-hangzhou").setInstanceSpec("ecs.g7.xlarge").setUsage("24").setUsageUnit("Hour")
                .setPretaxGrossAmount(pretaxAmount).setPretaxAmount(pretaxAmount).setCurrency("CNY")
                .setOwnerID(ACCOUNT).setTag("key:env value:prod");
    }

    /** {@code count} ECS lines of {@code pretaxAmount} each. */
    static List<DescribeInstanceBillResponseBodyDataItems> ecsLines(String day, int count, float pretaxAmount) {
        List<DescribeInstanceBillResponseBodyDataItems> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(ecs(day, "i-" + day + "-" + i, pretaxAmount));
        }
        return items;
    }
}
