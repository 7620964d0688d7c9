package org.cloudcost.core.rules.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
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

/**
 * A database billed 240/day for October (7,440 a month) with hourly data for 31 days from
 * 2026-10-01T00:00Z, which is 32 calendar days in China time (08:00 on Oct 1 to 07:00 on Nov 1):
 * each China hour lies within the data on 31 of them, the denominator of its idle share. The catalog's serverless floor is 0.5 units × 0.4 = 0.2 CNY/h, 146 CNY/month.
 */
class IdleWindowDatabaseRuleTest {
    private static final LocalDate OCT_1 = LocalDate.of(2026, 10, 1);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;

    private static PriceCatalogs serverless(boolean withUnitHour) {
        Map<String, Price> prices = new LinkedHashMap<>();
        prices.put("database.serverless.minUnits", new Price("database.serverless.minUnits", new BigDecimal("0.5"), "units",
                "test", "2026-11-01", "", List.of()));
        if (withUnitHour) {
            prices.put("database.serverless.unitHour", new Price("database.serverless.unitHour", new BigDecimal("0.4"),
                    "CNY/unit-hour", "test", "2026-11-01", "", List.of()));
        }
        return PriceCatalogs.of(List.of(new PriceCatalog("Alibaba Cloud", List.of("Aliyun"), "CNY", "cn-hangzhou", prices,
                List.of(), Map.of())));
    }

    private static int chinaHour(Instant t) {
        return ZonedDateTime.ofInstant(t, CHINA).getHour();
    }

    /** A database whose CPU is 2 % and connections 0 in the China hours {@code idle} selects, else 40 % and 50. */
    private RuleFixture db(RuleFixture f, String id, String tags, int days, IntPredicate idle) {
        return f.dailyCost(id, "Databases", "ApsaraDB RDS", "DB Instance", 240, OCT_1, 31)
                .inventory(id + ",Alibaba Cloud,database,cn-hangzhou,rds.mysql.s3.large,2,4,running,2025-01-01T00:00:00Z,,,,"
                        + tags)
                .hourly(id, "cpu_percent", OCT_1, days, t -> idle.test(chinaHour(t)) ? 2 : 40)
                .hourly(id, "db_connections", OCT_1, days, t -> idle.test(chinaHour(t)) ? 0 : 50)
                .catalogs(serverless(true));
    }

    private RuleFixture db(String id, IntPredicate idle) {
        return db(RuleFixture.in(dir), id, "env=prod", 31, idle);
    }

    @Test
    void aDatabaseIdleEveryNightSavesTheWindowShareAboveTheServerlessFloor() {
        RuleOutcome out = new IdleWindowDatabaseRule().evaluate(db("rm-1", h -> h < 6).context());
        assertThat(out.skips()).isEmpty();
        Finding f = out.findings().get(0);
        // 6/24 × (7440 − 730 × 0.5 × 0.4) = 0.25 × (7440 − 146) = 1823.5
        assertThat(f.standaloneMonthlySavings().doubleValue()).isCloseTo(1823.5, within(1e-9));
        assertThat(f.monthlyCost()).isEqualByComparingTo("7440");
        assertThat(f.confidence()).isEqualTo(Confidence.HIGH);
        assertThat(f.action()).isEqualTo("Move the database to serverless (or scale it down) 00:00–06:00 Asia/Shanghai every "
                + "day; scale back up for the busy hours");
        assertThat(f.reason()).startsWith("Every hour 00:00–06:00 Asia/Shanghai had mean CPU < 5 % and mean connections ≤ 1")
                .contains("on at least 90 % of the days (least: 00:00, 31 of 31 days)")
                .contains("0.5 units × 0.4 CNY/unit-hour = 0.2 CNY/h instead of 10.19 CNY/h")
                .contains("busy hours assumed to cost what they cost today");
    }

    @Test
    void theWindowMayWrapMidnight() {
        RuleOutcome out = new IdleWindowDatabaseRule().evaluate(db("rm-1", h -> h >= 22 || h < 4).context());
        Finding f = out.findings().get(0);
        assertThat(f.action()).contains("22:00–04:00 Asia/Shanghai");
        assertThat(f.standaloneMonthlySavings().doubleValue()).isCloseTo(1823.5, within(1e-9)); // 6 h again
    }

