package org.cloudcost.core.rules.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloudcost.core.rules.compute.ComputeFixture.OCT_1;

import java.nio.file.Path;
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

/** Ladder of the fixture: large 1, xlarge 2, 2xlarge 4, 3xlarge 6, 4xlarge 8 units. */
class OversizedTestEnvRuleTest {
    @TempDir
    Path dir;

    private final OversizedTestEnvRule rule = new OversizedTestEnvRule();

    /** The production peer: ecs.g7.4xlarge (8 units), app=shop. */
    private RuleFixture withProdPeer() {
        return ComputeFixture.instance(ComputeFixture.in(dir), "p-1", "ecs.g7.4xlarge", "env=prod;app=shop");
    }

    private static RuleFixture cpu(RuleFixture f, String id, double p95) {
        return f.hourly(id, "cpu_percent", OCT_1, 31, t -> p95);
    }

    @Test
    void aTestBoxAsLargeAsProductionShrinksToWhatItsLoadNeeds() {
        RuleFixture f = ComputeFixture.instance(withProdPeer(), "t-1", "ecs.g7.4xlarge", "env=test;app=shop");
        RuleOutcome out = rule.evaluate(cpu(f, "t-1", 10).context());

        Finding t1 = out.findings().get(0);
        assertThat(out.findings()).extracting(Finding::resourceId).containsExactly("t-1"); // production is not judged here
        assertThat(t1.strategy()).isEqualTo(Strategy.RIGHT_SIZING);
        // 10 % × 8 units / 80 % = 1 unit → large (1), under the cap 8/2 = 4 units (2xlarge)
        assertThat(t1.action()).isEqualTo("Resize ecs.g7.4xlarge to ecs.g7.large");
        // 310 × (1 − 1/8) = 271.25
        assertThat(t1.estimatedMonthlySavings()).isEqualByComparingTo("271.25");
        assertThat(t1.reason()).isEqualTo("test ecs.g7.4xlarge (8 units) is as large as its production peer ecs.g7.4xlarge "
                + "(app=shop, 8 units) and p95 CPU 10.0 % over 31 days is under 40.0 %; on ecs.g7.large p95 CPU would be "
                + "about 80.0 % (targets 80.0 %, 80.0 %), within half of production (ecs.g7.2xlarge); 1 of 8 units");
        assertThat(t1.confidence()).isEqualTo(Confidence.MEDIUM); // memory not measured
    }

    @Test
    void withoutCpuDataItIsSizedByPolicyAtHalfOfProduction() {
        RuleFixture f = ComputeFixture.instance(withProdPeer(), "t-1", "ecs.g7.4xlarge", "env=test;app=shop");
        Finding t1 = rule.evaluate(f.context()).findings().get(0);
        // cap: largest size ≤ 8/2 = 4 units → 2xlarge; 310 × (1 − 4/8) = 155
        assertThat(t1.action()).isEqualTo("Resize ecs.g7.4xlarge to ecs.g7.2xlarge");
        assertThat(t1.estimatedMonthlySavings()).isEqualByComparingTo("155");
        assertThat(t1.reason()).contains("no cpu_percent rows, so sized by policy at half of production");
        assertThat(t1.confidence()).isEqualTo(Confidence.LOW);
    }

    @Test
    void whenTheLoadNeedsMoreThanHalfOfProductionTheLoadWins() {
        // 45 % is not low, but the box is as large as prod: 45 × 8 / 80 = 4.5 units → 3xlarge (6), above the cap (4)
        RuleFixture f = ComputeFixture.instance(withProdPeer(), "t-1", "ecs.g7.4xlarge", "env=test;app=shop");
        Finding t1 = rule.evaluate(cpu(f, "t-1", 45).context()).findings().get(0);
        assertThat(t1.action()).isEqualTo("Resize ecs.g7.4xlarge to ecs.g7.3xlarge");
        // 310 × (1 − 6/8) = 77.5
        assertThat(t1.estimatedMonthlySavings()).isEqualByComparingTo("77.5");
        assertThat(t1.reason()).contains("about 60.0 %", "the test load needs more than half of production (ecs.g7.2xlarge)")
                .contains("p95 CPU 45.0 % over 31 days (not under 40.0 %)"); // the measured figure and its period
    }

    @Test
    void aLowP95IsEnoughWithoutAPeerButExactly40IsNotLow() {
        RuleFixture f = ComputeFixture.instance(ComputeFixture.in(dir), "t-low", "ecs.g7.2xlarge", "env=qa;app=other");
        cpu(f, "t-low", 20);
        ComputeFixture.instance(f, "t-40", "ecs.g7.2xlarge", "env=qa;app=other");
        cpu(f, "t-40", 40); // "below 40 %" is strict
        RuleOutcome out = rule.evaluate(f.context());
        assertThat(out.findings()).singleElement().satisfies(x -> {
            assertThat(x.resourceId()).isEqualTo("t-low");
            // 20 × 4 / 80 = 1 unit → large; 310 × (1 − 1/4) = 232.5
            assertThat(x.action()).isEqualTo("Resize ecs.g7.2xlarge to ecs.g7.large");
            assertThat(x.estimatedMonthlySavings()).isEqualByComparingTo("232.5");
        });
        assertThat(out.skips()).isEmpty();
    }

