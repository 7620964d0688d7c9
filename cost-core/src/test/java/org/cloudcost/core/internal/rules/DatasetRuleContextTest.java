package org.cloudcost.core.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.cloudcost.core.config.CloudcostConfig;
import org.cloudcost.core.config.RuleSettings;
import org.cloudcost.core.rules.DataKind;
import org.cloudcost.core.rules.Resource;
import org.cloudcost.core.rules.Rule;
import org.cloudcost.core.rules.RuleContext;
import org.cloudcost.core.rules.RuleFixture;
import org.cloudcost.core.rules.RuleOutcome;
import org.cloudcost.core.rules.Strategy;
import org.cloudcost.core.rules.Threshold;
import org.cloudcost.core.rules.Thresholds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetRuleContextTest {
    @TempDir
    Path dir;

    private static final LocalDate OCT_1 = LocalDate.of(2026, 10, 1);

    /** A rule with two thresholds, for the override precedence. */
    static final class TwoThresholds implements Rule {
        public String id() {
            return "two-thresholds";
        }

        public Strategy strategy() {
            return Strategy.CLEANUP;
        }

        public String summary() {
            return "nothing";
        }

        public Set<DataKind> requires() {
            return Set.of();
        }

        public List<Threshold> thresholds() {
            return List.of(new Threshold("cpu", "cpu", "%", 5, 0, 100, "why", "source"),
                    new Threshold("days", "days", "days", 14, 1, 60, "why", "source"));
        }

        public RuleOutcome evaluate(RuleContext context) {
            return RuleOutcome.builder(this).build();
        }
    }

    @Test
    void aWholeMonthIsTheMonthlyCostAsBilledAndCreditsStayOut() {
        RuleContext ctx = RuleFixture.in(dir)
                .dailyCost("i-1", "Compute", "Elastic Compute Service", "ECS Instance", 10.5, OCT_1, 31)
                .charge("i-1", "Credit", "Compute", "Elastic Compute Service", "-100", OCT_1)
                .charge("", "Tax", "Other", "VAT", "20", OCT_1)
                .context();
        Resource r = ctx.resource("i-1").orElseThrow();
        assertThat(ctx.monthScale()).isEqualTo(1.0);
        assertThat(r.monthlyCost()).isEqualByComparingTo("325.5"); // 31 × 10.5, the credit is not a running cost
        assertThat(r.resourceType()).isEqualTo("compute");
        assertThat(r.serviceCategory()).isEqualTo("Compute");
        assertThat(r.hasBilling()).isTrue();
        assertThat(ctx.asOf()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(ctx.currency()).isEqualTo("CNY");
    }

    @Test
    void aPartialPeriodIsScaledTo730Hours() {
        RuleContext ctx = RuleFixture.in(dir)
                .dailyCost("i-1", "Compute", "ECS", "ECS Instance", 24, OCT_1, 10)
                .context();
        // 10 days = 240 h at 1/h → 730 h a month
        assertThat(ctx.monthScale()).isCloseTo(730.0 / 240, within(1e-12));
        assertThat(ctx.resource("i-1").orElseThrow().monthlyCost()).isEqualByComparingTo("730");
    }

    @Test
    void inventoryFactsTagsEnvironmentAndZone() {
        RuleContext ctx = RuleFixture.in(dir)
                .dailyCost("i-1", "Compute", "ECS", "ECS Instance", "ecs.g7.large", 1, OCT_1, 31, "{\"Environment\":\"QA\"}")
                .inventory("i-1,Alibaba Cloud,compute,cn-shanghai,ecs.g7.2xlarge,8,32,running,2025-01-01T00:00:00Z,,,,team=data;cloudcost:ignore=TRUE")
                .inventory("d-1,Alibaba Cloud,disk,us-east-1,cloud_essd,,,available,2025-01-01T00:00:00Z,,,,")
                .context();
        Resource i = ctx.resource("i-1").orElseThrow();
        assertThat(i.spec()).isEqualTo("ecs.g7.2xlarge");
        assertThat(i.family()).isEqualTo("ecs.g7");
        assertThat(i.size()).isEqualTo("2xlarge");
        assertThat(i.vcpu()).isEqualTo(8.0);
        assertThat(i.environment()).isEqualTo("qa");
        assertThat(i.isNonProduction()).isTrue();
        assertThat(ctx.ignored(i)).isTrue();
        assertThat(ctx.zone(i)).isEqualTo(ZoneId.of("Asia/Shanghai"));
        Resource d = ctx.resource("d-1").orElseThrow();
        assertThat(d.hasBilling()).isFalse();
        assertThat(d.monthlyCost()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(ctx.zone(d)).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(d.serviceCategory()).as("from its type, without a bill").isEqualTo("Storage");
        assertThat(ctx.resources("disk")).extracting(Resource::id).containsExactly("d-1");
        assertThat(ctx.has(DataKind.USAGE)).isFalse();
        assertThat(ctx.has(DataKind.INVENTORY)).isTrue();
    }

    @Test
    void configuredTimeZoneWinsAndUnknownRegionsAreUtc() {
        RuleContext byRegion = RuleFixture.in(dir)
                .inventory("x,Other,compute,mars-1,,,,running,,,,,")
                .context();
        assertThat(byRegion.zone(byRegion.resource("x").orElseThrow())).isEqualTo(ZoneOffset.UTC);
        RuleContext configured = RuleFixture.in(dir)
                .inventory("x,Other,compute,cn-hangzhou,,,,running,,,,,")
                .config(CloudcostConfig.defaults().withTimeZone(ZoneId.of("Europe/Paris")))
                .context();
        assertThat(configured.zone(configured.resource("x").orElseThrow())).isEqualTo(ZoneId.of("Europe/Paris"));
    }

    @Test
    void thresholdsApplyDefaultsThenGlobalThenEnvironmentThenTag() {
        Rule rule = new TwoThresholds();
        RuleSettings settings = RuleSettings.defaults().withThreshold("cpu", 7)
                .withEnvironmentThreshold("non-prod", "cpu", 9)
                .withEnvironmentThreshold("test", "cpu", 11)
                .withTagThreshold("team=data", "days", 3);
        RuleContext ctx = RuleFixture.in(dir)
                .inventory("a,Alibaba Cloud,compute,cn-hangzhou,,,,running,,,,,env=test;team=Data")
                .inventory("b,Alibaba Cloud,compute,cn-hangzhou,,,,running,,,,,env=staging")
                .inventory("c,Alibaba Cloud,compute,cn-hangzhou,,,,running,,,,,env=prod")
                .config(CloudcostConfig.defaults().withRule(rule.id(), settings))
                .context();
        Thresholds a = ctx.thresholds(rule, ctx.resource("a").orElseThrow());
        assertThat(a.value("cpu")).isEqualTo(11);
        assertThat(a.origin("cpu")).isEqualTo("environment test");
        assertThat(a.intValue("days")).isEqualTo(3);
        assertThat(a.origin("days")).isEqualTo("tag team=data");
        assertThat(ctx.thresholds(rule, ctx.resource("b").orElseThrow()).value("cpu")).isEqualTo(9);
        Thresholds c = ctx.thresholds(rule, ctx.resource("c").orElseThrow());
        assertThat(c.value("cpu")).isEqualTo(7);
        assertThat(c.origin("cpu")).isEqualTo("config");
        assertThat(c.value("days")).isEqualTo(14);
        assertThat(c.origin("days")).isEqualTo("default");
    }

    @Test
    void usageIsSplitPerResourceMetricAndStatistic() {
        RuleContext ctx = RuleFixture.in(dir)
                .inventory("i-1,Alibaba Cloud,compute,cn-hangzhou,,,,running,,,,,")
                .hourly("i-1", "cpu_percent", OCT_1, 2, t -> t.atZone(ZoneOffset.UTC).getHour())
                .hourly("i-1", "cpu_percent", "Maximum", OCT_1, 2, t -> 99)
                .context();
        Resource r = ctx.resource("i-1").orElseThrow();
        var avg = ctx.usage(r, "cpu_percent").orElseThrow();
        assertThat(avg.size()).isEqualTo(48);
        assertThat(avg.days(ZoneOffset.UTC)).isEqualTo(2);
        assertThat(avg.days(ZoneId.of("Asia/Shanghai"))).isEqualTo(3); // 08:00 on Oct 1 to 07:00 on Oct 3 China time
        assertThat(avg.hourOfDayMeans(ZoneOffset.UTC)[23]).isEqualTo(23);
        assertThat(avg.hourOfDayMeans(ZoneId.of("Asia/Shanghai"))[8]).isEqualTo(0);
        assertThat(ctx.usage(r, "cpu_percent", "Maximum").orElseThrow().max()).isEqualTo(99);
        assertThat(ctx.usage(r, "net_out_bps")).isEmpty();
        assertThat(ctx.asOf()).isEqualTo(Instant.parse("2026-10-03T00:00:00Z"));
    }
}