    @Test
    void theZoneIsNamedByItsIdAndUtcAsUtc() {
        // the same nights seen from UTC: 00:00–06:00 China time is 16:00–22:00 UTC
        RuleOutcome out = new IdleWindowDatabaseRule().evaluate(db("rm-1", h -> h < 6)
                .config(CloudcostConfig.defaults().withTimeZone(java.time.ZoneOffset.UTC)).context());
        assertThat(out.findings()).singleElement().satisfies(f -> {
            assertThat(f.action()).contains("16:00–22:00 UTC every day");
            assertThat(f.reason()).startsWith("Every hour 16:00–22:00 UTC had");
        });
    }

    @Test
    void fourHoursIsEnoughThreeIsNot() {
        RuleOutcome four = new IdleWindowDatabaseRule().evaluate(db("rm-1", h -> h < 4).context());
        // 4/24 × 7294 = 1215.666…; minWindowHours 4 is inclusive
        assertThat(four.findings()).singleElement().satisfies(f ->
                assertThat(f.standaloneMonthlySavings().doubleValue()).isCloseTo(7294.0 * 4 / 24, within(1e-9)));
        RuleOutcome three = new IdleWindowDatabaseRule().evaluate(db("rm-1", h -> h < 3).context());
        assertThat(three.findings()).isEmpty();
        assertThat(three.skips()).isEmpty();
    }

    @Test
    void cpuExactlyAtTheThresholdIsNotIdle() {
        // 5 % is not below idleCpuPercent 5: strictly below counts
        RuleOutcome out = new IdleWindowDatabaseRule().evaluate(RuleFixture.in(dir)
                .dailyCost("rm-1", "Databases", "ApsaraDB RDS", "DB Instance", 240, OCT_1, 31)
                .inventory("rm-1,Alibaba Cloud,database,cn-hangzhou,,,,running,,,,,")
                .hourly("rm-1", "cpu_percent", OCT_1, 31, t -> chinaHour(t) < 6 ? 5 : 40)
                .catalogs(serverless(true)).context());
        assertThat(out.findings()).isEmpty();
    }

    @Test
    void connectionsAtNightMeanItIsNotIdle() {
        RuleOutcome out = new IdleWindowDatabaseRule().evaluate(RuleFixture.in(dir)
                .dailyCost("rm-1", "Databases", "ApsaraDB RDS", "DB Instance", 240, OCT_1, 31)
                .inventory("rm-1,Alibaba Cloud,database,cn-hangzhou,,,,running,,,,,")
                .hourly("rm-1", "cpu_percent", OCT_1, 31, t -> chinaHour(t) < 6 ? 2 : 40)
                .hourly("rm-1", "db_connections", OCT_1, 31, t -> 20)
                .catalogs(serverless(true)).context());
        assertThat(out.findings()).isEmpty();
    }

    @Test
    void aWeeklyJobInTheWindowBreaksIt() {
        // 02:00 China time is busy on the 5 Sundays (Oct 4 … Nov 1): idle on 26 of 31 days (84 % < 90 %),
        // leaving 00-02 (2 h) and 03-06 (3 h)
        RuleOutcome out = new IdleWindowDatabaseRule().evaluate(RuleFixture.in(dir)
                .dailyCost("rm-1", "Databases", "ApsaraDB RDS", "DB Instance", 240, OCT_1, 31)
                .inventory("rm-1,Alibaba Cloud,database,cn-hangzhou,,,,running,,,,,")
                .hourly("rm-1", "cpu_percent", OCT_1, 31, t -> {
                    ZonedDateTime z = ZonedDateTime.ofInstant(t, CHINA);
                    boolean job = z.getHour() == 2 && z.getDayOfWeek() == DayOfWeek.SUNDAY;
                    return z.getHour() < 6 && !job ? 2 : 40;
                })
                .catalogs(serverless(true)).context());
        assertThat(out.findings()).isEmpty();
    }

