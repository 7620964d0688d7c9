package org.cloudcost.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.cloudcost.core.catalog.PriceCatalogs;
import org.cloudcost.core.config.CloudcostConfig;
import org.cloudcost.core.config.RuleSettings;
import org.cloudcost.core.rules.Confidence;
import org.cloudcost.core.rules.DataKind;
import org.cloudcost.core.rules.Resource;
import org.cloudcost.core.rules.Rule;
import org.cloudcost.core.rules.RuleContext;
import org.cloudcost.core.rules.RuleFixture;
import org.cloudcost.core.rules.RuleOutcome;
import org.cloudcost.core.rules.RuleRegistry;
import org.cloudcost.core.rules.Skip;
import org.cloudcost.core.rules.Strategy;
import org.cloudcost.core.rules.Threshold;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisTest {
    @TempDir
    Path dir;

    private static final LocalDate OCT_1 = LocalDate.of(2026, 10, 1);

    /** A rule that does what {@code body} says. */
    private record TestRule(String id, Strategy strategy, Set<DataKind> requires,
                            BiFunction<Rule, RuleContext, RuleOutcome> body) implements Rule {
        public String summary() {
            return "test";
        }

        public List<Threshold> thresholds() {
            return List.of();
        }

        public RuleOutcome evaluate(RuleContext context) {
            return body.apply(this, context);
        }
    }

    /** A rule saving {@code share} of every compute resource's cost. */
    private static Rule saving(String id, Strategy strategy, double share) {
        return new TestRule(id, strategy, Set.of(DataKind.BILLING), (rule, context) -> {
            RuleOutcome.Builder out = RuleOutcome.builder(rule);
            for (Resource r : context.resources("compute")) {
                out.add(context.finding(rule, r).savingShare(share).action("act").reason("because").confidence(Confidence.HIGH).build());
            }
            return out.build();
        });
    }

    private CostDataset twoInstances(CloudcostConfig config) {
        return RuleFixture.in(dir)
                .dailyCost("i-1", "Compute", "ECS", "ECS Instance", 10, OCT_1, 31)
                .dailyCost("i-2", "Compute", "ECS", "ECS Instance", 20, OCT_1, 31)
                .charge("", "Tax", "Other", "VAT", "70", OCT_1)
                .config(config)
                .dataset();
    }

    @Test
    void runsTheRulesDeduplicatesAndRollsUp() {
        CostDataset ds = twoInstances(CloudcostConfig.defaults());
        AnalysisResult result = Analysis.of(ds)
                .withRules(RuleRegistry.of(List.of(saving("half", Strategy.RIGHT_SIZING, 0.5), saving("quarter", Strategy.ELASTIC_SCALING, 0.25))))
                .withCatalogs(PriceCatalogs.of(List.of()))
                .run();
        // i-1 310/month, i-2 620/month; each: cost × (1 − 0.5 × 0.75) = 0.625 × cost → 193.75 + 387.50 = 581.25
        assertThat(result.plan().totalMonthlySavings()).isEqualByComparingTo("581.25");
        assertThat(result.findings().size()).isEqualTo(4);
        assertThat(result.findings().get(0).resourceId()).isEqualTo("i-2");
        assertThat(result.plan().monthlySpend()).isEqualByComparingTo("1000"); // 310 + 620 + 70 tax
        assertThat(result.plan().savingsPercent()).isEqualByComparingTo("58.125");
        assertThat(result.rulesRun()).containsExactly("half", "quarter");
        assertThat(result.monthScale()).isEqualTo(1.0);
        assertThat(result.forecast().total()).isPresent();
        assertThat(result.findings().table().rowCount()).isEqualTo(4);
        assertThat(result.findings().table().columnNames()).startsWith("RuleId", "Strategy", "ResourceId");
    }

    @Test
    void aDisabledRuleDoesNotRunAndAMissingInputIsOneSkip() {
        CostDataset ds = twoInstances(CloudcostConfig.defaults().withRule("half", RuleSettings.defaults().withEnabled(false)));
        Rule needsUsage = new TestRule("needs-usage", Strategy.CLEANUP, Set.of(DataKind.BILLING, DataKind.USAGE),
                (r, c) -> { throw new AssertionError("must not run without usage"); });
        AnalysisResult result = Analysis.of(ds)
                .withRules(RuleRegistry.of(List.of(saving("half", Strategy.RIGHT_SIZING, 0.5), needsUsage)))
                .run();
        assertThat(result.rulesDisabled()).containsExactly("half");
        assertThat(result.rulesRun()).containsExactly("needs-usage");
        assertThat(result.skips()).containsExactly(new Skip("needs-usage", Skip.ALL, "needs usage data (--usage) and the dataset has none"));
        assertThat(result.findings().isEmpty()).isTrue();
        assertThat(result.plan().totalMonthlySavings()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void aFailingRuleIsNamedAndAnUnknownPriceOverrideIsBadInput() {
        CostDataset ds = twoInstances(CloudcostConfig.defaults());
        Rule broken = new TestRule("broken", Strategy.CLEANUP, Set.of(DataKind.BILLING), (r, c) -> { throw new ArithmeticException("/ by zero"); });
        assertThatThrownBy(() -> Analysis.of(ds).withRules(RuleRegistry.of(List.of(broken))).run())
                .hasMessageStartingWith("rule broken failed: java.lang.ArithmeticException");
        CostDataset priced = twoInstances(CloudcostConfig.defaults().withPrice("Nimbus", "x", BigDecimal.ONE));
        assertThatThrownBy(() -> Analysis.of(priced).withCatalogs(PriceCatalogs.of(List.of())).run())
                .isInstanceOf(CloudcostException.class).hasMessageContaining("no price catalog for provider \"Nimbus\"");
    }

    @Test
    void ruleSettingsMadeInJavaAreCheckedLikeTheFile() {
        Rule half = saving("half", Strategy.RIGHT_SIZING, 0.5);
        CostDataset unknownRule = twoInstances(CloudcostConfig.defaults().withThreshold("idle-compte", "p95CpuPercent", 3));
        assertThatThrownBy(() -> Analysis.of(unknownRule).withRules(RuleRegistry.of(List.of(half))).run())
                .isInstanceOf(CloudcostException.class)
                .hasMessage("the configuration has settings for rule \"idle-compte\", which is not among the rules run (half)");
        CostDataset unknownThreshold = twoInstances(CloudcostConfig.defaults().withThreshold("half", "cpu", 3));
        assertThatThrownBy(() -> Analysis.of(unknownThreshold).withRules(RuleRegistry.of(List.of(half))).run())
                .isInstanceOf(CloudcostException.class).hasMessageStartingWith("rule half has no threshold \"cpu\"");
        CostDataset outOfRange = twoInstances(CloudcostConfig.defaults().withThreshold("idle-compute", "p95CpuPercent", 150));
        assertThatThrownBy(() -> Analysis.of(outOfRange).withRules(RuleRegistry.load().only(List.of("idle-compute"))).run())
                .isInstanceOf(CloudcostException.class)
                .hasMessage("rule idle-compute threshold p95CpuPercent must be from 0.0 to 100.0 (%), was 150.0");
    }

    @Test
    void notesNameUnknownMetricsAndIgnoredResourcesAreListed() {
        CostDataset ds = RuleFixture.in(dir)
                .dailyCost("i-1", "Compute", "ECS", "ECS Instance", 10, OCT_1, 31)
                .inventory("i-1,Nimbus,compute,cn-hangzhou,,,,running,,,,,cloudcost:ignore=true")
                .hourly("i-1", "CPUUtilization", OCT_1, 1, t -> 5)
                .dataset();
        AnalysisResult result = Analysis.of(ds).withRules(RuleRegistry.of(List.of())).withCatalogs(PriceCatalogs.of(List.of())).run();
        assertThat(result.ignoredResources()).containsExactly("i-1");
        assertThat(result.notes()).anySatisfy(n -> assertThat(n).startsWith("usage metric \"CPUUtilization\" (24 hourly rows) is not a canonical name"));
        assertThat(result.notes()).anySatisfy(n -> assertThat(n).startsWith("no price catalog for provider \"Nimbus\""));
    }
}
