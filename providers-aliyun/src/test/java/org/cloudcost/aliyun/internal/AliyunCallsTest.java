package org.cloudcost.aliyun.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aliyun.tea.TeaException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.cloudcost.core.CloudcostException;
import org.junit.jupiter.api.Test;

class AliyunCallsTest {
    private final List<Long> waits = new ArrayList<>();
    private final AliyunCalls calls = new AliyunCalls(4, 100, waits::add);

    private static TeaException error(String code, String message, int status) {
        TeaException e = new TeaException(Map.of("code", code, "message", message, "statusCode", status));
        e.setCode(code);
        e.setMessage(message);
        e.setStatusCode(status);
        return e;
    }

    @Test
    void throttlingIsRetriedWithDoublingBackOff() {
        AtomicInteger n = new AtomicInteger();
        String result = calls.call("DescribeInstanceBill", () -> {
            if (n.incrementAndGet() < 3) {
                throw error("Throttling.User", "Request was denied due to user flow control.", 400);
            }
            return "ok";
        });
        assertThat(result).isEqualTo("ok");
        assertThat(waits).containsExactly(100L, 200L);
    }

    @Test
    void throttlingThatOutlastsTheAttemptsIsOneLine() {
        assertThatThrownBy(() -> calls.call("DescribeMetricList", () -> {
            throw error("Throttling", "Request was denied due to flow control.\nRequestId: x", 400);
        })).isInstanceOf(CloudcostException.class)
                .hasMessage("Alibaba Cloud DescribeMetricList failed: Throttling: Request was denied due to flow control."
                        + " (still throttled after 4 attempts)");
        assertThat(waits).containsExactly(100L, 200L, 400L);
    }

    @Test
    void otherErrorsAreNotRetriedAndSayWhatToDo() {
        assertThatThrownBy(() -> calls.call("DescribeInstances", () -> {
            throw error("Forbidden.RAM", "User not authorized to operate on the specified resource.", 403);
        })).isInstanceOf(CloudcostException.class)
                .hasMessage("Alibaba Cloud DescribeInstances failed: Forbidden.RAM: User not authorized to operate on the"
                        + " specified resource. (grant the RAM user or role the read-only policy in docs/aliyun-ram-policy.json)");
        assertThat(waits).isEmpty();
        assertThatThrownBy(() -> calls.call("DescribeDisks", () -> {
            throw error("InvalidParameter", "code: 400, The specified parameter is not valid. request id: 6C1A-33", 400);
        })).hasMessage("Alibaba Cloud DescribeDisks failed: InvalidParameter: The specified parameter is not valid.");
        assertThatThrownBy(() -> calls.call("DescribeDisks", () -> {
            throw new java.io.IOException("connection refused");
        })).isInstanceOf(CloudcostException.class).hasMessage("Alibaba Cloud DescribeDisks failed: connection refused (IOException)");
    }

    @Test
    void aReadTimeoutOrAServerErrorIsRetriedSinceEveryCallOnlyReads() {
        // BSS: "If a timeout error occurs, try again"; a month's pull makes thousands of calls
        AtomicInteger n = new AtomicInteger();
        String result = calls.call("DescribeInstanceBill", () -> {
            switch (n.incrementAndGet()) {
                case 1 -> throw new com.aliyun.tea.TeaUnretryableException(new java.net.SocketTimeoutException("Read timed out"));
                case 2 -> throw error("InternalError", "The request processing has failed due to some unknown error.", 500);
                default -> {
                    return "ok";
                }
            }
        });

        assertThat(result).isEqualTo("ok");
        assertThat(waits).containsExactly(100L, 200L);
    }

    @Test
    void aServerErrorThatOutlastsTheAttemptsSaysSo() {
        assertThatThrownBy(() -> calls.call("QueryBillOverview", () -> {
            throw new com.aliyun.tea.TeaUnretryableException(new java.net.SocketTimeoutException("Read timed out"));
        })).isInstanceOf(CloudcostException.class)
                .hasMessage("Alibaba Cloud QueryBillOverview failed: Read timed out (SocketTimeoutException; still failing"
                        + " after 4 attempts)");
        assertThat(waits).hasSize(3);
    }

    @Test
    void aRefusedConnectionIsNotRetried() {
        assertThatThrownBy(() -> calls.call("DescribeDisks", () -> {
            throw new com.aliyun.tea.TeaUnretryableException(new java.net.ConnectException("Connection refused"));
        })).isInstanceOf(CloudcostException.class).hasMessageContaining("Connection refused");
        assertThat(waits).isEmpty();
    }
}