    @Test
    void aShareOfOneIsReachableWhenTheMonthIsSeenInChinaTime() {
        // every covered night idle: 31 of 31 days per hour meets idleDayShare 1 despite the partial first and last day
        RuleOutcome out = new IdleWindowDatabaseRule().evaluate(db("rm-1", h -> h < 6).config(CloudcostConfig.defaults()
                .withThreshold("idle-window-database", "idleDayShare", 1)).context());
        assertThat(out.findings()).extracting(Finding::resourceId).containsExactly("rm-1");
    }

    @Test
    void aGapInsideTheDataIsNotIdle() {
        // no CPU row at 03:00 China time on Oct 10 and 11: hour 03 idle on 29 of 31 days (93.5 %), still idle at 90 %,
        // but not at a share of 95 %, which splits the window into 00-03 and 04-06
        RuleFixture f = RuleFixture.in(dir)
                .dailyCost("rm-1", "Databases", "ApsaraDB RDS", "DB Instance", 240, OCT_1, 31)
                .inventory("rm-1,Alibaba Cloud,database,cn-hangzhou,,,,running,,,,,")
                .hourly("rm-1", "cpu_percent", OCT_1, 31, t -> {
                    ZonedDateTime z = ZonedDateTime.ofInstant(t, CHINA);
                    boolean gap = z.getHour() == 3 && (z.getDayOfMonth() == 10 || z.getDayOfMonth() == 11);
                    return gap ? Double.NaN : z.getHour() < 6 ? 2 : 40;
                })
                .catalogs(serverless(true));
        assertThat(new IdleWindowDatabaseRule().evaluate(f.context()).findings()).hasSize(1);
        RuleOutcome strict = new IdleWindowDatabaseRule().evaluate(f.config(CloudcostConfig.defaults()
                .withThreshold("idle-window-database", "idleDayShare", 0.95)).context());
        assertThat(strict.findings()).isEmpty();
    }

    @Test
    void cpuAloneGivesMediumConfidenceAndConnectionPercentIsUsedWhenThatIsAll() {
        RuleOutcome cpuOnly = new IdleWindowDatabaseRule().evaluate(RuleFixture.in(dir)
                .dailyCost("rm-1", "Databases", "ApsaraDB RDS", "DB Instance", 240, OCT_1, 31)
                .inventory("rm-1,Alibaba Cloud,database,cn-hangzhou,,,,running,,,,,")
                .hourly("rm-1", "cpu_percent", OCT_1, 31, t -> chinaHour(t) < 6 ? 2 : 40)
                .catalogs(serverless(true)).context());
        assertThat(cpuOnly.findings()).singleElement().satisfies(f -> {
            assertThat(f.confidence()).isEqualTo(Confidence.MEDIUM);
            assertThat(f.reason()).contains("no connection metric: CPU only");
        });
        RuleOutcome percent = new IdleWindowDatabaseRule().evaluate(RuleFixture.in(dir)
                .dailyCost("rm-1", "Databases", "ApsaraDB RDS", "DB Instance", 240, OCT_1, 31)
                .inventory("rm-1,Alibaba Cloud,database,cn-hangzhou,,,,running,,,,,")
                .hourly("rm-1", "cpu_percent", OCT_1, 31, t -> chinaHour(t) < 6 ? 2 : 40)
                .hourly("rm-1", "db_connection_percent", OCT_1, 31, t -> chinaHour(t) < 6 ? 0.5 : 30)
                .catalogs(serverless(true)).context());
        assertThat(percent.findings()).singleElement().satisfies(f -> {
            assertThat(f.confidence()).isEqualTo(Confidence.HIGH);
            assertThat(f.reason()).contains("connection usage ≤ 1 %");
        });
    }

    @Test
    void noCpuRowsOrTooFewDaysAreSkips() {
        RuleFixture f = db(RuleFixture.in(dir), "rm-short", "", 10, h -> h < 6)
                .dailyCost("rm-none", "Databases", "ApsaraDB RDS", "DB Instance", 240, OCT_1, 31);
        RuleOutcome out = new IdleWindowDatabaseRule().evaluate(f.context());
        assertThat(out.findings()).isEmpty();
        // 10 UTC days from Oct 1 touch 11 calendar days in China time, but they are 10 days of data
        assertThat(out.skips()).extracting(Skip::resourceId, Skip::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("rm-none", "no cpu_percent rows"),
                org.assertj.core.groups.Tuple.tuple("rm-short", "10 days of cpu_percent, needs 14"));
    }

