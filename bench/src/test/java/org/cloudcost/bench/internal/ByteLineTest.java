package org.cloudcost.bench.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ByteLineTest {

    @Test
    void amountsArePlainDecimalsWithExactlyTheScaleAskedFor() {
        ByteLine line = new ByteLine();
        line.amount(12_345_000_000L, 10).comma().amount(-5, 3).comma().amount(0, 2).comma().amount(7, 0).comma()
                .number(-42).newline();
        assertThat(line).hasToString("1.2345000000,-0.005,0.00,7,-42\n");
    }

    @Test
    void csvQuotesOnlyWhatNeedsIt() {
        assertThat(new String(ByteLine.csv("plain"))).isEqualTo("plain");
        assertThat(new String(ByteLine.csv("a, b"))).isEqualTo("\"a, b\"");
        assertThat(new String(ByteLine.csv("say \"hi\""))).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(new String(ByteLine.csv("two\nlines"))).isEqualTo("\"two\nlines\"");
    }

    @Test
    void growsPastItsFirstBuffer() {
        ByteLine line = new ByteLine();
        byte[] chunk = ByteLine.field("x".repeat(1000));
        for (int i = 0; i < 10; i++) {
            line.append(chunk);
        }
        assertThat(line.length()).isEqualTo(10_000);
    }

    @Test
    void refusesAScaleItCannotWrite() {
        assertThatThrownBy(() -> new ByteLine().amount(1, 19)).isInstanceOf(IllegalArgumentException.class);
    }
}
