package org.cloudcost.core.rules.cleanup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cloudcost.core.Analysis;
import org.cloudcost.core.AnalysisResult;
import org.cloudcost.core.catalog.Price;
import org.cloudcost.core.catalog.PriceCatalog;
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

class UnusedIpRuleTest {
    private static final LocalDate OCT_1 = LocalDate.of(2026, 10, 1);

    @TempDir
    Path dir;

    private static PriceCatalogs idleIpAt(String perHour) {
        Price idle = new Price("ip.idle.hour", new BigDecimal(perHour), "CNY/h", "test", "2026-11-01", "", List.of());
        return PriceCatalogs.of(List.of(new PriceCatalog("Alibaba Cloud", List.of(), "CNY", "cn-hangzhou",
                Map.of("ip.idle.hour", idle), List.of(), Map.of())));
    }

    /** An address billed 0.48/day for October: 14.88 a month; the analysis date is 2026-11-01T00:00Z. */
    private RuleFixture billedIp(RuleFixture f, String id, String state, String attachedTo, String tags) {
        return f.dailyCost(id, "Networking", "Elastic IP Address", "EIP", 0.48, OCT_1, 31)
                .inventory(id + ",Alibaba Cloud,ip,cn-hangzhou,,,," + state + ",2026-01-01T00:00:00Z," + attachedTo + ",,," + tags);
    }

    @Test
    void anAvailableBilledAddressSavesItsBill() {
        RuleOutcome out = new UnusedIpRule().evaluate(billedIp(RuleFixture.in(dir), "eip-1", "Available", "", "").context());
        assertThat(out.findings()).singleElement().satisfies(f -> {
            assertThat(f.standaloneMonthlySavings()).isEqualByComparingTo("14.88"); // 31 × 0.48
            assertThat(f.monthlyCost()).isEqualByComparingTo("14.88");
            assertThat(f.confidence()).isEqualTo(Confidence.HIGH);
            assertThat(f.action()).startsWith("Release the address");
        });
    }

    @Test
    void anUnbilledAddressIsPricedFromTheCatalogAsItsMonthlyCost() {
        RuleOutcome out = new UnusedIpRule().evaluate(billedIp(RuleFixture.in(dir), "eip-billed", "inuse", "i-1", "")
                .inventory("eip-free,Alibaba Cloud,ip,cn-hangzhou,,,,available,2026-01-01T00:00:00Z,,,,")
                .catalogs(idleIpAt("0.02")).context());
        Finding f = out.findings().get(0);
        assertThat(out.findings()).hasSize(1);
        assertThat(f.resourceId()).isEqualTo("eip-free");
        assertThat(f.monthlyCost()).isEqualByComparingTo("14.60"); // 0.02 × 730
        assertThat(f.effectiveMonthlyCost()).isEqualByComparingTo("14.60");
        assertThat(f.standaloneMonthlySavings()).isEqualByComparingTo("14.60");
        assertThat(f.confidence()).isEqualTo(Confidence.MEDIUM);
        assertThat(f.reason()).contains("ip.idle.hour 0.02 CNY/h × 730 h = 14.60 CNY/month (a catalog price, not a bill)");
    }

    @Test
    void anAddressWhoseBillLinesTotalZeroIsNotSaidToBeUnbilled() {
        // the bill has the address, at 0 a day: the catalog's idle fee may not apply, and the reason must not say
        // "not billed in the data" when a person looking at the bill finds it there
        RuleOutcome out = new UnusedIpRule().evaluate(RuleFixture.in(dir)
                .dailyCost("eip-zero", "Networking", "Elastic IP Address", "EIP", 0, OCT_1, 31)
                .inventory("eip-zero,Alibaba Cloud,ip,cn-hangzhou,,,,available,2026-01-01T00:00:00Z,,,,")
                .catalogs(idleIpAt("0.02")).context());
        Finding f = out.findings().get(0);
        assertThat(f.reason()).doesNotContain("not billed in the data")
                .contains("its bill lines total 0.00 CNY/month, so priced from the catalog");
        assertThat(f.confidence()).isEqualTo(Confidence.LOW); // the bill and the catalog disagree: a person should check
    }

