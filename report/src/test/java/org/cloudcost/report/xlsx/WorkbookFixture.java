package org.cloudcost.report.xlsx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import org.cloudcost.core.Analysis;
import org.cloudcost.core.AnalysisResult;
import org.cloudcost.core.CostDataset;
import org.cloudcost.core.catalog.Price;
import org.cloudcost.core.catalog.PriceCatalog;
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
 * A real analysis for the workbook tests: October 2026 billed in full (month scale 1), read from
 * files, with test rules whose findings are chosen here.
 *
 * <ul>
 *   <li>{@code i-1} Compute 10.00/day = 310.00, env test, {@code sub-a};</li>
 *   <li>{@code db-1} Databases 20.00/day = 620.00, env prod, {@code sub-b};</li>
 *   <li>{@code bucket-1} Storage 5.00/day = 155.00, no env tag, {@code sub-a};</li>
 *   <li>{@code net-1} Networking 3.00/day = 93.00, service name and env tag
 *       {@value #INJECTION}, {@code sub-b};</li>
 *   <li>a credit of −1.00/day = −31.00 in ServiceCategory Other;</li>
 *   <li>a blank line in the bill (skipped).</li>
 * </ul>
 * Total billed 1,147.00. Findings: i-1 schedule 50 % and shrink 40 % → 310 × (1 − 0.5 × 0.6) =
 * 217.00 split 155 : 124 → 120.56 / 96.44; db-1 cleanup 620.00 (and a capacity risk saving 0);
 * bucket-1 lifecycle 60 % = 93.00; net-1 network 30 % = 27.90. Total 957.90 a month.
 * Effort ({@link #WITH_EFFORT}): elastic-scaling 10 h × 100, right-sizing 8 h × 100, cleanup
 * 10 h × 100 + 500, data-lifecycle 4 h × 100, network none → 1,000 + 800 + 1,500 + 400 = 3,700.
 */
final class WorkbookFixture {
    /** A formula a tag or name might carry. */
    static final String INJECTION = "=HYPERLINK(\"http://x\",\"y\")";
    /** A reason with a bell character, which XML cannot hold. */
    static final String BELL_REASON = "saw \u0007 in the log";

    static final CloudcostConfig WITH_EFFORT = CloudcostConfig.defaults()
            .withEffort(Strategy.ELASTIC_SCALING, effort("10", "100", "0"))
            .withEffort(Strategy.RIGHT_SIZING, effort("8", "100", "0"))
            .withEffort(Strategy.CLEANUP, effort("10", "100", "500"))
            .withEffort(Strategy.DATA_LIFECYCLE, effort("4", "100", "0"))
            .withRule("test-shrink", RuleSettings.defaults().withThreshold("p95CpuPercent", 25)
                    .withEnvironmentThreshold("test", "p95CpuPercent", 30));

    static final PriceCatalogs CATALOGS = PriceCatalogs.of(List.of(new PriceCatalog("Alibaba Cloud", List.of("aliyun"), "CNY",
            "cn-hangzhou", Map.of("storage.Standard.gbMonth", new Price("storage.Standard.gbMonth", new BigDecimal("0.12"),
                    "CNY/GB-month", "help.aliyun.com/zh/oss/storage-fees", "2026-11-22", "", List.of()),
            "cdn.traffic.gb", new Price("cdn.traffic.gb", new BigDecimal("0.24"), "CNY/GB", "help.aliyun.com/cdn", "2026-11-22",
                    "", List.of(new Price.Tier(new BigDecimal("10240"), new BigDecimal("0.24")),
                            new Price.Tier(null, new BigDecimal("0.20"))))),
            List.of(), Map.of())));

    private static final String FOCUS_HEADER = "BilledCost,EffectiveCost,ListCost,BillingCurrency,BillingAccountId,SubAccountId,"
            + "BillingPeriodStart,BillingPeriodEnd,ChargePeriodStart,ChargePeriodEnd,ChargeCategory,ServiceCategory,"
            + "ServiceName,ProviderName,RegionId,ResourceId,ResourceType,SkuId,PricingQuantity,PricingUnit,Tags";
    private static final String INVENTORY_HEADER = "ResourceId,ProviderName,ResourceType,RegionId,Spec,VCpu,MemoryGiB,State,"
            + "CreatedAt,AttachedTo,BandwidthMbps,BandwidthBilling,Tags";

    private WorkbookFixture() {
    }

    private static Effort effort(String hours, String rate, String oneOff) {
        return new Effort(new BigDecimal(hours), new BigDecimal(rate), new BigDecimal(oneOff));
    }

    static AnalysisResult run(CostDataset dataset) {
        return Analysis.of(dataset).withRules(rules()).withCatalogs(CATALOGS).run();
    }

    static CostDataset dataset(Path dir, CloudcostConfig config) {
        try {
            List<String> bill = new ArrayList<>();
            bill.add(FOCUS_HEADER);
            LocalDate first = LocalDate.of(2026, 10, 1);
            String injectionTag = "\"{\"\"env\"\":\"\"=HYPERLINK(\\\"\"http://x\\\"\",\\\"\"y\\\"\")\"\"}\"";
            for (int d = 0; d < 31; d++) {
                LocalDate day = first.plusDays(d);
                bill.add(line("10.00", "sub-a", "Usage", "Compute", "Elastic Compute Service", "i-1", day, env("test")));
                bill.add(line("20.00", "sub-b", "Usage", "Databases", "ApsaraDB RDS", "db-1", day, env("prod")));
                bill.add(line("5.00", "sub-a", "Usage", "Storage", "Object Storage Service", "bucket-1", day, "\"{}\""));
                bill.add(line("3.00", "sub-b", "Usage", "Networking", "\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", "net-1", day,
                        injectionTag));
                bill.add(line("-1.00", "sub-a", "Credit", "Other", "Promotion", "", day, "\"{}\""));
                if (d == 3) {
                    bill.add("");
                }
            }
            Path billing = Files.write(dir.resolve("bill.csv"), bill);
            Path inventory = Files.write(dir.resolve("inventory.csv"), List.of(INVENTORY_HEADER,
                    "i-1,Alibaba Cloud,compute,cn-hangzhou,ecs.g7.large,2,8,running,2025-01-01T00:00:00Z,,,,env=test",
                    "db-1,Alibaba Cloud,database,cn-hangzhou,rds.mysql.s3.large,4,16,running,2025-01-01T00:00:00Z,,,,env=prod",
                    "bucket-1,Alibaba Cloud,bucket,cn-hangzhou,,,,available,2025-01-01T00:00:00Z,,,,",
                    "net-1,Alibaba Cloud,ip,cn-hangzhou,,,,running,2025-01-01T00:00:00Z,,200,fixed,"));
            return CostDataset.read().billing(billing).inventory(inventory).config(config).load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String env(String value) {
        return "\"{\"\"env\"\":\"\"" + value + "\"\"}\"";
    }

    private static String line(String amount, String sub, String charge, String category, String service, String id,
                               LocalDate day, String tags) {
        LocalDate period = day.withDayOfMonth(1);
        return String.join(",", amount, amount, amount, "CNY", "acct-1", sub, period + "T00:00:00Z",
                period.plusMonths(1) + "T00:00:00Z", day + "T00:00:00Z", day.plusDays(1) + "T00:00:00Z", charge, category,
                service, "Alibaba Cloud", "cn-hangzhou", id, id.isEmpty() ? "" : "Instance", "", "24", "Hours", tags);
    }

    static RuleRegistry rules() {
        return RuleRegistry.of(List.of(
                share("test-schedule", Strategy.ELASTIC_SCALING, "compute", 0.5, "Stop it at night", "idle 12 h a day"),
                new TestRule("test-shrink", Strategy.RIGHT_SIZING, (rule, ctx) -> {
                    RuleOutcome.Builder out = RuleOutcome.builder(rule);
                    for (Resource r : ctx.resources()) {
                        if (r.resourceType().equals("compute")) {
                            out.add(ctx.finding(rule, r).savingShare(0.4).action("Shrink to ecs.g7.medium")
                                    .reason(BELL_REASON).confidence(Confidence.HIGH).build());
                        } else if (r.resourceType().equals("database")) {
                            out.skip(r, "no cpu_percent rows");
                        }
                    }
                    return out.build();
                }, List.of(new Threshold("p95CpuPercent", "p95 CPU under which a smaller size fits", "%", 20, 0, 100,
                        "keeps headroom", "Compute Optimizer"))),
                new TestRule("test-cleanup", Strategy.CLEANUP, (rule, ctx) -> {
                    Resource db = ctx.resource("db-1").orElseThrow();
                    return RuleOutcome.builder(rule).add(ctx.finding(rule, db).monthlySavings(db.monthlyCost())
                            .action("Delete the database").reason("no connections in 30 days").confidence(Confidence.HIGH)
                            .build()).build();
                }, List.of()),
                new TestRule("test-risk", Strategy.CAPACITY_RISK, (rule, ctx) -> {
                    Resource db = ctx.resource("db-1").orElseThrow();
                    return RuleOutcome.builder(rule).add(ctx.finding(rule, db).monthlySavings(BigDecimal.ZERO)
                            .action("Watch the disk").reason("disk 91 % full").confidence(Confidence.LOW).build()).build();
                }, List.of()),
                share("test-lifecycle", Strategy.DATA_LIFECYCLE, "bucket", 0.6, "Archive logs older than 90 days",
                        "@SUM(1+1) of the objects are older than a year"),
                share("test-network", Strategy.NETWORK, "ip", 0.3, "-Move the peak to a CDN", "+peak 10x the average")));
    }

    private static Rule share(String id, Strategy strategy, String type, double share, String action, String reason) {
        return new TestRule(id, strategy, (rule, ctx) -> {
            RuleOutcome.Builder out = RuleOutcome.builder(rule);
            for (Resource r : ctx.resources(type)) {
                out.add(ctx.finding(rule, r).savingShare(share).action(action).reason(reason)
                        .confidence(Confidence.MEDIUM).build());
            }
            return out.build();
        }, List.of());
    }

    /** A rule made of a lambda. */
    record TestRule(String id, Strategy strategy, BiFunction<Rule, RuleContext, RuleOutcome> body, List<Threshold> thresholds)
            implements Rule {
        @Override
        public String summary() {
            return "test rule " + id;
        }

        @Override
        public Set<DataKind> requires() {
            return Set.of(DataKind.BILLING);
        }

        @Override
        public RuleOutcome evaluate(RuleContext context) {
            return body.apply(this, context);
        }
    }
}
