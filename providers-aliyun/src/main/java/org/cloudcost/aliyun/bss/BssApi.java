package org.cloudcost.aliyun.bss;

import java.util.List;

/**
 * The two BSS OpenAPI (2017-12-14) calls the billing pull makes, in front of the concrete tea
 * {@code com.aliyun.bssopenapi20171214.Client} so the pull can be tested with a hand-written fake.
 * Both return the SDK's item models together with their money amounts as exact decimals
 * ({@link BssMoney}): the models hold them as {@code Float}, which loses cents from 131,072 up.
 * {@link TeaBssApi} is the real one. Implementations only call the API: retrying throttling and
 * turning errors into one line is the caller's job ({@code AliyunCalls}), so they may throw the
 * SDK's {@code TeaException} as it comes.
 *
 * <pre>{@code
 * BssApi api = new TeaBssApi(new com.aliyun.bssopenapi20171214.Client(config));
 * InstanceBillPage page = api.describeInstanceBill("2026-10", "2026-10-01", null, 300);
 * while (page.hasNext()) {
 *     page = api.describeInstanceBill("2026-10", "2026-10-01", page.nextToken(), 300);
 * }
 * }</pre>
 */
public interface BssApi {
    /** The most lines one {@code DescribeInstanceBill} page may hold. */
    int MAX_RESULTS = 300;

    /**
     * One page of {@code DescribeInstanceBill} with {@code Granularity=DAILY} and
     * {@code IsBillingItem=true}: one item per billing item of an instance on one day.
     *
     * @param billingCycle the month, {@code YYYY-MM}
     * @param billingDate the day, {@code YYYY-MM-DD} (China time, as the bill counts days); DAILY requires it
     * @param nextToken null or blank for the first page, then the token the previous page returned
     * @param maxResults lines per page, 1 to {@value #MAX_RESULTS}
     * @throws Exception as the SDK throws it ({@code TeaException} for API errors)
     */
    InstanceBillPage describeInstanceBill(String billingCycle, String billingDate, String nextToken, int maxResults)
            throws Exception;

    /**
     * The items of {@code QueryBillOverview} for a month: the account's bill per product and
     * billing method, the totals the instance lines must add up to.
     *
     * @param billingCycle the month, {@code YYYY-MM}
     * @throws Exception as the SDK throws it ({@code TeaException} for API errors)
     */
    List<OverviewLine> queryBillOverview(String billingCycle) throws Exception;
}