    @Test
    void everyP95UnderTheLowMarkGetsASmallerSize() {
        // 36 % is "low" (under 40 %): the rule's own basis says such a box can be cut in half, and on half the size it
        // runs at 72 %, within the test environment's target; with production's 65 % it was called low and left alone
        RuleFixture f = ComputeFixture.instance(ComputeFixture.in(dir), "t-36", "ecs.g7.2xlarge", "env=qa;app=other");
        RuleOutcome out = rule.evaluate(cpu(f, "t-36", 36).context());
        assertThat(out.findings()).singleElement().satisfies(x -> {
            assertThat(x.action()).isEqualTo("Resize ecs.g7.2xlarge to ecs.g7.xlarge");
            assertThat(x.estimatedMonthlySavings()).isEqualByComparingTo("155"); // 310 × (1 − 2/4)
            assertThat(x.reason()).contains("p95 CPU 36.0 % over 31 days is under 40.0 %",
                    "on ecs.g7.xlarge p95 CPU would be about 72.0 % (targets 80.0 %, 80.0 %)");
        });
    }

    @Test
    void theTargetAfterResizeIsTwiceTheLowMarkSoTheTwoThresholdsAgree() {
        OversizedTestEnvThresholds t = OversizedTestEnvThresholds.of(org.cloudcost.core.rules.Thresholds.defaults(
                rule.id(), rule.thresholds()));
        assertThat(t.targetP95CpuPercent()).isGreaterThanOrEqualTo(2 * t.lowP95CpuPercent());
    }

    @Test
    void aTestBoxSmallerThanProductionWithRealLoadIsLeftAlone() {
        RuleFixture f = ComputeFixture.instance(withProdPeer(), "t-1", "ecs.g7.2xlarge", "env=test;app=shop");
        RuleOutcome out = rule.evaluate(cpu(f, "t-1", 45).context());
        assertThat(out.findings()).isEmpty();
        assertThat(out.skips()).isEmpty();
    }

    @Test
    void neitherDataNorPeerAndNoLadderAreSkips() {
        RuleFixture f = ComputeFixture.instance(ComputeFixture.in(dir), "t-alone", "ecs.g7.2xlarge", "env=dev");
        ComputeFixture.instance(f, "t-m6i", "m6i.2xlarge", "env=dev");
        RuleOutcome out = rule.evaluate(f.context());
        assertThat(out.findings()).isEmpty();
        assertThat(out.skips()).containsExactly(
                new Skip("oversized-test-env", "t-alone",
                        "no cpu_percent rows, and no production peer (same app tag and family) to compare with"),
                new Skip("oversized-test-env", "t-m6i", "no size ladder for m6i.2xlarge in the Alibaba Cloud catalog"));
    }

    @Test
    void databasesAreComparedWithProductionDatabases() {
        RuleFixture f = ComputeFixture.database(ComputeFixture.in(dir), "db-prod", "rds.mysql.s3.2xlarge", "env=prod;app=shop");
        ComputeFixture.database(f, "db-test", "rds.mysql.s3.2xlarge", "env=test;app=shop");
        ComputeFixture.instance(f, "p-small", "ecs.g7.large", "env=prod;app=shop"); // another type: not a peer
        Finding db = rule.evaluate(f.context()).findings().get(0);
        assertThat(db.resourceId()).isEqualTo("db-test");
        assertThat(db.resourceType()).isEqualTo("database");
        // cap: 4/2 = 2 units → xlarge; 310 × (1 − 2/4) = 155
        assertThat(db.action()).isEqualTo("Resize rds.mysql.s3.2xlarge to rds.mysql.s3.xlarge");
        assertThat(db.estimatedMonthlySavings()).isEqualByComparingTo("155");
    }

    @Test
    void aPerEnvironmentOverrideOfTheStepsApplies() {
        // test boxes two halvings under production: 8/4 = 2 units → xlarge; 310 × (1 − 2/8) = 232.5
        RuleFixture f = ComputeFixture.instance(withProdPeer(), "t-1", "ecs.g7.4xlarge", "env=test;app=shop")
                .config(CloudcostConfig.defaults().withRule("oversized-test-env",
                        RuleSettings.defaults().withEnvironmentThreshold("test", "stepsBelowProd", 2)));
        Finding t1 = rule.evaluate(f.context()).findings().get(0);
        assertThat(t1.action()).isEqualTo("Resize ecs.g7.4xlarge to ecs.g7.xlarge");
        assertThat(t1.estimatedMonthlySavings()).isEqualByComparingTo("232.5");
        assertThat(t1.reason()).contains("sized by policy at 1/4 of production");
    }

    @Test
    void ignoredResourcesGetNothing() {
        RuleFixture f = ComputeFixture.instance(withProdPeer(), "t-1", "ecs.g7.4xlarge",
                "env=test;app=shop;cloudcost:ignore=true");
        RuleOutcome out = rule.evaluate(f.context());
        assertThat(out.findings()).isEmpty();
        assertThat(out.skips()).isEmpty();
    }

    @Test
    void withoutBillingTheAnalysisSkipsTheRuleAsAWholeAndEvaluateAloneFindsNothing() {
        // the inventory and CPU of a test box as large as production, but no bill
        String running = ",Alibaba Cloud,compute,cn-hangzhou,ecs.g7.4xlarge,8,32,running,2025-01-01T00:00:00Z,,,,";
        RuleFixture f = cpu(ComputeFixture.in(dir).inventory("p-1" + running + "env=prod;app=shop")
                .inventory("t-1" + running + "env=test;app=shop"), "t-1", 10);
        // called directly, the rule does not check its inputs: the test box is skipped for its own missing cost
        ComputeFixture.assertSkippedAsAWhole(rule, f, "needs billing data (--billing) and the dataset has none",
                new Skip("oversized-test-env", "t-1", "no billed cost"));
    }
}
