package org.cloudcost.core.savings;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cloudcost.core.rules.Finding;
import org.cloudcost.core.rules.Strategy;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/** Random findings: whatever the rules say, savings per resource stay within cost and every roll-up adds up. */
class SavingsPlanPropertyTest {
    private static final String[] CATEGORIES = {"Compute", "Databases", "Storage", "Networking"};
    private static final String[] ENVS = {"prod", "test", ""};

    @RepeatedTest(200)
    void perResourceSavingNeverExceedsCostAndRollUpsAddUp(RepetitionInfo info) {
        Random random = new Random(info.getCurrentRepetition());
        int resources = 1 + random.nextInt(20);
        List<Finding> findings = new ArrayList<>();
        Map<String, BigDecimal> costOf = new HashMap<>();
        for (int r = 0; r < resources; r++) {
            String id = "r-" + r;
            BigDecimal cost = BigDecimal.valueOf(random.nextInt(1_000_000), random.nextInt(7));
            costOf.put(id, cost);
            String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
            String env = ENVS[random.nextInt(ENVS.length)];
            String account = "a-" + random.nextInt(3);
            int n = 1 + random.nextInt(5);
            for (int k = 0; k < n; k++) {
                Strategy s = Strategy.values()[random.nextInt(Strategy.values().length)];
                BigDecimal saving = s.saves()
                        ? cost.multiply(BigDecimal.valueOf(random.nextDouble())).setScale(random.nextInt(9), RoundingMode.DOWN)
                        : BigDecimal.ZERO;
                findings.add(HandFindings.finding("rule-" + k, s, id, cost.toPlainString(), saving.toPlainString(), category,
                        env, account));
            }
        }
        BigDecimal spend = costOf.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        SavingsPlan plan = SavingsPlan.of(findings, spend, Map.of());

        Map<String, BigDecimal> perResource = new HashMap<>();
        for (Finding f : plan.findings()) {
            assertThat(f.estimatedMonthlySavings()).isLessThanOrEqualTo(f.standaloneMonthlySavings());
            perResource.merge(f.resourceId(), f.estimatedMonthlySavings(), BigDecimal::add);
        }
        perResource.forEach((id, s) -> assertThat(s).as(id).isLessThanOrEqualTo(costOf.get(id)));
        BigDecimal total = plan.totalMonthlySavings();
        assertThat(sum(plan.byStrategy().values())).isEqualByComparingTo(total);
        assertThat(sum(plan.byServiceCategory().values())).isEqualByComparingTo(total);
        assertThat(sum(plan.byEnvironment().values())).isEqualByComparingTo(total);
        assertThat(sum(plan.byAccount().values())).isEqualByComparingTo(total);
        assertThat(sum(perResource.values())).isEqualByComparingTo(total);
        assertThat(total).isLessThanOrEqualTo(spend);
        assertThat(plan.findings()).hasSameSizeAs(findings);
    }

    private static BigDecimal sum(java.util.Collection<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
