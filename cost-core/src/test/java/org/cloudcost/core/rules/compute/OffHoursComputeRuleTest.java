package org.cloudcost.core.rules.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.cloudcost.core.rules.compute.ComputeFixture.OCT_1;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.cloudcost.core.catalog.PriceCatalogs;
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

class OffHoursComputeRuleTest {
    @TempDir
    Path dir;

    private final OffHoursComputeRule rule = new OffHoursComputeRule();

    /** Busy (40 %) on weekdays 08:00–22:00 China time, 3 % at night and all weekend. */
    static double officeHours(Instant t) {
        ZonedDateTime local = ComputeFixture.local(t);
        boolean weekday = local.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue();
        return weekday && local.getHour() >= 8 && local.getHour() < 22 ? 40 : 3;
    }

    /** 28 UTC days from 1 October: every hour of the week seen 4 times, 29 calendar days in China time. */
    private RuleFixture instance(RuleFixture f, String id, String tags, java.util.function.ToDoubleFunction<Instant> cpu) {
        return ComputeFixture.instance(f, id, "ecs.g7.2xlarge", tags).hourly(id, "cpu_percent", OCT_1, 28, cpu);
    }

    @Test
    void aTestInstanceQuietAtNightAndWeekendsIsStoppedThen() {
        RuleOutcome out = rule.evaluate(instance(ComputeFixture.in(dir), "i-1", "env=test", OffHoursComputeRuleTest::officeHours)
                .context());

        Finding f = out.findings().get(0);
        assertThat(f.strategy()).isEqualTo(Strategy.ELASTIC_SCALING);
        assertThat(f.action()).isEqualTo("Stop the instance 22:00–08:00 Asia/Shanghai on weekdays and all weekend");
        // 5 × 10 weekday night hours + 48 weekend hours = 98; 310 × 98/168 × 0.8 = 144.67
        assertThat(f.estimatedMonthlySavings().doubleValue()).isCloseTo(310 * 98 / 168.0 * 0.8, within(1e-9));
        assertThat(f.reason()).isEqualTo("mean CPU at most 3.0 % in the 98 scheduled hours a week, busy level 40.0 % "
                + "(quiet: under 10.0 % and under 50 % of the busy level; windows of at least 4 h) over 28 days; "
                + "stopped 98 of 168 hours a week, and compute.stoppedShare 0.80 of its bill stops with it");
        assertThat(f.confidence()).isEqualTo(Confidence.HIGH);
    }

    @Test
    void aProductionFleetIsScaledInNeverBelowTwoInstances() {
        RuleFixture f = ComputeFixture.in(dir);
        for (int i = 1; i <= 4; i++) {
            instance(f, "i-p" + i, "env=prod;app=shop", OffHoursComputeRuleTest::officeHours);
        }
        RuleOutcome out = rule.evaluate(f.context());

        assertThat(out.findings()).hasSize(4);
        Finding p1 = out.findings().get(0);
        assertThat(p1.action()).isEqualTo("Scale the app=shop fleet in 22:00–08:00 Asia/Shanghai on weekdays and all "
                + "weekend (to each hour's load, at least 2 instances)");
        // each quiet hour needs ceil(4 × 3/40) = 1 instance, the floor keeps 2 of 4: half of the 98 hours is freed
        // 310 × 49/168 × 0.8 = 72.33
        assertThat(p1.estimatedMonthlySavings().doubleValue()).isCloseTo(310 * 49 / 168.0 * 0.8, within(1e-9));
        assertThat(p1.reason()).contains("; the fleet of 4 instances with app=shop is scaled in to each scheduled hour's "
                + "load, never below 2; that frees 49.00 of this instance's 168 hours a week");
        assertThat(p1.confidence()).isEqualTo(Confidence.MEDIUM);
    }

    @Test
    void aFleetAtItsFloorIsNotFlagged() {
        RuleFixture f = ComputeFixture.in(dir);
        instance(f, "i-p1", "env=prod;app=shop", OffHoursComputeRuleTest::officeHours);
        instance(f, "i-p2", "env=prod;app=shop", OffHoursComputeRuleTest::officeHours);
        RuleOutcome out = rule.evaluate(f.context());
        assertThat(out.findings()).isEmpty();
        assertThat(out.skips()).isEmpty();
    }

    @Test
    void withoutAnAppTagTheInstanceIsPricedAsAShareOfAFleetWithLowConfidence() {
        Finding f = rule.evaluate(instance(ComputeFixture.in(dir), "i-1", "env=prod", OffHoursComputeRuleTest::officeHours)
                .context()).findings().get(0);
        // each of the 98 quiet hours frees 1 − 3/40 = 0.925: 90.65 hours; 310 × 90.65/168 × 0.8 = 133.82
        assertThat(f.estimatedMonthlySavings().doubleValue()).isCloseTo(310 * 98 * (1 - 3 / 40.0) / 168 * 0.8,
                within(1e-9));
        assertThat(f.action()).startsWith("Scale this instance's fleet in 22:00–08:00 Asia/Shanghai");
        assertThat(f.reason()).contains("no app tag, so the fleet is unknown", "that frees 90.65 of");
        assertThat(f.confidence()).isEqualTo(Confidence.LOW);
    }

