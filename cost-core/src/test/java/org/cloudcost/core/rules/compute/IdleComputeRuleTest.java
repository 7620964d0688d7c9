package org.cloudcost.core.rules.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloudcost.core.rules.compute.ComputeFixture.MONTH;
import static org.cloudcost.core.rules.compute.ComputeFixture.OCT_1;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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

class IdleComputeRuleTest {
    @TempDir
    Path dir;

    private final IdleComputeRule rule = new IdleComputeRule();

    private static final CloudcostConfig UTC = CloudcostConfig.defaults().withTimeZone(ZoneOffset.UTC);

    private RuleFixture idleInstance(String id, String tags) {
        RuleFixture f = ComputeFixture.instance(ComputeFixture.in(dir), id, "ecs.g7.2xlarge", tags);
        return f.hourly(id, "cpu_percent", OCT_1, 31, t -> 2.0)
                .hourly(id, "net_in_bps", OCT_1, 31, t -> 100)
                .hourly(id, "net_out_bps", OCT_1, 31, t -> 100);
    }

    @Test
    void anIdleInstanceSavesItsWholeMonthlyCost() {
        RuleOutcome out = rule.evaluate(idleInstance("i-1", "env=prod").context());

        assertThat(out.skips()).isEmpty();
        assertThat(out.findings()).hasSize(1);
        Finding f = out.findings().get(0);
        assertThat(f.strategy()).isEqualTo(Strategy.CLEANUP);
        assertThat(f.resourceId()).isEqualTo("i-1");
        // released: the whole 10 CNY/day × 31 days
        assertThat(f.estimatedMonthlySavings()).isEqualByComparingTo("310");
        assertThat(f.monthlyCost()).isEqualByComparingTo(String.valueOf(MONTH));
        assertThat(f.action()).contains("Snapshot").contains("release");
        // 31 UTC days touch 32 calendar days in China time (the first and last are partial), and hold 31 days of data;
        // (100 + 100) bit/s × 86,400 s / 8 = 2,160,000 bytes = 2.2 MB a day
        assertThat(f.reason()).isEqualTo("daily p95 CPU under 5.0 % and network under 5 MB/day on 32 of 32 calendar days "
                + "in Asia/Shanghai (31 days of data; thresholds 5.0 %, 5 MB/day, 90 % of days); p95 CPU over the period "
                + "2.0 %, median network 2.2 MB/day");
        assertThat(f.confidence()).isEqualTo(Confidence.HIGH); // network measured, every day idle, 2 % ≤ 5 % / 2
    }

    @Test
    void networkTrafficAboveFiveMbADayIsNotIdle() {
        RuleFixture f = ComputeFixture.instance(ComputeFixture.in(dir), "i-1", "ecs.g7.2xlarge", "env=prod")
                .hourly("i-1", "cpu_percent", OCT_1, 31, t -> 2.0)
                .hourly("i-1", "net_out_bps", OCT_1, 31, t -> 500); // 500 × 86,400 / 8 = 5.4 MB a day
        RuleOutcome out = rule.evaluate(f.context());
        assertThat(out.findings()).isEmpty();
        assertThat(out.skips()).isEmpty();
    }

    @Test
    void aDailyP95ExactlyAtTheThresholdIsNotIdle() {
        RuleFixture f = ComputeFixture.instance(ComputeFixture.in(dir), "i-1", "ecs.g7.2xlarge", "env=prod")
                .hourly("i-1", "cpu_percent", OCT_1, 31, t -> 5.0); // "below 5 %" is strict
        assertThat(rule.evaluate(f.context()).findings()).isEmpty();
    }

    @Test
    void oneBusyHourADayCountsInTheDailyP95() {
        // 23 hours at 1 % and one at 7 %: the p95 of 24 values lies 3/4 of the way from the 23rd to the 24th,
        // 1 + 0.75 × 6 = 5.5 % ≥ 5 %, so no day is idle (the javadoc says so; it used to claim the busiest hour is ignored)
        RuleFixture f = ComputeFixture.instance(ComputeFixture.in(dir), "i-1", "ecs.g7.2xlarge", "env=prod")
                .hourly("i-1", "cpu_percent", OCT_1, 31, t -> t.atZone(ZoneOffset.UTC).getHour() == 3 ? 7.0 : 1.0)
                .config(UTC);
        assertThat(rule.evaluate(f.context()).findings()).isEmpty();
    }

