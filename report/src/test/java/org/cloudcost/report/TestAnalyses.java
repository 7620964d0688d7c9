package org.cloudcost.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

import org.cloudcost.core.Analysis;
import org.cloudcost.core.AnalysisResult;
import org.cloudcost.core.CostDataset;
import org.cloudcost.core.catalog.PriceCatalogs;
import org.cloudcost.core.config.CloudcostConfig;
import org.cloudcost.core.config.Effort;
import org.cloudcost.core.config.RuleSettings;
import org.cloudcost.core.rules.Confidence;
import org.cloudcost.core.rules.DataKind;
import org.cloudcost.core.rules.Resource;
import org.cloudcost.core.rules.Rule;
import org.cloudcost.core.rules.RuleContext;
import org.cloudcost.core.rules.RuleOutcome;
import org.cloudcost.core.rules.RuleRegistry;
import org.cloudcost.core.rules.Strategy;
import org.cloudcost.core.rules.Threshold;

/**
 * A small real analysis for the report tests: October 2026 billed in full (so the month scale
 * is 1), read from files through {@link CostDataset#read()}, and run with test rules whose
 * findings are chosen here.
 *
 * <ul>
 *   <li>{@code i-1}: Compute, 10.00 a day = 310.00, env test, account {@code sub-a};</li>
 *   <li>{@code db-1}: Databases, 20.00 a day = 620.00, env prod, account {@code sub-b};</li>
 *   <li>{@code i-ign}: Compute, 1.00 a day = 31.00, carries {@code cloudcost:ignore=true}.</li>
 * </ul>
 * Total billed 961.00. Rules, in registry order:
 * <ul>
 *   <li>{@code test-schedule} (elastic-scaling): 50 % of each compute resource → i-1 155.00;</li>
 *   <li>{@code test-shrink} (right-sizing): 40 % of each compute resource → i-1 124.00; skips
 *       db-1 ("no cpu_percent rows");</li>
 *   <li>{@code test-cleanup} (cleanup): all of db-1 → 620.00;</li>
 *   <li>{@code test-risk} (capacity-risk): db-1, no saving;</li>
 *   <li>{@code test-archive} (data-lifecycle): needs storage data, so it is skipped as a whole;</li>
 *   <li>{@code test-off} (network): disabled by the configuration.</li>
 * </ul>
 * De-duplicated: i-1 saves 310 × (1 − 0.5 × 0.6) = 217.00, split 155 : 124 → 120.56 and 96.44;
 * db-1 620.00 (the cleanup wins, the capacity risk saves nothing). Total 837.00 a month, 87.10 %
 * of 961.00, 10,044.00 a year.
 */
final class TestAnalyses {
    static final String FOCUS_HEADER = "BilledCost,EffectiveCost,ListCost,BillingCurrency,BillingAccountId,SubAccountId,"
            + "BillingPeriodStart,BillingPeriodEnd,ChargePeriodStart,ChargePeriodEnd,ChargeCategory,ServiceCategory,"
            + "ServiceName,ProviderName,RegionId,ResourceId,ResourceType,SkuId,PricingQuantity,PricingUnit,Tags";
    static final String INVENTORY_HEADER = "ResourceId,ProviderName,ResourceType,RegionId,Spec,VCpu,MemoryGiB,State,"
            + "CreatedAt,AttachedTo,BandwidthMbps,BandwidthBilling,Tags";

    /** Right-sizing 8 h × 100 = 800, cleanup 10 h × 100 + 500 = 1,500, network 1 (no saving, so not counted). */
    static final CloudcostConfig WITH_EFFORT = CloudcostConfig.defaults()
            .withEffort(Strategy.RIGHT_SIZING, new Effort(new BigDecimal("8"), new BigDecimal("100"), BigDecimal.ZERO))
            .withEffort(Strategy.CLEANUP, new Effort(new BigDecimal("10"), new BigDecimal("100"), new BigDecimal("500")))
            .withEffort(Strategy.NETWORK, new Effort(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO));

    private TestAnalyses() {
    }

    /** The analysis described above, with {@code config} (the test-off rule is disabled on top of it). */
    static AnalysisResult run(Path dir, CloudcostConfig config) {
        return Analysis.of(dataset(dir, config)).withRules(rules()).withCatalogs(PriceCatalogs.of(List.of())).run();
    }

