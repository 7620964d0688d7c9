package org.cloudcost.bench.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class LongSetTest {

    @Test
    void countsWhatAHashSetCounts() {
        LongSet set = new LongSet();
        Set<Long> reference = new HashSet<>();
        SplitMix rnd = new SplitMix(7);
        for (int i = 0; i < 300_000; i++) {
            long v = rnd.nextLong(100_000) - 50_000;
            assertThat(set.add(v)).isEqualTo(reference.add(v));
        }
        assertThat(set.add(Long.MIN_VALUE)).isTrue();
        assertThat(set.add(Long.MIN_VALUE)).isFalse();
        assertThat(set.size()).isEqualTo(reference.size() + 1);
    }
}