    @Test
    void thirteenDaysSeenInChinaTimeAreNotFourteen() {
        // 312 hours from Oct 1 00:00 UTC fall on 14 calendar days in China time (the first and last partial)
        RuleOutcome out = new IdleWindowDatabaseRule().evaluate(db(RuleFixture.in(dir), "rm-13", "", 13, h -> h < 6).context());
        assertThat(out.findings()).isEmpty();
        assertThat(out.skips()).extracting(Skip::reason).containsExactly("13 days of cpu_percent, needs 14");
    }

    @Test
    void onlyMaximumRowsAreASkipThatSaysSo() {
        RuleOutcome out = new IdleWindowDatabaseRule().evaluate(RuleFixture.in(dir)
                .dailyCost("rm-max", "Databases", "ApsaraDB RDS", "DB Instance", 240, OCT_1, 31)
                .hourly("rm-max", "cpu_percent", "Maximum", OCT_1, 31, t -> 2.0)
                .catalogs(serverless(true)).context());
        assertThat(out.skips()).extracting(Skip::reason)
                .containsExactly("no cpu_percent Average rows (only Maximum; the idle window needs hourly means)");
    }

    @Test
    void withoutUsageTheAnalysisSkipsTheRuleAsAWholeAndEvaluateAloneFindsNothing() {
        RuleFixture f = RuleFixture.in(dir).dailyCost("rm-1", "Databases", "ApsaraDB RDS", "DB Instance", 240, OCT_1, 31);
        AnalysisResult result = Analysis.of(f.dataset()).withRules(RuleRegistry.of(List.of(new IdleWindowDatabaseRule())))
                .withCatalogs(serverless(true)).run();
        assertThat(result.skips()).containsExactly(
                new Skip("idle-window-database", Skip.ALL, "needs usage data (--usage) and the dataset has none"));
        assertThat(result.findings().isEmpty()).isTrue();
        // called directly, the rule does not check its inputs: the database is skipped for its own missing rows
        RuleOutcome out = new IdleWindowDatabaseRule().evaluate(f.catalogs(serverless(true)).context());
        assertThat(out.findings()).isEmpty();
        assertThat(out.skips()).containsExactly(new Skip("idle-window-database", "rm-1", "no cpu_percent rows"));
    }

    @Test
    void aMissingCatalogKeyIsASkipNamingIt() {
        RuleOutcome out = new IdleWindowDatabaseRule().evaluate(db("rm-1", h -> h < 6).catalogs(serverless(false)).context());
        assertThat(out.findings()).isEmpty();
        assertThat(out.skips()).extracting(Skip::reason).containsExactly(
                "no price database.serverless.unitHour in the Alibaba Cloud catalog");
    }

    @Test
    void theIgnoreTagSilencesTheDatabase() {
        RuleOutcome out = new IdleWindowDatabaseRule().evaluate(
                db(RuleFixture.in(dir), "rm-1", "env=prod;cloudcost:ignore=true", 31, h -> h < 6).context());
        assertThat(out.findings()).isEmpty();
        assertThat(out.skips()).isEmpty();
    }

    @Test
    void aPerEnvironmentWindowLengthApplies() {
        // both idle 00-06 (6 h); prod asks for 8 h before scaling a database down
        RuleFixture f = db(RuleFixture.in(dir), "rm-prod", "env=prod", 31, h -> h < 6);
        f = db(f, "rm-test", "env=test", 31, h -> h < 6);
        RuleOutcome out = new IdleWindowDatabaseRule().evaluate(f.config(CloudcostConfig.defaults().withRule(
                "idle-window-database", RuleSettings.defaults().withEnvironmentThreshold("prod", "minWindowHours", 8)))
                .context());
        assertThat(out.findings()).extracting(Finding::resourceId).containsExactly("rm-test");
    }
}
