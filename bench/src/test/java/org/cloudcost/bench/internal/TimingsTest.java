package org.cloudcost.bench.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimingsTest {

    @Test
    void medianRangeAndLargestRss() {
        Timings t = new Timings();
        t.add(3.0, 2048);
        t.add(1.0, 4096);
        t.add(2.0, -1);
        assertThat(t.median()).isEqualTo(2.0);
        t.add(10.0, 1024);
        assertThat(t.median()).isEqualTo(2.5);
        assertThat(t.min()).isEqualTo(1.0);
        assertThat(t.max()).isEqualTo(10.0);
        assertThat(t.format()).isEqualTo("2.50 | 1.00–10.00 | 4");
    }

    @Test
    void noRunsPrintAsDashes() {
        assertThat(new Timings().format()).isEqualTo("– | – | –");
    }
}