    static CostDataset dataset(Path dir, CloudcostConfig config) {
        try {
            List<String> bill = new ArrayList<>();
            bill.add(FOCUS_HEADER);
            LocalDate first = LocalDate.of(2026, 10, 1);
            for (int d = 0; d < 31; d++) {
                LocalDate day = first.plusDays(d);
                bill.add(line("10.00", "sub-a", "Compute", "Elastic Compute Service", "i-1", "ECS Instance", day, "test"));
                bill.add(line("20.00", "sub-b", "Databases", "ApsaraDB RDS", "db-1", "RDS Instance", day, "prod"));
                bill.add(line("1.00", "sub-a", "Compute", "Elastic Compute Service", "i-ign", "ECS Instance", day, "test"));
            }
            Path billing = Files.write(dir.resolve("bill.csv"), bill);
            Path inventory = Files.write(dir.resolve("inventory.csv"), List.of(INVENTORY_HEADER,
                    "i-1,Alibaba Cloud,compute,cn-hangzhou,ecs.g7.large,2,8,running,2025-01-01T00:00:00Z,,,,env=test",
                    "db-1,Alibaba Cloud,database,cn-hangzhou,rds.mysql.s3.large,4,16,running,2025-01-01T00:00:00Z,,,,env=prod",
                    "i-ign,Alibaba Cloud,compute,cn-hangzhou,ecs.g7.large,2,8,running,2025-01-01T00:00:00Z,,,,"
                            + "env=test;cloudcost:ignore=true"));
            return CostDataset.read().billing(billing).inventory(inventory)
                    .config(config.withRule("test-off", RuleSettings.defaults().withEnabled(false))).load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String line(String amount, String sub, String category, String service, String id, String type,
                               LocalDate day, String env) {
        LocalDate period = day.withDayOfMonth(1);
        return String.join(",", amount, amount, amount, "CNY", "acct-1", sub, period + "T00:00:00Z",
                period.plusMonths(1) + "T00:00:00Z", day + "T00:00:00Z", day.plusDays(1) + "T00:00:00Z", "Usage", category,
                service, "Alibaba Cloud", "cn-hangzhou", id, type, "", "24", "Hours", "\"{\"\"env\"\":\"\"" + env + "\"\"}\"");
    }

    static RuleRegistry rules() {
        return RuleRegistry.of(List.of(
                new TestRule("test-schedule", Strategy.ELASTIC_SCALING, Set.of(DataKind.BILLING), (rule, ctx) -> {
                    RuleOutcome.Builder out = RuleOutcome.builder(rule);
                    for (Resource r : ctx.resources("compute")) {
                        if (!ctx.ignored(r)) {
                            out.add(ctx.finding(rule, r).savingShare(0.5).action("Stop it at night").reason("idle 12 h a day")
                                    .confidence(Confidence.MEDIUM).build());
                        }
                    }
                    return out.build();
                }),
                new TestRule("test-shrink", Strategy.RIGHT_SIZING, Set.of(DataKind.BILLING), (rule, ctx) -> {
                    RuleOutcome.Builder out = RuleOutcome.builder(rule);
                    for (Resource r : ctx.resources()) {
                        if (ctx.ignored(r)) {
                            continue;
                        }
                        if (r.resourceType().equals("compute")) {
                            out.add(ctx.finding(rule, r).savingShare(0.4).action("Shrink to ecs.g7.medium")
                                    .reason("p95 CPU 12 %").confidence(Confidence.HIGH).build());
                        } else {
                            out.skip(r, "no cpu_percent rows");
                        }
                    }
                    return out.build();
                }),
                new TestRule("test-cleanup", Strategy.CLEANUP, Set.of(DataKind.BILLING), (rule, ctx) -> {
                    RuleOutcome.Builder out = RuleOutcome.builder(rule);
                    Resource db = ctx.resource("db-1").orElseThrow();
                    out.add(ctx.finding(rule, db).monthlySavings(db.monthlyCost()).action("Delete the database")
                            .reason("no connections in 30 days").confidence(Confidence.HIGH).build());
                    return out.build();
                }),
                new TestRule("test-risk", Strategy.CAPACITY_RISK, Set.of(DataKind.BILLING), (rule, ctx) -> {
                    RuleOutcome.Builder out = RuleOutcome.builder(rule);
                    Resource db = ctx.resource("db-1").orElseThrow();
                    out.add(ctx.finding(rule, db).monthlySavings(BigDecimal.ZERO).action("Watch the disk")
                            .reason("disk 91 % full").confidence(Confidence.LOW).build());
                    return out.build();
                }),
                new TestRule("test-archive", Strategy.DATA_LIFECYCLE, Set.of(DataKind.STORAGE),
                        (rule, ctx) -> {
                            throw new AssertionError("must not run without storage data");
                        }),
                new TestRule("test-off", Strategy.NETWORK, Set.of(DataKind.BILLING),
                        (rule, ctx) -> {
                            throw new AssertionError("disabled");
                        })));
    }

    /** A rule made of a lambda. */
    record TestRule(String id, Strategy strategy, Set<DataKind> requires, BiFunction<Rule, RuleContext, RuleOutcome> body)
            implements Rule {
        @Override
        public String summary() {
            return "test rule " + id;
        }

        @Override
        public List<Threshold> thresholds() {
            return List.of();
        }

        @Override
        public RuleOutcome evaluate(RuleContext context) {
            return body.apply(this, context);
        }
    }
}
