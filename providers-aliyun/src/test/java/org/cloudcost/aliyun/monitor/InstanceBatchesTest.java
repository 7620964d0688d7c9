package org.cloudcost.aliyun.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InstanceBatchesTest {
    @Test
    void cutsIntoBatchesOfFiftyWithoutBlanksOrDuplicates() {
        List<String> ids = new ArrayList<>(IntStream.rangeClosed(1, 120).mapToObj(i -> "i-" + i).toList());
        ids.add("i-7");
        ids.add(" ");
        ids.add(null);
        List<List<String>> batches = InstanceBatches.of(ids);
        assertThat(batches).extracting(List::size).containsExactly(50, 50, 20);
        assertThat(batches.get(0).get(0)).isEqualTo("i-1");
        assertThat(batches.get(2).get(19)).isEqualTo("i-120");
        assertThat(InstanceBatches.of(List.of())).isEmpty();
    }

    @Test
    void writesTheDimensionsJson() {
        assertThat(InstanceBatches.dimensions(List.of("i-1", "i-2")))
                .isEqualTo("[{\"instanceId\":\"i-1\"},{\"instanceId\":\"i-2\"}]");
    }
}