    @Test
    void ninetyPercentOfDaysExactlyIsEnough() {
        // 20 UTC days, the first 2 busy: 18 of 20 = 90 %, and the share is "at least" 90 %
        RuleFixture two = ComputeFixture.instance(ComputeFixture.in(dir), "i-1", "ecs.g7.2xlarge", "env=prod")
                .hourly("i-1", "cpu_percent", OCT_1, 20, t -> day(t) < 2 ? 50 : 1)
                .config(UTC);
        RuleOutcome out = rule.evaluate(two.context());
        assertThat(out.findings()).singleElement().satisfies(f -> {
            assertThat(f.reason()).contains("on 18 of 20 calendar days in UTC (20 days of data;");
            assertThat(f.estimatedMonthlySavings()).isEqualByComparingTo(f.monthlyCost());
            assertThat(f.confidence()).isEqualTo(Confidence.MEDIUM); // not every day idle, no network
        });
    }

    @Test
    void eightyFivePercentOfDaysIsNotEnough() {
        // the first 3 of 20 days busy: 17 of 20 = 85 % < 90 %
        RuleFixture three = ComputeFixture.instance(ComputeFixture.in(dir), "i-1", "ecs.g7.2xlarge", "env=prod")
                .hourly("i-1", "cpu_percent", OCT_1, 20, t -> day(t) < 3 ? 50 : 1)
                .config(UTC);
        assertThat(rule.evaluate(three.context()).findings()).isEmpty();
    }

    @Test
    void withoutNetworkRowsItDecidesOnCpuAloneAtMostMedium() {
        RuleFixture f = ComputeFixture.instance(ComputeFixture.in(dir), "i-1", "ecs.g7.2xlarge", "env=prod")
                .hourly("i-1", "cpu_percent", OCT_1, 31, t -> 0.5);
        Finding finding = rule.evaluate(f.context()).findings().get(0);
        assertThat(finding.reason()).contains("network not measured");
        assertThat(finding.confidence()).isEqualTo(Confidence.MEDIUM);
        assertThat(finding.estimatedMonthlySavings()).isEqualByComparingTo("310");
    }

    @Test
    void noCpuRowsIsASkipNotAFinding() {
        RuleFixture f = idleInstance("i-1", "env=prod");
        ComputeFixture.instance(f, "i-2", "ecs.g7.2xlarge", "env=prod");
        RuleOutcome out = rule.evaluate(f.context());
        assertThat(out.findings()).extracting(Finding::resourceId).containsExactly("i-1");
        assertThat(out.skips()).containsExactly(new Skip("idle-compute", "i-2", "no cpu_percent rows"));
    }

    @Test
    void tooFewDaysIsASkip() {
        RuleFixture f = ComputeFixture.instance(ComputeFixture.in(dir), "i-1", "ecs.g7.2xlarge", "env=prod")
                .hourly("i-1", "cpu_percent", OCT_1, 9, t -> 1.0)
                .config(UTC);
        RuleOutcome out = rule.evaluate(f.context());
        assertThat(out.findings()).isEmpty();
        assertThat(out.skips()).containsExactly(new Skip("idle-compute", "i-1", "9 days of cpu_percent, needs 14"));
    }

    @Test
    void daysWithoutNetworkRowsAreNotQuietWhenTheInstanceReportsNetwork() {
        // network measured on the first 3 UTC days only, and busy then (10,000 bit/s = 108 MB a day); on the other
        // 28 days nothing is known about its traffic, so they cannot be idle: 0 of 31, not 28 of 31 (90.3 %)
        RuleFixture f = ComputeFixture.instance(ComputeFixture.in(dir), "i-1", "ecs.g7.2xlarge", "env=prod")
                .hourly("i-1", "cpu_percent", OCT_1, 31, t -> 1.0)
                .hourly("i-1", "net_out_bps", OCT_1, 31, t -> day(t) < 3 ? 10_000 : Double.NaN)
                .config(UTC);
        assertThat(rule.evaluate(f.context()).findings()).isEmpty();
    }

