package org.cloudcost.core.rules.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.cloudcost.core.Analysis;
import org.cloudcost.core.AnalysisResult;
import org.cloudcost.core.catalog.Price;
import org.cloudcost.core.catalog.PriceCatalog;
import org.cloudcost.core.catalog.PriceCatalogs;
import org.cloudcost.core.catalog.SizeLadder;
import org.cloudcost.core.rules.Rule;
import org.cloudcost.core.rules.RuleFixture;
import org.cloudcost.core.rules.RuleOutcome;
import org.cloudcost.core.rules.RuleRegistry;
import org.cloudcost.core.rules.Skip;

/**
 * Shared inputs of the compute rule tests: an Alibaba Cloud estate in cn-hangzhou (China time),
 * October 2026, 10 CNY a day per instance (310 CNY for the month), and a catalog built in Java.
 */
final class ComputeFixture {
    static final LocalDate OCT_1 = LocalDate.of(2026, 10, 1);
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 10 CNY a day × 31 days. */
    static final double MONTH = 310;

    private ComputeFixture() {
    }

    /** A fixture priced by {@link #catalog(String)} with a stopped share of 0.8. */
    static RuleFixture in(Path dir) {
        return RuleFixture.in(dir).catalogs(PriceCatalogs.of(List.of(catalog("0.8"))));
    }

    /**
     * The test catalog: ECS sizes large 1, xlarge 2, 2xlarge 4, 3xlarge 6, 4xlarge 8; RDS sizes
     * large 1, xlarge 2, 2xlarge 4; {@code compute.stoppedShare} when not null.
     */
    static PriceCatalog catalog(String stoppedShare) {
        Map<String, Double> ecs = new LinkedHashMap<>();
        ecs.put("large", 1.0);
        ecs.put("xlarge", 2.0);
        ecs.put("2xlarge", 4.0);
        ecs.put("3xlarge", 6.0);
        ecs.put("4xlarge", 8.0);
        Map<String, Double> rds = new LinkedHashMap<>();
        rds.put("large", 1.0);
        rds.put("xlarge", 2.0);
        rds.put("2xlarge", 4.0);
        Map<String, Price> prices = new LinkedHashMap<>();
        if (stoppedShare != null) {
            prices.put("compute.stoppedShare", new Price("compute.stoppedShare", new BigDecimal(stoppedShare), "share",
                    "test", "2026-11-22", "", List.of()));
        }
        return new PriceCatalog("Alibaba Cloud", List.of("Aliyun"), "CNY", "cn-hangzhou", prices,
                List.of(new SizeLadder(Pattern.compile("ecs\\.[a-z0-9-]+"), ecs, "test", "2026-11-22"),
                        new SizeLadder(Pattern.compile("rds\\.mysql\\.[a-z0-9]+"), rds, "test", "2026-11-22")),
                Map.of());
    }

    /** A running ECS instance in cn-hangzhou billed 10 CNY a day for October, with inventory tags {@code k=v;k=v}. */
    static RuleFixture instance(RuleFixture f, String id, String spec, String tags) {
        return f.dailyCost(id, "Compute", "Elastic Compute Service", "ECS Instance", 10.0, OCT_1, 31)
                .inventory(id + ",Alibaba Cloud,compute,cn-hangzhou," + spec + ",8,32,running,2025-01-01T00:00:00Z,,,," + tags);
    }

    /** A running RDS instance in cn-hangzhou billed 10 CNY a day for October. */
    static RuleFixture database(RuleFixture f, String id, String spec, String tags) {
        return f.dailyCost(id, "Databases", "ApsaraDB RDS", "RDS Instance", 10.0, OCT_1, 31)
                .inventory(id + ",Alibaba Cloud,database,cn-hangzhou," + spec + ",4,16,running,2025-01-01T00:00:00Z,,,," + tags);
    }

    /**
     * Asserts how {@code rule} meets a dataset without one of the input kinds it requires: the
     * analysis skips it as a whole with {@code reason}, and {@code evaluate}, called directly on the
     * same data, does not throw, finds nothing and records exactly {@code directSkips} (resources
     * skipped for their own missing rows).
     */
    static void assertSkippedAsAWhole(Rule rule, RuleFixture f, String reason, Skip... directSkips) {
        AnalysisResult result = Analysis.of(f.dataset()).withRules(RuleRegistry.of(List.of(rule)))
                .withCatalogs(PriceCatalogs.of(List.of(catalog("0.8")))).run();
        assertThat(result.skips()).containsExactly(new Skip(rule.id(), Skip.ALL, reason));
        assertThat(result.findings().isEmpty()).isTrue();
        RuleOutcome out = rule.evaluate(f.context());
        assertThat(out.findings()).isEmpty();
        assertThat(out.skips()).containsExactly(directSkips);
    }

    /** The local (China time) view of an hourly bucket's start. */
    static ZonedDateTime local(Instant t) {
        return t.atZone(SHANGHAI);
    }
}
