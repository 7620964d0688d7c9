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

class UnattachedDiskRuleTest {
    private static final LocalDate OCT_1 = LocalDate.of(2026, 10, 1);

    @TempDir
    Path dir;

    /** A disk billed 2/day for all of October: 62 a month; the analysis date is 2026-11-01T00:00Z. */
    private RuleFixture disk(String id, String state, String created, String attachedTo, String tags) {
        return RuleFixture.in(dir)
                .dailyCost(id, "Storage", "Elastic Block Storage", "Disk", 2.0, OCT_1, 31)
                .inventory(id + ",Alibaba Cloud,disk,cn-hangzhou,cloud_essd,,," + state + "," + created + "," + attachedTo
                        + ",,," + tags);
    }

    @Test
    void anOldAvailableDiskSavesItsWholeBill() {
        RuleOutcome out = new UnattachedDiskRule().evaluate(disk("d-1", "Available", "2026-01-01T00:00:00Z", "", "env=prod").context());
        assertThat(out.findings()).hasSize(1);
        Finding f = out.findings().get(0);
        assertThat(f.resourceId()).isEqualTo("d-1");
        assertThat(f.monthlyCost()).isEqualByComparingTo("62"); // 31 days × 2
        assertThat(f.standaloneMonthlySavings()).isEqualByComparingTo("62");
        assertThat(f.confidence()).isEqualTo(Confidence.HIGH);
        assertThat(f.reason()).contains("created 2026-01-01, 304 days before 2026-11-01 (threshold 7 days)");
        assertThat(out.skips()).isEmpty();
    }

    @Test
    void attachedOrInUseDisksAreNotFlagged() {
        RuleOutcome out = new UnattachedDiskRule().evaluate(
                disk("d-1", "in_use", "2026-01-01T00:00:00Z", "i-1", "").context());
        assertThat(out.findings()).isEmpty();
        assertThat(out.skips()).isEmpty();
    }

    @Test
    void sevenDaysExactlyIsOldEnoughOneSecondLessIsNot() {
        // asOf 2026-11-01T00:00Z − 7 days = 2026-10-25T00:00Z: "at least 7 days" includes it
        RuleOutcome atThreshold = new UnattachedDiskRule().evaluate(
                disk("d-1", "available", "2026-10-25T00:00:00Z", "", "").context());
        assertThat(atThreshold.findings()).extracting(Finding::resourceId).containsExactly("d-1");
        RuleOutcome younger = new UnattachedDiskRule().evaluate(
                disk("d-1", "available", "2026-10-25T00:00:01Z", "", "").context());
        assertThat(younger.findings()).isEmpty();
    }

    @Test
    void aDiskOfUnknownAgeIsFlaggedWithLowConfidence() {
        RuleOutcome out = new UnattachedDiskRule().evaluate(disk("d-1", "available", "", "", "").context());
        assertThat(out.findings()).singleElement().satisfies(f -> {
            assertThat(f.confidence()).isEqualTo(Confidence.LOW);
            assertThat(f.reason()).contains("creation time unknown");
        });
    }

    @Test
    void aDiskWithoutBilledCostIsSkipped() {
        RuleOutcome out = new UnattachedDiskRule().evaluate(disk("d-1", "available", "2026-01-01T00:00:00Z", "", "")
                .inventory("d-2,Alibaba Cloud,disk,cn-hangzhou,cloud_essd,,,available,2026-01-01T00:00:00Z,,,,")
                .context());
        assertThat(out.findings()).extracting(Finding::resourceId).containsExactly("d-1");
        assertThat(out.skips()).extracting(Skip::resourceId, Skip::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("d-2", "no billed cost"));
    }

    @Test
    void withoutInventoryTheAnalysisSkipsTheRuleAsAWholeAndEvaluateAloneFindsNothing() {
        RuleFixture f = RuleFixture.in(dir).dailyCost("d-1", "Storage", "Elastic Block Storage", "Disk", 2.0, OCT_1, 31);
        AnalysisResult result = Analysis.of(f.dataset()).withRules(RuleRegistry.of(List.of(new UnattachedDiskRule())))
                .withCatalogs(PriceCatalogs.of(List.of())).run();
        assertThat(result.skips()).containsExactly(
                new Skip("unattached-disk", Skip.ALL, "needs inventory data (--inventory) and the dataset has none"));
        assertThat(result.findings().isEmpty()).isTrue();
        // called directly, the rule does not check its inputs: a disk without an inventory state is not "available"
        RuleOutcome out = new UnattachedDiskRule().evaluate(f.context());
        assertThat(out.findings()).isEmpty();
        assertThat(out.skips()).isEmpty();
    }

    @Test
    void theIgnoreTagSilencesTheDisk() {
        RuleOutcome out = new UnattachedDiskRule().evaluate(
                disk("d-1", "available", "2026-01-01T00:00:00Z", "", "env=prod;cloudcost:ignore=true").context());
        assertThat(out.findings()).isEmpty();
        assertThat(out.skips()).isEmpty();
    }

    @Test
    void aPerEnvironmentMinimumAgeApplies() {
        // both created 2026-10-15: 17 days before asOf; test waits 30 days, prod the default 7
        CloudcostConfig config = CloudcostConfig.defaults().withRule("unattached-disk",
                RuleSettings.defaults().withEnvironmentThreshold("test", "minAgeDays", 30));
        RuleOutcome out = new UnattachedDiskRule().evaluate(disk("d-test", "available", "2026-10-15T00:00:00Z", "", "env=test")
                .dailyCost("d-prod", "Storage", "Elastic Block Storage", "Disk", 2.0, OCT_1, 31)
                .inventory("d-prod,Alibaba Cloud,disk,cn-hangzhou,cloud_essd,,,available,2026-10-15T00:00:00Z,,,,env=prod")
                .config(config).context());
        assertThat(out.findings()).extracting(Finding::resourceId).containsExactly("d-prod");
    }
}
