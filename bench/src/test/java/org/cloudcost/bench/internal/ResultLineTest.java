package org.cloudcost.bench.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ResultLineTest {

    @Test
    void readsBackWhatItWrites() {
        String line = ResultLine.format(859_027, Map.of("USD", new BigDecimal("672264.4397"), "EUR", new BigDecimal("-1.5")),
                "reconciled", 612_340);
        assertThat(line).isEqualTo("RESULT rows=859027 total=EUR:-1.5;USD:672264.4397 check=reconciled peak_rss_kb=612340");
        ResultLine r = ResultLine.parse(line);
        assertThat(r.rows()).isEqualTo(859_027);
        assertThat(r.totals()).containsEntry("USD", new BigDecimal("672264.4397")).containsEntry("EUR", new BigDecimal("-1.5"));
        assertThat(r.check()).isEqualTo("reconciled");
        assertThat(r.peakRssKb()).isEqualTo(612_340);
    }

    @Test
    void agreesWithinTheToleranceOnlyOnTheSameCurrencies() {
        ResultLine a = new ResultLine(1, Map.of("USD", new BigDecimal("100.004")), "-", -1);
        ResultLine b = new ResultLine(2, Map.of("USD", new BigDecimal("100.010")), "-", -1);
        ResultLine c = new ResultLine(2, Map.of("USD", new BigDecimal("100.020")), "-", -1);
        ResultLine d = new ResultLine(2, Map.of("EUR", new BigDecimal("100.004")), "-", -1);
        BigDecimal cent = new BigDecimal("0.01");
        assertThat(a.agreesWith(b, cent)).isTrue();
        assertThat(a.agreesWith(c, cent)).isFalse();
        assertThat(a.agreesWith(d, cent)).isFalse();
    }

    @Test
    void refusesOtherLines() {
        assertThatThrownBy(() -> ResultLine.parse("rows=1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ResultLine.parse("RESULT rows total=USD:1")).isInstanceOf(IllegalArgumentException.class);
    }
}
