package org.cloudcost.core.rules.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloudcost.core.rules.compute.ComputeFixture.OCT_1;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.function.ToDoubleFunction;
import org.cloudcost.core.config.CloudcostConfig;
import org.cloudcost.core.config.RuleSettings;
import org.cloudcost.core.rules.Confidence;
import org.cloudcost.core.rules.Finding;
import org.cloudcost.core.rules.RuleFixture;
import org.cloudcost.core.rules.RuleOutcome;
import org.cloudcost.core.rules.Skip;
import org.cloudcost.core.rules.Strategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Days in UTC (configured time zone) so that day numbers are those of the data. */
class HotInstanceRuleTest {
    @TempDir
    Path dir;

    private final HotInstanceRule rule = new HotInstanceRule();

    private static final CloudcostConfig UTC = CloudcostConfig.defaults().withTimeZone(ZoneOffset.UTC);

    private RuleFixture instance(String id, String tags, int days, ToDoubleFunction<Instant> cpu) {
        return ComputeFixture.instance(ComputeFixture.in(dir), id, "ecs.g7.2xlarge", tags)
                .hourly(id, "cpu_percent", OCT_1, days, cpu).config(UTC);
    }

    private static long day(Instant t) {
        return ChronoUnit.DAYS.between(OCT_1.atStartOfDay().toInstant(ZoneOffset.UTC), t);
    }

    @Test
    void aP95Above80IsACapacityRiskThatSavesNothing() {
        RuleOutcome out = rule.evaluate(instance("i-1", "env=prod", 31, t -> 85).context());
        Finding f = out.findings().get(0);
        assertThat(f.strategy()).isEqualTo(Strategy.CAPACITY_RISK);
        assertThat(f.estimatedMonthlySavings()).isEqualByComparingTo("0");
        assertThat(f.monthlyCost()).isEqualByComparingTo("310");
        assertThat(f.reason()).isEqualTo("p95 CPU 85.0 % over 31 days is above 80.0 %");
        assertThat(f.confidence()).isEqualTo(Confidence.MEDIUM); // less than 10 points above
    }

    @Test
    void exactly80IsNotHot() {
        RuleOutcome out = rule.evaluate(instance("i-1", "env=prod", 31, t -> 80).context());
        assertThat(out.findings()).isEmpty();
        assertThat(out.skips()).isEmpty();
    }

    @Test
    void aSignificantRiseThatCrosses80WithinThirtyDaysIsReportedWithItsDate() {
        // daily p95 = 40 + day: the line reaches 80 at day 40 = 10 November, 9 days after the as-of day 1 November
        RuleOutcome out = rule.evaluate(instance("i-1", "env=prod", 31, t -> 40 + day(t)).context());
        Finding f = out.findings().get(0);
        assertThat(f.action()).isEqualTo("Plan capacity: scale the instance up or out before 2026-11-10");
        // an exact line: the slope's standard error is 0, so p is 0
        assertThat(f.reason()).isEqualTo("daily p95 CPU rising 1.00 points a day over 31 calendar days in UTC (linear trend; slope t-test "
                + "p < 0.001, threshold 0.05; R² 1.00) reaches 80.0 % around 2026-11-10, 9 days after 2026-11-01 "
                + "(threshold 80.0 %, horizon 30 days); p95 over the period 69.0 %");
        assertThat(f.estimatedMonthlySavings()).isEqualByComparingTo("0");
        assertThat(f.confidence()).isEqualTo(Confidence.MEDIUM);
    }

    @Test
    void aRiseTooSlowToCrossWithinTheHorizonOrANoisyFlatLineIsNotReported() {
        // 40 + 0.2 × day reaches 80 at day 200, 169 days after the as-of day
        assertThat(rule.evaluate(instance("i-slow", "env=prod", 31, t -> 40 + 0.2 * day(t)).context()).findings())
                .isEmpty();
        // 60 ± 15 alternating by day: no significant slope
        assertThat(rule.evaluate(instance("i-noisy", "env=prod", 31, t -> day(t) % 2 == 0 ? 75 : 45).context()).findings())
                .isEmpty();
    }

    @Test
    void tooFewDaysForATrendIsASkipButAHotP95IsStillReportedWithLowConfidence() {
        RuleFixture f = instance("i-cool", "env=prod", 9, t -> 40);
        ComputeFixture.instance(f, "i-hot", "ecs.g7.2xlarge", "env=prod").hourly("i-hot", "cpu_percent", OCT_1, 9, t -> 95);
        ComputeFixture.instance(f, "i-none", "ecs.g7.2xlarge", "env=prod");
        RuleOutcome out = rule.evaluate(f.context());
        assertThat(out.findings()).singleElement().satisfies(x -> {
            assertThat(x.resourceId()).isEqualTo("i-hot");
            assertThat(x.confidence()).isEqualTo(Confidence.LOW);
        });
        assertThat(out.skips()).containsExactly(
                new Skip("hot-instance", "i-cool", "9 days of cpu_percent, the trend needs 14"),
                new Skip("hot-instance", "i-none", "no cpu_percent rows"));
    }

    @Test
    void aPerEnvironmentOverrideApplies() {
        RuleFixture f = instance("i-prod", "env=prod", 31, t -> 85);
        ComputeFixture.instance(f, "i-test", "ecs.g7.2xlarge", "env=test").hourly("i-test", "cpu_percent", OCT_1, 31, t -> 85)
                .config(UTC.withRule("hot-instance", RuleSettings.defaults().withEnvironmentThreshold("prod", "p95CpuPercent", 90)));
        assertThat(rule.evaluate(f.context()).findings()).extracting(Finding::resourceId).containsExactly("i-test");
    }

    @Test
    void ignoredInstancesGetNothing() {
        RuleOutcome out = rule.evaluate(instance("i-1", "env=prod;cloudcost:ignore=true", 31, t -> 95).context());
        assertThat(out.findings()).isEmpty();
        assertThat(out.skips()).isEmpty();
    }

    @Test
    void itNeedsNoBill() {
        RuleFixture f = RuleFixture.in(dir).config(UTC)
                .inventory("i-1,Alibaba Cloud,compute,cn-hangzhou,ecs.g7.2xlarge,8,32,running,2025-01-01T00:00:00Z,,,,")
                .hourly("i-1", "cpu_percent", OCT_1, 14, t -> 90);
        Finding x = rule.evaluate(f.context()).findings().get(0);
        assertThat(x.monthlyCost()).isEqualByComparingTo("0");
        assertThat(x.confidence()).isEqualTo(Confidence.HIGH); // 14 days, and 90 is 10 points above 80 ("at least 10")
    }

    @Test
    void withoutUsageTheAnalysisSkipsTheRuleAsAWholeAndEvaluateAloneFindsNothing() {
        RuleFixture f = ComputeFixture.instance(ComputeFixture.in(dir), "i-1", "ecs.g7.2xlarge", "env=prod").config(UTC);
        // called directly, the rule does not check its inputs: the instance is skipped for its own missing rows
        ComputeFixture.assertSkippedAsAWhole(rule, f, "needs usage data (--usage) and the dataset has none",
                new Skip("hot-instance", "i-1", "no cpu_percent rows"));
    }
}
