package org.cloudcost.aliyun.monitor;

import com.aliyun.cms20190101.Client;
import com.aliyun.cms20190101.models.DescribeMetricListRequest;
import com.aliyun.cms20190101.models.DescribeMetricListResponseBody;
import com.aliyun.tea.TeaException;
import java.util.Map;
import java.util.Objects;
import org.cloudcost.aliyun.internal.AliyunCalls;

/**
 * {@link CmsApi} over the real tea client ({@code com.aliyun:cms20190101}). Every call goes
 * through {@link AliyunCalls}: throttling is retried, errors become one line. CloudMonitor can
 * also answer HTTP 200 with {@code "Success": false} and a {@code Code} other than the string
 * {@code "200"}: that body is turned into the same error (and retried when the code says
 * throttling), never read as an empty page.
 *
 * <pre>{@code
 * Config config = new Config().setAccessKeyId(ak).setAccessKeySecret(sk).setEndpoint("metrics.cn-hangzhou.aliyuncs.com");
 * CmsApi cms = new TeaCmsApi(new Client(config), AliyunCalls.withDefaults());
 * }</pre>
 */
public final class TeaCmsApi implements CmsApi {
    static final String ACTION = "DescribeMetricList";

    private final Client client;
    private final AliyunCalls calls;

    public TeaCmsApi(Client client, AliyunCalls calls) {
        this.client = Objects.requireNonNull(client, "client");
        this.calls = Objects.requireNonNull(calls, "calls");
    }

    @Override
    public DescribeMetricListResponseBody describeMetricList(String namespace, String metricName, String dimensionsJson,
                                                             String startTime, String endTime, String period,
                                                             String nextToken, String length) {
        DescribeMetricListRequest request = new DescribeMetricListRequest()
                .setNamespace(namespace)
                .setMetricName(metricName)
                .setDimensions(dimensionsJson)
                .setStartTime(startTime)
                .setEndTime(endTime)
                .setPeriod(period)
                .setNextToken(nextToken)
                .setLength(length);
        return calls.call(ACTION, () -> successful(client.describeMetricList(request).getBody()));
    }

    /** The body when its {@code Code} is {@code "200"} (or absent) and {@code Success} is not false; else a TeaException. */
    static DescribeMetricListResponseBody successful(DescribeMetricListResponseBody body) {
        if (body == null) {
            throw error("EmptyResponse", "the response had no body", null);
        }
        String code = body.getCode();
        boolean failed = Boolean.FALSE.equals(body.getSuccess()) || (code != null && !code.isBlank() && !"200".equals(code));
        if (failed) {
            throw error(code == null || code.isBlank() ? "(no code)" : code,
                    body.getMessage() == null ? "" : body.getMessage(), statusOf(code));
        }
        return body;
    }

    /** CloudMonitor's body codes are often HTTP statuses as strings ("403"); 429 then counts as throttling. */
    private static Integer statusOf(String code) {
        if (code != null && code.matches("[1-5]\\d\\d")) {
            return Integer.valueOf(code);
        }
        return null;
    }

    private static TeaException error(String code, String message, Integer status) {
        TeaException e = new TeaException(Map.of("code", code, "message", message));
        e.setCode(code);
        e.setMessage(message);
        e.setStatusCode(status);
        return e;
    }
}
