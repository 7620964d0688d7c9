package org.cloudcost.aliyun.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aliyun.cms20190101.models.DescribeMetricListResponseBody;
import com.aliyun.tea.TeaException;
import org.junit.jupiter.api.Test;

class TeaCmsApiTest {
    @Test
    void aBodyWithCode200IsAnswered() {
        DescribeMetricListResponseBody ok = new DescribeMetricListResponseBody().setCode("200").setSuccess(true);
        assertThat(TeaCmsApi.successful(ok)).isSameAs(ok);
        DescribeMetricListResponseBody noCode = new DescribeMetricListResponseBody().setDatapoints("[]");
        assertThat(TeaCmsApi.successful(noCode)).isSameAs(noCode);
    }

    @Test
    void aBodyThatSaysItFailedBecomesTheErrorItNames() {
        assertThatThrownBy(() -> TeaCmsApi.successful(new DescribeMetricListResponseBody().setCode("403")
                .setSuccess(false).setMessage("denied")))
                .isInstanceOfSatisfying(TeaException.class, e -> {
                    assertThat(e.getCode()).isEqualTo("403");
                    assertThat(e.getMessage()).isEqualTo("denied");
                    assertThat(e.getStatusCode()).isEqualTo(403);
                });
        assertThatThrownBy(() -> TeaCmsApi.successful(new DescribeMetricListResponseBody().setCode("Throttling.User")
                .setSuccess(false).setMessage("Request was denied due to user flow control.")))
                .isInstanceOfSatisfying(TeaException.class, e -> assertThat(e.getCode()).isEqualTo("Throttling.User"));
        assertThatThrownBy(() -> TeaCmsApi.successful(new DescribeMetricListResponseBody().setSuccess(false)))
                .isInstanceOfSatisfying(TeaException.class, e -> assertThat(e.getCode()).isEqualTo("(no code)"));
        assertThatThrownBy(() -> TeaCmsApi.successful(null)).isInstanceOf(TeaException.class);
    }
}
