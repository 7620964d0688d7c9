package org.cloudcost.core.rules.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloudcost.core.rules.compute.ComputeFixture.OCT_1;

import java.nio.file.Path;
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

class UnderutilizedComputeRuleTest {
    @TempDir
    Path dir;

    private final UnderutilizedComputeRule rule = new UnderutilizedComputeRule();

    /** An instance of {@code spec} with constant CPU (and memory when not NaN) for October. */
    private RuleFixture instance(RuleFixture f, String id, String spec, String tags, double cpu, double memory) {
        ComputeFixture.instance(f, id, spec, tags).hourly(id, "cpu_percent", OCT_1, 31, t -> cpu);
        if (!Double.isNaN(memory)) {
            f.hourly(id, "memory_percent", OCT_1, 31, t -> memory);
        }
        return f;
    }

    @Test
    void onlyMaximumRowsAreASkipThatSaysSo() {
        RuleFixture f = ComputeFixture.instance(ComputeFixture.in(dir), "i-max", "ecs.g7.2xlarge", "env=prod")
                .hourly("i-max", "cpu_percent", "Maximum", OCT_1, 31, t -> 5.0);
        assertThat(new UnderutilizedComputeRule().evaluate(f.context()).skips()).containsExactly(
                new Skip("underutilized-compute", "i-max",
                        "no cpu_percent Average rows (only Maximum; the rule needs hourly means)"));
    }

    @Test
    void lowCpuAndMemoryMoveToTheSmallestSizeThatFits() {
        // 2xlarge (4 units), p95 CPU 12 %, memory 15 %: needs max(12/65, 15/80) = 0.1875 of 4 units = 0.75 → large (1)
        RuleOutcome out = rule.evaluate(instance(ComputeFixture.in(dir), "i-1", "ecs.g7.2xlarge", "env=prod", 12, 15).context());

        Finding f = out.findings().get(0);
        assertThat(f.strategy()).isEqualTo(Strategy.RIGHT_SIZING);
        assertThat(f.action()).isEqualTo("Resize ecs.g7.2xlarge to ecs.g7.large");
        // 310 × (1 − 1/4) = 232.5
        assertThat(f.estimatedMonthlySavings()).isEqualByComparingTo("232.5");
        // 12 × 4/1 = 48 %, 15 × 4/1 = 60 %; 31 UTC days touch 32 calendar days in China time but are 31 days of data
        assertThat(f.reason()).isEqualTo("p95 CPU 12.0 % and p95 memory 15.0 % over 31 days would be about 48.0 % and "
                + "60.0 % on ecs.g7.large (1 of 4 units; targets 65.0 %, 80.0 %)");
        assertThat(f.confidence()).isEqualTo(Confidence.HIGH);
    }

    @Test
    void theTighterOfCpuAndMemoryDecides() {
        // memory 30 %: 30/80 = 0.375 of 4 units = 1.5 → xlarge (2), although CPU alone would allow large
        Finding f = rule.evaluate(instance(ComputeFixture.in(dir), "i-1", "ecs.g7.2xlarge", "env=prod", 12, 30).context())
                .findings().get(0);
        assertThat(f.action()).isEqualTo("Resize ecs.g7.2xlarge to ecs.g7.xlarge");
        // 310 × (1 − 2/4) = 155
        assertThat(f.estimatedMonthlySavings()).isEqualByComparingTo("155");
    }

    @Test
    void aLoadLandingExactlyOnTheTargetFits() {
        // 32.5 % × 4/2 = 65 % on xlarge: "at or under" the target, so it fits; memory not measured → MEDIUM
        Finding f = rule.evaluate(instance(ComputeFixture.in(dir), "i-1", "ecs.g7.2xlarge", "env=prod", 32.5, Double.NaN)
                .context()).findings().get(0);
        assertThat(f.action()).isEqualTo("Resize ecs.g7.2xlarge to ecs.g7.xlarge");
        assertThat(f.reason()).contains("would be about 65.0 % on ecs.g7.xlarge").endsWith("memory not measured");
        assertThat(f.confidence()).isEqualTo(Confidence.MEDIUM);
    }

    @Test
    void aLoadJustAboveHalfTheTargetKeepsItsSize() {
        // 33 % × 4/2 = 66 % > 65 % on xlarge; 2xlarge has no in-between size below it
        RuleOutcome out = rule.evaluate(instance(ComputeFixture.in(dir), "i-1", "ecs.g7.2xlarge", "env=prod", 33, Double.NaN)
                .context());
        assertThat(out.findings()).isEmpty();
        assertThat(out.skips()).isEmpty();
    }

