package org.cloudcost.aliyun.bss;

import com.aliyun.bssopenapi20171214.Client;
import com.aliyun.bssopenapi20171214.models.DescribeInstanceBillResponse;
import com.aliyun.bssopenapi20171214.models.DescribeInstanceBillResponseBody;
import com.aliyun.bssopenapi20171214.models.DescribeInstanceBillResponseBody.DescribeInstanceBillResponseBodyDataItems;
import com.aliyun.bssopenapi20171214.models.QueryBillOverviewResponse;
import com.aliyun.bssopenapi20171214.models.QueryBillOverviewResponseBody;
import com.aliyun.bssopenapi20171214.models.QueryBillOverviewResponseBody.QueryBillOverviewResponseBodyDataItemsItem;
import com.aliyun.tea.TeaConverter;
import com.aliyun.tea.TeaException;
import com.aliyun.tea.TeaModel;
import com.aliyun.tea.TeaPair;
import com.aliyun.teaopenapi.models.OpenApiRequest;
import com.aliyun.teaopenapi.models.Params;
import com.aliyun.teautil.models.RuntimeOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * <p><b>Money.</b> The SDK models every amount as a {@code Float}, which keeps 7 significant
 * digits: 1,234,567.89 comes out as 1234567.9, and a month's product total or a subscription
 * order of a few hundred thousand loses its cents. So each call goes through the client's own
 * {@code callApi} with the request the SDK method would send (same action, version, parameters
 * and signing), the response is turned into the SDK's model exactly as the SDK does it
 * ({@code TeaModel.toModel}), and the amounts are read from the parsed JSON itself (where the
 * tea SDK keeps numbers as {@code Double}) into {@link BssMoney}.
 *
 * <pre>{@code
 * Config config = new Config().setAccessKeyId(id).setAccessKeySecret(secret).setEndpoint("business.aliyuncs.com");
 * BssApi api = new TeaBssApi(new Client(config));
 * BssPullReport report = new AliyunBillingPull(api, AliyunCalls.withDefaults()).pull(YearMonth.of(2026, 10), file);
 * }</pre>
 */
public final class TeaBssApi implements BssApi {
    static final String VERSION = "2017-12-14";

    private final Client client;

    public TeaBssApi(Client client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    public InstanceBillPage describeInstanceBill(String billingCycle, String billingDate, String nextToken, int maxResults)
            throws Exception {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("BillingCycle", billingCycle);
        query.put("BillingDate", billingDate);
        query.put("Granularity", "DAILY");
        query.put("IsBillingItem", true);
        query.put("MaxResults", maxResults);
        if (nextToken != null && !nextToken.isBlank()) {
            query.put("NextToken", nextToken);
        }
        Map<String, ?> raw = call("DescribeInstanceBill", query);
        DescribeInstanceBillResponseBody body = TeaModel.toModel(raw, new DescribeInstanceBillResponse()).getBody();
        requireSuccess(body != null, body == null ? null : body.getSuccess(), body == null ? null : body.getCode(),
                body == null ? null : body.getMessage());
        DescribeInstanceBillResponseBody.DescribeInstanceBillResponseBodyData data = body.getData();
        if (data == null) {
            return new InstanceBillPage(null, List.of(), null);
        }
        List<DescribeInstanceBillResponseBodyDataItems> items = data.getItems() == null ? List.of() : data.getItems();
        List<?> rawItems = list(child(child(raw.get("body"), "Data"), "Items"));
        List<BillLine> lines = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            DescribeInstanceBillResponseBodyDataItems item = items.get(i);
            Object rawItem = rawItems.size() == items.size() ? rawItems.get(i) : null;
            lines.add(new BillLine(item, BssMoney.ofJson(child(rawItem, "PretaxAmount"), item.getPretaxAmount()),
                    BssMoney.ofJson(child(rawItem, "PretaxGrossAmount"), item.getPretaxGrossAmount())));
        }
        return new InstanceBillPage(data.getAccountID(), lines, data.getNextToken());
    }

    @Override
    public List<OverviewLine> queryBillOverview(String billingCycle) throws Exception {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("BillingCycle", billingCycle);
        Map<String, ?> raw = call("QueryBillOverview", query);
        QueryBillOverviewResponseBody body = TeaModel.toModel(raw, new QueryBillOverviewResponse()).getBody();
        requireSuccess(body != null, body == null ? null : body.getSuccess(), body == null ? null : body.getCode(),
                body == null ? null : body.getMessage());
        if (body.getData() == null || body.getData().getItems() == null || body.getData().getItems().getItem() == null) {
            return List.of();
        }
        List<QueryBillOverviewResponseBodyDataItemsItem> items = body.getData().getItems().getItem();
        List<?> rawItems = list(child(child(child(raw.get("body"), "Data"), "Items"), "Item"));
        List<OverviewLine> lines = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            QueryBillOverviewResponseBodyDataItemsItem item = items.get(i);
            Object rawItem = rawItems.size() == items.size() ? rawItems.get(i) : null;
            lines.add(new OverviewLine(item, BssMoney.ofJson(child(rawItem, "PretaxAmount"), item.getPretaxAmount())));
        }
        return List.copyOf(lines);
    }

    /**
     * The call the SDK's {@code describeInstanceBill} / {@code queryBillOverview} make (RPC style,
     * {@code POST /}, form data, JSON body), through the client's {@code callApi}: the parsed
     * response ({@code headers}, {@code statusCode}, {@code body}), before it becomes a model.
     */
    private Map<String, ?> call(String action, Map<String, Object> query) throws Exception {
        OpenApiRequest request = OpenApiRequest.build(TeaConverter.buildMap(
                new TeaPair("query", com.aliyun.openapiutil.Client.query(query))));
        Params params = new Params().setAction(action).setVersion(VERSION).setProtocol("HTTPS").setPathname("/")
                .setMethod("POST").setAuthType("AK").setStyle("RPC").setReqBodyType("formData").setBodyType("json");
        return client.callApi(params, request, new RuntimeOptions());
    }

    private static Object child(Object map, String key) {
        return map instanceof Map<?, ?> m ? m.get(key) : null;
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> l ? l : List.of();
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