    @Test
    void anUnbilledAddressWithoutACatalogPriceIsSkippedNamingTheKey() {
        RuleFixture f = billedIp(RuleFixture.in(dir), "eip-billed", "inuse", "i-1", "")
                .inventory("eip-free,Alibaba Cloud,ip,cn-hangzhou,,,,available,2026-01-01T00:00:00Z,,,,");
        RuleOutcome noCatalog = new UnusedIpRule().evaluate(f.context());
        assertThat(noCatalog.skips()).extracting(Skip::resourceId, Skip::reason).containsExactly(
                tuple("eip-free", "no billed cost and no price catalog for provider \"Alibaba Cloud\""));
        RuleOutcome noKey = new UnusedIpRule().evaluate(f.catalogs(PriceCatalogs.of(List.of(new PriceCatalog(
                "Alibaba Cloud", List.of(), "CNY", "", Map.of(), List.of(), Map.of())))).context());
        assertThat(noKey.skips()).extracting(Skip::reason).containsExactly(
                "no billed cost and no price ip.idle.hour in the Alibaba Cloud catalog");
    }

    @Test
    void associatedAddressesAreNotFlaggedAndUnknownOnesAreSkipped() {
        RuleFixture f = billedIp(RuleFixture.in(dir), "eip-attached", "inuse", "i-1", "");
        f = billedIp(f, "eip-state-says-inuse", "InUse", "", "");
        f = f.dailyCost("eip-bill-only", "Networking", "Elastic IP Address", "EIP", 0.48, OCT_1, 31);
        RuleOutcome out = new UnusedIpRule().evaluate(f.context());
        assertThat(out.findings()).isEmpty();
        assertThat(out.skips()).extracting(Skip::resourceId).containsExactly("eip-bill-only");
        assertThat(out.skips().get(0).reason()).startsWith("no State and no AttachedTo");
    }

    @Test
    void aKnownStateThatIsNotInUseWithNoAttachmentIsFlagged() {
        RuleOutcome out = new UnusedIpRule().evaluate(billedIp(RuleFixture.in(dir), "eip-1", "unassociated", "", "").context());
        assertThat(out.findings()).singleElement().satisfies(f -> {
            assertThat(f.confidence()).isEqualTo(Confidence.MEDIUM);
            assertThat(f.reason()).startsWith("State unassociated and associated with nothing");
        });
    }

    @Test
    void theIgnoreTagSilencesTheAddress() {
        RuleOutcome out = new UnusedIpRule().evaluate(
                billedIp(RuleFixture.in(dir), "eip-1", "available", "", "env=prod;cloudcost:ignore=true").context());
        assertThat(out.findings()).isEmpty();
        assertThat(out.skips()).isEmpty();
    }

    @Test
    void withoutInventoryTheAnalysisSkipsTheRuleAsAWholeAndEvaluateAloneFindsNothing() {
        RuleFixture f = RuleFixture.in(dir)
                .dailyCost("eip-1", "Networking", "Elastic IP Address", "EIP", 0.48, OCT_1, 31)
                .catalogs(idleIpAt("0.02"));
        AnalysisResult result = Analysis.of(f.dataset()).withRules(RuleRegistry.of(List.of(new UnusedIpRule())))
                .withCatalogs(idleIpAt("0.02")).run();
        assertThat(result.skips()).containsExactly(
                new Skip("unused-ip", Skip.ALL, "needs inventory data (--inventory) and the dataset has none"));
        assertThat(result.findings().isEmpty()).isTrue();
        // called directly, the rule does not check its inputs: the billed address is skipped for its own missing rows
        RuleOutcome out = new UnusedIpRule().evaluate(f.context());
        assertThat(out.findings()).isEmpty();
        assertThat(out.skips()).containsExactly(new Skip("unused-ip", "eip-1",
                "no State and no AttachedTo in the inventory: cannot tell whether it is associated"));
    }

    @Test
    void aMinimumAgeSparesNewAddressesAndTheDefaultZeroFlagsAnAddressOfTheLastHour() {
        // allocated 2026-10-31T23:00Z, one hour before asOf: the default 0 days flags it; staging waits 2 days
        RuleFixture f = RuleFixture.in(dir)
                .dailyCost("eip-stg", "Networking", "Elastic IP Address", "EIP", 0.48, OCT_1, 31)
                .inventory("eip-stg,Alibaba Cloud,ip,cn-hangzhou,,,,available,2026-10-31T23:00:00Z,,,,env=staging")
                .dailyCost("eip-prod", "Networking", "Elastic IP Address", "EIP", 0.48, OCT_1, 31)
                .inventory("eip-prod,Alibaba Cloud,ip,cn-hangzhou,,,,available,2026-10-31T23:00:00Z,,,,env=prod")
                .config(CloudcostConfig.defaults().withRule("unused-ip",
                        RuleSettings.defaults().withEnvironmentThreshold("non-prod", "minAgeDays", 2)));
        RuleOutcome out = new UnusedIpRule().evaluate(f.context());
        assertThat(out.findings()).extracting(Finding::resourceId).containsExactly("eip-prod");
    }
}