    @Test
    void nonProductionIsLeftToOversizedTestEnvWithoutASkipAndUntaggedIsJudged() {
        RuleFixture f = instance(ComputeFixture.in(dir), "i-test", "ecs.g7.2xlarge", "env=test", 5, Double.NaN);
        instance(f, "i-untagged", "ecs.g7.2xlarge", "", 5, Double.NaN);
        RuleOutcome out = rule.evaluate(f.context());
        assertThat(out.findings()).extracting(Finding::resourceId).containsExactly("i-untagged");
        assertThat(out.skips()).isEmpty();
    }

    @Test
    void aSpecWithoutALadderIsSkippedOnlyWhenTheLoadCouldFitSmaller() {
        RuleFixture f = instance(ComputeFixture.in(dir), "i-low", "m6i.2xlarge", "env=prod", 5, Double.NaN);
        instance(f, "i-busy", "m6i.2xlarge", "env=prod", 70, Double.NaN);
        RuleOutcome out = rule.evaluate(f.context());
        assertThat(out.findings()).isEmpty();
        assertThat(out.skips()).containsExactly(new Skip("underutilized-compute", "i-low",
                "no size ladder for m6i.2xlarge in the Alibaba Cloud catalog"));
    }

    @Test
    void noCatalogIsASkipNamingTheProvider() {
        RuleFixture f = instance(RuleFixture.in(dir).catalogs(PriceCatalogs.of(List.of())), "i-1", "ecs.g7.2xlarge",
                "env=prod", 5, Double.NaN);
        assertThat(rule.evaluate(f.context()).skips()).extracting(Skip::reason)
                .containsExactly("no price catalog for provider \"Alibaba Cloud\"");
    }

    @Test
    void missingOrThinCpuDataIsASkip() {
        RuleFixture f = ComputeFixture.instance(ComputeFixture.in(dir), "i-none", "ecs.g7.2xlarge", "env=prod");
        ComputeFixture.instance(f, "i-thin", "ecs.g7.2xlarge", "env=prod")
                .hourly("i-thin", "cpu_percent", OCT_1.plusDays(20), 10, t -> 5.0);
        RuleOutcome out = rule.evaluate(f.context());
        assertThat(out.findings()).isEmpty();
        // 10 UTC days touch 11 calendar days in China time, but they are 10 days of data
        assertThat(out.skips()).containsExactly(new Skip("underutilized-compute", "i-none", "no cpu_percent rows"),
                new Skip("underutilized-compute", "i-thin", "10 days of cpu_percent, needs 14"));
    }

    @Test
    void ignoredInstancesGetNothing() {
        RuleFixture f = instance(ComputeFixture.in(dir), "i-1", "ecs.g7.2xlarge", "env=prod;cloudcost:ignore=true", 5,
                Double.NaN);
        RuleOutcome out = rule.evaluate(f.context());
        assertThat(out.findings()).isEmpty();
        assertThat(out.skips()).isEmpty();
    }

    @Test
    void aProductionTargetOverrideKeepsMoreHeadroom() {
        // 15 %: default 15/65 × 4 = 0.92 → large; prod target 50 %: 15/50 × 4 = 1.2 → xlarge
        RuleFixture f = instance(ComputeFixture.in(dir), "i-prod", "ecs.g7.2xlarge", "env=prod", 15, Double.NaN);
        instance(f, "i-untagged", "ecs.g7.2xlarge", "", 15, Double.NaN)
                .config(CloudcostConfig.defaults().withRule("underutilized-compute",
                        RuleSettings.defaults().withEnvironmentThreshold("prod", "targetP95CpuPercent", 50)));
        RuleOutcome out = rule.evaluate(f.context());
        assertThat(out.findings()).extracting(Finding::resourceId, Finding::action).containsExactly(
                org.assertj.core.groups.Tuple.tuple("i-prod", "Resize ecs.g7.2xlarge to ecs.g7.xlarge"),
                org.assertj.core.groups.Tuple.tuple("i-untagged", "Resize ecs.g7.2xlarge to ecs.g7.large"));
    }

    @Test
    void withoutUsageTheAnalysisSkipsTheRuleAsAWholeAndEvaluateAloneFindsNothing() {
        RuleFixture f = ComputeFixture.instance(ComputeFixture.in(dir), "i-1", "ecs.g7.2xlarge", "env=prod");
        // called directly, the rule does not check its inputs: the instance is skipped for its own missing rows
        ComputeFixture.assertSkippedAsAWhole(rule, f, "needs usage data (--usage) and the dataset has none",
                new Skip("underutilized-compute", "i-1", "no cpu_percent rows"));
    }
}