    @Test
    void aFlatProfileHasNoQuietHours() {
        RuleOutcome out = rule.evaluate(instance(ComputeFixture.in(dir), "i-1", "env=test", t -> 22).context());
        assertThat(out.findings()).isEmpty();
        assertThat(out.skips()).isEmpty();
    }

    @Test
    void aFourHourWindowIsEnoughAndThreeHoursAreNot() {
        // quiet 02:00–06:00 China time every day (4 h): 7 × 4 = 28 hours; 310 × 28/168 × 0.8 = 41.33
        RuleFixture f = ComputeFixture.in(dir);
        instance(f, "i-4h", "env=test", t -> hourIn(t, 2, 6) ? 3 : 40);
        instance(f, "i-3h", "env=test", t -> hourIn(t, 2, 5) ? 3 : 40);
        RuleOutcome out = rule.evaluate(f.context());
        assertThat(out.findings()).singleElement().satisfies(x -> {
            assertThat(x.resourceId()).isEqualTo("i-4h");
            assertThat(x.action()).isEqualTo("Stop the instance 02:00–06:00 Asia/Shanghai every day");
            assertThat(x.estimatedMonthlySavings().doubleValue()).isCloseTo(310 * 28 / 168.0 * 0.8, within(1e-9));
        });
    }

    @Test
    void withoutTheStoppedShareInTheCatalogItIsASkipNamingTheKey() {
        RuleFixture f = instance(RuleFixture.in(dir).catalogs(PriceCatalogs.of(List.of(ComputeFixture.catalog(null)))),
                "i-1", "env=test", OffHoursComputeRuleTest::officeHours);
        assertThat(rule.evaluate(f.context()).skips()).containsExactly(new Skip("off-hours-compute", "i-1",
                "no price compute.stoppedShare in the Alibaba Cloud catalog"));
    }

    @Test
    void missingOrThinCpuDataIsASkip() {
        RuleFixture f = ComputeFixture.instance(ComputeFixture.in(dir), "i-none", "ecs.g7.2xlarge", "env=test");
        ComputeFixture.instance(f, "i-thin", "ecs.g7.2xlarge", "env=test")
                .hourly("i-thin", "cpu_percent", OCT_1, 10, OffHoursComputeRuleTest::officeHours);
        RuleOutcome out = rule.evaluate(f.context());
        assertThat(out.findings()).isEmpty();
        assertThat(out.skips()).containsExactly(new Skip("off-hours-compute", "i-none", "no cpu_percent rows"),
                new Skip("off-hours-compute", "i-thin", "10 days of cpu_percent, needs 14"));
    }

    @Test
    void ignoredInstancesGetNothing() {
        RuleOutcome out = rule.evaluate(instance(ComputeFixture.in(dir), "i-1", "env=test;cloudcost:ignore=true",
                OffHoursComputeRuleTest::officeHours).context());
        assertThat(out.findings()).isEmpty();
        assertThat(out.skips()).isEmpty();
    }

    @Test
    void aPerEnvironmentOverrideOfTheQuietLevelApplies() {
        // test boxes count as quiet only under 2 %: their 3 % nights are not quiet; staging keeps the default
        RuleFixture f = ComputeFixture.in(dir);
        instance(f, "i-test", "env=test", OffHoursComputeRuleTest::officeHours);
        instance(f, "i-staging", "env=staging", OffHoursComputeRuleTest::officeHours)
                .config(CloudcostConfig.defaults().withRule("off-hours-compute",
                        RuleSettings.defaults().withEnvironmentThreshold("test", "quietCpuPercent", 2)));
        assertThat(rule.evaluate(f.context()).findings()).extracting(Finding::resourceId).containsExactly("i-staging");
    }

    @Test
    void withoutUsageTheAnalysisSkipsTheRuleAsAWholeAndEvaluateAloneFindsNothing() {
        RuleFixture f = ComputeFixture.instance(ComputeFixture.in(dir), "i-1", "ecs.g7.2xlarge", "env=test");
        // called directly, the rule does not check its inputs: the instance is skipped for its own missing rows
        ComputeFixture.assertSkippedAsAWhole(rule, f, "needs usage data (--usage) and the dataset has none",
                new Skip("off-hours-compute", "i-1", "no cpu_percent rows"));
    }

    private static boolean hourIn(Instant t, int from, int to) {
        int h = ComputeFixture.local(t).getHour();
        return h >= from && h < to;
    }
}