    @Test
    void thirteenDaysOfDataSeenInChinaTimeAreStillThirteenDays() {
        // 13 UTC days (312 hours) fall on 14 calendar days in China time (the first and last partial): still too few
        RuleFixture f = ComputeFixture.instance(ComputeFixture.in(dir), "i-1", "ecs.g7.2xlarge", "env=prod")
                .hourly("i-1", "cpu_percent", OCT_1, 13, t -> 1.0);
        RuleOutcome out = rule.evaluate(f.context());
        assertThat(out.findings()).isEmpty();
        assertThat(out.skips()).containsExactly(new Skip("idle-compute", "i-1", "13 days of cpu_percent, needs 14"));
    }

    @Test
    void ignoredAndStoppedInstancesGetNothing() {
        RuleFixture f = idleInstance("i-1", "env=prod;cloudcost:ignore=true");
        f.dailyCost("i-2", "Compute", "ECS", "ECS Instance", 10.0, OCT_1, 31)
                .inventory("i-2,Alibaba Cloud,compute,cn-hangzhou,ecs.g7.large,2,8,stopped,2025-01-01T00:00:00Z,,,,")
                .hourly("i-2", "cpu_percent", OCT_1, 31, t -> 0.0);
        RuleOutcome out = rule.evaluate(f.context());
        assertThat(out.findings()).isEmpty();
        assertThat(out.skips()).isEmpty();
    }

    @Test
    void aBilledInstanceTheInventoryDoesNotKnowIsJudged() {
        RuleFixture f = ComputeFixture.in(dir)
                .dailyCost("i-billed", "Compute", "Elastic Compute Service", "ECS Instance", 10.0, OCT_1, 31)
                .hourly("i-billed", "cpu_percent", OCT_1, 31, t -> 1.0);
        assertThat(rule.evaluate(f.context()).findings()).extracting(Finding::resourceId).containsExactly("i-billed");
    }

    @Test
    void aPerEnvironmentOverrideApplies() {
        // test instances must stay under 1 %: at 2 % the test box is not idle, the prod one still is
        RuleFixture f = idleInstance("i-prod", "env=prod");
        f.hourly("i-test", "cpu_percent", OCT_1, 31, t -> 2.0);
        ComputeFixture.instance(f, "i-test", "ecs.g7.2xlarge", "env=test")
                .config(CloudcostConfig.defaults().withRule("idle-compute",
                        RuleSettings.defaults().withEnvironmentThreshold("test", "p95CpuPercent", 1)));
        RuleOutcome out = rule.evaluate(f.context());
        assertThat(out.findings()).extracting(Finding::resourceId).containsExactly("i-prod");
    }

    @Test
    void withoutUsageTheAnalysisSkipsTheRuleAsAWholeAndEvaluateAloneFindsNothing() {
        RuleFixture f = ComputeFixture.instance(ComputeFixture.in(dir), "i-1", "ecs.g7.2xlarge", "env=prod");
        // called directly, the rule does not check its inputs: the instance is skipped for its own missing rows
        ComputeFixture.assertSkippedAsAWhole(rule, f, "needs usage data (--usage) and the dataset has none",
                new Skip("idle-compute", "i-1", "no cpu_percent rows"));
    }

    @Test
    void thresholdsAreDocumented() {
        assertThat(rule.thresholds()).extracting(t -> t.name())
                .containsExactly("p95CpuPercent", "networkMbPerDay", "idleDaysPercent", "minDays");
        assertThat(rule.thresholds()).allSatisfy(t -> assertThat(t.source()).isNotBlank());
    }

    private static long day(java.time.Instant t) {
        return ChronoUnit.DAYS.between(OCT_1.atStartOfDay().toInstant(ZoneOffset.UTC), t);
    }
}
