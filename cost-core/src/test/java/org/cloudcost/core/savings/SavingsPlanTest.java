package org.cloudcost.core.savings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloudcost.core.savings.HandFindings.finding;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.cloudcost.core.config.Effort;
import org.cloudcost.core.rules.Finding;
import org.cloudcost.core.rules.Strategy;
import org.junit.jupiter.api.Test;

class SavingsPlanTest {
    private static BigDecimal saving(SavingsPlan plan, String rule, String resource) {
        return plan.findings().stream().filter(f -> f.ruleId().equals(rule) && f.resourceId().equals(resource))
                .findFirst().orElseThrow().estimatedMonthlySavings();
    }

    @Test
    void differentStrategiesMultiplyAsDesignSays() {
        // DESIGN.md: a test VM shrunk to half size and run 60 of 168 hours saves cost × (1 − 0.5 × 60/168).
        // cost 1680: right-sizing saves 840 (share 0.5); off-hours saves 1080 (share 108/168).
        // combined = 1680 × (1 − 0.5 × 60/168) = 1680 − 300 = 1380, split 840 : 1080.
        SavingsPlan plan = SavingsPlan.of(List.of(
                finding("oversized-test-env", Strategy.RIGHT_SIZING, "i-1", "1680", "840"),
                finding("off-hours-compute", Strategy.ELASTIC_SCALING, "i-1", "1680", "1080")), new BigDecimal("10000"), Map.of());
        assertThat(plan.totalMonthlySavings()).isEqualByComparingTo("1380");
        assertThat(saving(plan, "oversized-test-env", "i-1")).isEqualByComparingTo("603.75"); // 1380 × 840/1920
        assertThat(saving(plan, "off-hours-compute", "i-1")).isEqualByComparingTo("776.25");  // 1380 × 1080/1920
        assertThat(plan.byStrategy().get(Strategy.RIGHT_SIZING)).isEqualByComparingTo("603.75");
        assertThat(plan.savingsPercent()).isEqualByComparingTo("13.8");
    }

    @Test
    void cleanupWinsOutright() {
        SavingsPlan plan = SavingsPlan.of(List.of(
                finding("underutilized-compute", Strategy.RIGHT_SIZING, "i-1", "1000", "500"),
                finding("idle-compute", Strategy.CLEANUP, "i-1", "1000", "1000"),
                finding("off-hours-compute", Strategy.ELASTIC_SCALING, "i-1", "1000", "300")), new BigDecimal("1000"), Map.of());
        assertThat(saving(plan, "idle-compute", "i-1")).isEqualByComparingTo("1000");
        assertThat(saving(plan, "underutilized-compute", "i-1")).isZero();
        assertThat(saving(plan, "off-hours-compute", "i-1")).isZero();
        assertThat(plan.totalMonthlySavings()).isEqualByComparingTo("1000");
        assertThat(plan.findings().get(0).ruleId()).isEqualTo("idle-compute");
    }

    @Test
    void sameStrategyFindingsAreAlternativesAndTheLargerWins() {
        SavingsPlan plan = SavingsPlan.of(List.of(
                finding("underutilized-compute", Strategy.RIGHT_SIZING, "i-1", "1000", "500"),
                finding("oversized-test-env", Strategy.RIGHT_SIZING, "i-1", "1000", "750")), new BigDecimal("1000"), Map.of());
        assertThat(saving(plan, "oversized-test-env", "i-1")).isEqualByComparingTo("750");
        assertThat(saving(plan, "underutilized-compute", "i-1")).isZero();
    }

    @Test
    void capacityRiskSavesNothingAndRollUpsCoverEveryStrategy() {
        SavingsPlan plan = SavingsPlan.of(List.of(
                finding("hot-instance", Strategy.CAPACITY_RISK, "i-1", "1000", "0"),
                finding("stale-storage", Strategy.DATA_LIFECYCLE, "b/logs/", "200", "150", "Storage", "", "acct-2")),
                new BigDecimal("1200"), Map.of());
        assertThat(plan.byStrategy()).containsOnlyKeys(Strategy.ELASTIC_SCALING, Strategy.RIGHT_SIZING,
                Strategy.DATA_LIFECYCLE, Strategy.NETWORK, Strategy.CLEANUP);
        assertThat(plan.byStrategy().get(Strategy.DATA_LIFECYCLE)).isEqualByComparingTo("150");
        assertThat(plan.byServiceCategory()).containsOnlyKeys("Storage");
        assertThat(plan.byEnvironment()).containsOnlyKeys("(untagged)");
        assertThat(plan.byAccount()).containsOnlyKeys("acct-2");
        assertThat(plan.findingCount()).isEqualTo(2);
    }

    @Test
    void roiAndPaybackFromTheConfiguredEffortOfStrategiesWithASaving() {
        // 1,000/month → 12,000/year. Effort: cleanup 10 h × 100 + 500 = 1,500; network has no saving, so its effort is not counted.
        SavingsPlan plan = SavingsPlan.of(List.of(finding("idle-compute", Strategy.CLEANUP, "i-1", "1000", "1000")),
                new BigDecimal("4000"), Map.of(
                        Strategy.CLEANUP, new Effort(new BigDecimal("10"), new BigDecimal("100"), new BigDecimal("500")),
                        Strategy.NETWORK, new Effort(new BigDecimal("80"), new BigDecimal("100"), BigDecimal.ZERO)));
        assertThat(plan.annualSavings()).isEqualByComparingTo("12000");
        assertThat(plan.implementationCost()).contains(new BigDecimal("1500"));
        assertThat(plan.roiMultiple().orElseThrow()).isEqualByComparingTo("8");
        // payback = 1500 / (12000/365) = 45.625 days
        assertThat(plan.paybackDays().orElseThrow()).isEqualByComparingTo("45.625");
        assertThat(plan.savingsPercent()).isEqualByComparingTo("25");
    }

    @Test
    void withoutEffortThereIsNoRoi() {
        SavingsPlan plan = SavingsPlan.of(List.of(finding("idle-compute", Strategy.CLEANUP, "i-1", "10", "10")),
                BigDecimal.TEN, Map.of());
        assertThat(plan.implementationCost()).isEmpty();
        assertThat(plan.roiMultiple()).isEmpty();
        assertThat(plan.paybackDays()).isEmpty();
    }

    @Test
    void aCostWithManyDecimalsNeverRoundsASavingAboveIt() {
        Finding f = finding("idle-compute", Strategy.CLEANUP, "i-1", "1.123456789999", "1.123456789999");
        SavingsPlan plan = SavingsPlan.of(List.of(f), BigDecimal.TEN, Map.of());
        assertThat(plan.totalMonthlySavings()).isLessThanOrEqualTo(f.monthlyCost());
        assertThat(plan.totalMonthlySavings()).isEqualByComparingTo("1.12345678");
    }
}
