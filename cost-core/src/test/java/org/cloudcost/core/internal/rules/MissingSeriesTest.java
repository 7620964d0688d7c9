package org.cloudcost.core.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.cloudcost.core.rules.RuleContext;
import org.cloudcost.core.rules.RuleFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MissingSeriesTest {
    private static final LocalDate OCT_1 = LocalDate.of(2026, 10, 1);

    @TempDir
    Path dir;

    @Test
    void noRowsAtAllOrOnlyMaximumRows() {
        RuleContext context = RuleFixture.in(dir)
                .inventory("i-none,Alibaba Cloud,compute,cn-hangzhou,,,,running,,,,,")
                .inventory("i-max,Alibaba Cloud,compute,cn-hangzhou,,,,running,,,,,")
                .hourly("i-max", "cpu_percent", "Maximum", OCT_1, 1, t -> 50)
                .context();
        assertThat(MissingSeries.reason(context, context.resource("i-none").orElseThrow(), "cpu_percent",
                "the rule needs hourly means")).isEqualTo("no cpu_percent rows");
        assertThat(MissingSeries.reason(context, context.resource("i-max").orElseThrow(), "cpu_percent",
                "the idle window needs hourly means"))
                .isEqualTo("no cpu_percent Average rows (only Maximum; the idle window needs hourly means)");
    }
}
