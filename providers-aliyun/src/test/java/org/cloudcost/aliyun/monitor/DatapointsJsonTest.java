package org.cloudcost.aliyun.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.cloudcost.core.CloudcostException;
import org.junit.jupiter.api.Test;

class DatapointsJsonTest {
    @Test
    void readsTheDocumentedShape() {
        List<Datapoint> points = DatapointsJson.parse("[{\"timestamp\":1790812800000,\"userId\":\"120886317861****\","
                + "\"instanceId\":\"i-1\",\"Minimum\":93.1,\"Average\":99.52,\"Maximum\":100}]", null);
        assertThat(points).hasSize(1);
        Datapoint p = points.get(0);
        assertThat(p.instanceId()).isEqualTo("i-1");
        assertThat(p.timestamp()).isEqualTo(Instant.ofEpochMilli(1790812800000L));
        assertThat(p.average().getAsDouble()).isEqualTo(99.52);
        assertThat(p.maximum().getAsDouble()).isEqualTo(100.0);
        assertThat(p.minimum().getAsDouble()).isEqualTo(93.1);
    }

    @Test
    void aMissingStatisticStaysEmptyAndNumbersMayBeText() {
        Datapoint p = DatapointsJson.parse("[{\"timestamp\":\"1790812800000\",\"instanceId\":\"i-1\",\"Average\":\"7.5\"}]",
                null).get(0);
        assertThat(p.average().getAsDouble()).isEqualTo(7.5);
        assertThat(p.maximum()).isEmpty();
        assertThat(p.minimum()).isEmpty();
    }

    @Test
    void noStringOrAnEmptyArrayIsNoData() {
        assertThat(DatapointsJson.parse(null, null)).isEmpty();
        assertThat(DatapointsJson.parse("  ", null)).isEmpty();
        assertThat(DatapointsJson.parse("[]", null)).isEmpty();
    }

    @Test
    void aPointWithoutInstanceGoesToTheOnlyInstanceQueried() {
        assertThat(DatapointsJson.parse("[{\"timestamp\":1,\"Average\":1}]", "rm-1").get(0).instanceId()).isEqualTo("rm-1");
        assertThatThrownBy(() -> DatapointsJson.parse("[{\"timestamp\":1,\"Average\":1}]", null))
                .isInstanceOf(CloudcostException.class).hasMessageContaining("without instanceId");
    }

    @Test
    void badJsonIsOneClearError() {
        assertThatThrownBy(() -> DatapointsJson.parse("{\"timestamp\":1}", null))
                .isInstanceOf(CloudcostException.class).hasMessageContaining("not a JSON array");
        assertThatThrownBy(() -> DatapointsJson.parse("[{\"timestamp\":1,", null))
                .isInstanceOf(CloudcostException.class).hasMessageStartingWith("Alibaba Cloud DescribeMetricList: Datapoints is not JSON");
        assertThatThrownBy(() -> DatapointsJson.parse("[{\"instanceId\":\"i-1\",\"Average\":1}]", null))
                .isInstanceOf(CloudcostException.class).hasMessageContaining("timestamp");
        assertThatThrownBy(() -> DatapointsJson.parse("[{\"timestamp\":1,\"instanceId\":\"i-1\",\"Average\":\"n/a\"}]", null))
                .isInstanceOf(CloudcostException.class).hasMessageContaining("Average is not a number");
    }
}
