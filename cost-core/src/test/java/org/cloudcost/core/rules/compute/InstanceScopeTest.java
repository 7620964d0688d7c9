package org.cloudcost.core.rules.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.cloudcost.core.rules.Resource;
import org.junit.jupiter.api.Test;

class InstanceScopeTest {
    private static Resource resource(String type, String state) {
        return new Resource("i-1", "Alibaba Cloud", type, "Compute", "ECS", "cn-hangzhou", "sub-1", "prod", Map.of(),
                "ecs.g7.large", 2.0, 8.0, state, null, "", null, "", BigDecimal.TEN, BigDecimal.TEN, true);
    }

    @Test
    void theStateIsReadWithoutRegardToCase() {
        // an inventory frame built by a provider may keep the API's spelling (ECS DescribeInstances says "Running")
        assertThat(InstanceScope.inService(resource("compute", "Running"))).isTrue();
        assertThat(InstanceScope.inService(resource("database", "Available"))).isTrue();
        assertThat(InstanceScope.inService(resource("compute", "Stopped"))).isFalse();
        assertThat(InstanceScope.inService(resource("compute", "available"))).isFalse(); // an instance is not "available"
    }
}
