package org.cloudcost.aliyun.bss;

import com.aliyun.bssopenapi20171214.Client;
import com.aliyun.bssopenapi20171214.models.DescribeInstanceBillRequest;
import com.aliyun.bssopenapi20171214.models.DescribeInstanceBillResponseBody;
import com.aliyun.bssopenapi20171214.models.QueryBillOverviewRequest;
import com.aliyun.bssopenapi20171214.models.QueryBillOverviewResponseBody;
import com.aliyun.bssopenapi20171214.models.QueryBillOverviewResponseBody.QueryBillOverviewResponseBodyDataItemsItem;
import com.aliyun.tea.TeaException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@link BssApi} over the real tea client of the BSS OpenAPI (bssopenapi20171214). The client is
 * built by the caller (credentials, endpoint {@code business.aliyuncs.com}, or
 * {@code business.ap-southeast-1.aliyuncs.com} for the international site). A body with
 * {@code "Success": false} (BSS answers some errors with HTTP 200) is thrown as a
 * {@link TeaException} carrying its {@code Code} and {@code Message}, like an HTTP error.
 *
 * <pre>{@code
 * Config config = new Config().setAccessKeyId(id).setAccessKeySecret(secret).setEndpoint("business.aliyuncs.com");
 * BssApi api = new TeaBssApi(new Client(config));
 * BssPullReport report = new AliyunBillingPull(api, AliyunCalls.withDefaults()).pull(YearMonth.of(2026, 10), file);
 * }</pre>
 */
public final class TeaBssApi implements BssApi {
    private final Client client;

    public TeaBssApi(Client client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    public InstanceBillPage describeInstanceBill(String billingCycle, String billingDate, String nextToken, int maxResults)
            throws Exception {
        DescribeInstanceBillRequest request = new DescribeInstanceBillRequest()
                .setBillingCycle(billingCycle)
                .setBillingDate(billingDate)
                .setGranularity("DAILY")
                .setIsBillingItem(true)
                .setMaxResults(maxResults);
        if (nextToken != null && !nextToken.isBlank()) {
            request.setNextToken(nextToken);
        }
        DescribeInstanceBillResponseBody body = client.describeInstanceBill(request).getBody();
        requireSuccess(body != null, body == null ? null : body.getSuccess(), body == null ? null : body.getCode(),
                body == null ? null : body.getMessage());
        DescribeInstanceBillResponseBody.DescribeInstanceBillResponseBodyData data = body.getData();
        if (data == null) {
            return new InstanceBillPage(null, List.of(), null);
        }
        return new InstanceBillPage(data.getAccountID(), data.getItems(), data.getNextToken());
    }

    @Override
    public List<QueryBillOverviewResponseBodyDataItemsItem> queryBillOverview(String billingCycle) throws Exception {
        QueryBillOverviewResponseBody body = client.queryBillOverview(new QueryBillOverviewRequest()
                .setBillingCycle(billingCycle)).getBody();
        requireSuccess(body != null, body == null ? null : body.getSuccess(), body == null ? null : body.getCode(),
                body == null ? null : body.getMessage());
        if (body.getData() == null || body.getData().getItems() == null || body.getData().getItems().getItem() == null) {
            return List.of();
        }
        return List.copyOf(body.getData().getItems().getItem());
    }

    /** A missing body or {@code Success=false} is an API error, whatever the HTTP status said. */
    static void requireSuccess(boolean hasBody, Boolean success, String code, String message) {
        if (hasBody && !Boolean.FALSE.equals(success)) {
            return;
        }
        String c = code != null ? code : hasBody ? "Unsuccessful" : "EmptyResponse";
        String m = message != null ? message : hasBody ? "the response said Success=false" : "the response had no body";
        Map<String, Object> error = new HashMap<>();
        error.put("code", c);
        error.put("message", m);
        TeaException e = new TeaException(error);
        e.setCode(c);
        e.setMessage(m);
        throw e;
    }
}
