package org.cloudcost.core.rules.cleanup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.cloudcost.core.Analysis;
import org.cloudcost.core.AnalysisResult;
import org.cloudcost.core.catalog.PriceCatalogs;
import org.cloudcost.core.config.CloudcostConfig;
import org.cloudcost.core.config.RuleSettings;
import org.cloudcost.core.rules.Confidence;
import org.cloudcost.core.rules.Finding;
import org.cloudcost.core.rules.RuleFixture;
import org.cloudcost.core.rules.RuleOutcome;
import org.cloudcost.core.rules.RuleRegistry;
import org.cloudcost.core.rules.Skip;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OldSnapshotRuleTest {
    private static final LocalDate OCT_1 = LocalDate.of(2026, 10, 1);

    @TempDir
    Path dir;

    /** A snapshot billed 0.5/day for all of October: 15.5 a month; the analysis date is 2026-11-01T00:00Z. */
    private RuleFixture snapshot(RuleFixture f, String id, String created, String tags) {
        return f.dailyCost(id, "Storage", "Elastic Block Storage", "Snapshot", 0.5, OCT_1, 31)
                .inventory(id + ",Alibaba Cloud,snapshot,cn-hangzhou,,,,accomplished," + created + ",,,," + tags);
    }

    @Test
    void aSnapshotOlderThanNinetyDaysSavesItsBillWithMediumConfidence() {
        RuleOutcome out = new OldSnapshotRule().evaluate(snapshot(RuleFixture.in(dir), "s-1", "2026-05-01T00:00:00Z", "").context());
        Finding f = out.findings().get(0);
        assertThat(out.findings()).hasSize(1);
        assertThat(f.standaloneMonthlySavings()).isEqualByComparingTo("15.5"); // 31 × 0.5
        assertThat(f.monthlyCost()).isEqualByComparingTo("15.5");
        assertThat(f.confidence()).isEqualTo(Confidence.MEDIUM);
        assertThat(f.action()).contains("retention policy");
        assertThat(f.reason()).contains("Created 2026-05-01, 184 days before 2026-11-01 (threshold 90 days)");
    }

    @Test
    void ninetyDaysExactlyIsOldOneSecondLessIsNot() {
        // 2026-11-01T00:00Z − 90 days = 2026-08-03T00:00Z
        RuleFixture f = snapshot(RuleFixture.in(dir), "s-at", "2026-08-03T00:00:00Z", "");
        RuleOutcome out = new OldSnapshotRule().evaluate(snapshot(f, "s-young", "2026-08-03T00:00:01Z", "").context());
        assertThat(out.findings()).extracting(Finding::resourceId).containsExactly("s-at");
    }

    @Test
    void aSnapshotWithoutCreationTimeOrCostIsSkipped() {
        RuleOutcome out = new OldSnapshotRule().evaluate(snapshot(RuleFixture.in(dir), "s-1", "", "")
                .inventory("s-2,Alibaba Cloud,snapshot,cn-hangzhou,,,,accomplished,2025-01-01T00:00:00Z,,,,")
                .context());
        assertThat(out.findings()).isEmpty();
        assertThat(out.skips()).extracting(Skip::resourceId, Skip::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("s-1", "no CreatedAt in the inventory"),
                org.assertj.core.groups.Tuple.tuple("s-2", "no billed cost"));
    }

    @Test
    void withoutBillingTheAnalysisSkipsTheRuleAsAWholeAndEvaluateAloneFindsNothing() {
        RuleFixture f = RuleFixture.in(dir)
                .inventory("s-1,Alibaba Cloud,snapshot,cn-hangzhou,,,,accomplished,2025-01-01T00:00:00Z,,,,");
        AnalysisResult result = Analysis.of(f.dataset()).withRules(RuleRegistry.of(List.of(new OldSnapshotRule())))
                .withCatalogs(PriceCatalogs.of(List.of())).run();
        assertThat(result.skips()).containsExactly(
                new Skip("old-snapshot", Skip.ALL, "needs billing data (--billing) and the dataset has none"));
        assertThat(result.findings().isEmpty()).isTrue();
        // called directly, the rule does not check its inputs: the old snapshot is skipped for its own missing cost
        // (without billing or usage the analysis date is the wall clock, long after 2025-01-01)
        RuleOutcome out = new OldSnapshotRule().evaluate(f.context());
        assertThat(out.findings()).isEmpty();
        assertThat(out.skips()).containsExactly(new Skip("old-snapshot", "s-1", "no billed cost"));
    }

    @Test
    void theIgnoreTagSilencesTheSnapshot() {
        RuleOutcome out = new OldSnapshotRule().evaluate(
                snapshot(RuleFixture.in(dir), "s-1", "2025-01-01T00:00:00Z", "env=prod;cloudcost:ignore=true").context());
        assertThat(out.findings()).isEmpty();
        assertThat(out.skips()).isEmpty();
    }

    @Test
    void aPerEnvironmentMaximumAgeApplies() {
        // both 123 days old (2026-07-01): prod keeps snapshots a year, dev the default 90 days
        CloudcostConfig config = CloudcostConfig.defaults().withRule("old-snapshot",
                RuleSettings.defaults().withEnvironmentThreshold("prod", "maxAgeDays", 365));
        RuleFixture f = snapshot(RuleFixture.in(dir), "s-prod", "2026-07-01T00:00:00Z", "env=prod");
        RuleOutcome out = new OldSnapshotRule().evaluate(snapshot(f, "s-dev", "2026-07-01T00:00:00Z", "env=dev")
                .config(config).context());
        assertThat(out.findings()).extracting(Finding::resourceId).containsExactly("s-dev");
    }
}
