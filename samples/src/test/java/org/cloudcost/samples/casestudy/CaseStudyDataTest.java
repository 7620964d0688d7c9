package org.cloudcost.samples.casestudy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.cloudcost.core.CostDataset;
import org.cloudcost.core.spend.SpendSummary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * The generated estate is the case's estate: checked through cloudcost's own readers, against
 * the figures of CASE-STUDY.md, never against the generator's constants.
 */
class CaseStudyDataTest {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final double TIB = Math.pow(1024, 4);

    @TempDir
    static Path dir;
    static CaseStudyFiles files;
    static CostDataset month;

    @BeforeAll
    static void generate() throws IOException {
        files = CaseStudyData.write(dir.resolve("a"));
        month = files.load();
    }

    @Test
    void theSameBytesOnEveryRun() throws IOException {
        CaseStudyFiles again = CaseStudyData.write(dir.resolve("b"));
        for (Path[] pair : new Path[][] {{files.billing(), again.billing()}, {files.usage(), again.usage()},
                {files.inventory(), again.inventory()}, {files.storage(), again.storage()}, {files.config(), again.config()}}) {
            assertThat(Files.mismatch(pair[0], pair[1])).as(pair[0].getFileName().toString()).isEqualTo(-1L);
        }
    }

    @Test
    void spendByCategoryIsTheCaseTableToTheYuan() {
        SpendSummary spend = month.spend();
        assertThat(spend.currency()).isEqualTo("CNY");
        assertThat(spend.billingPeriod()).isEqualTo("2026-10");
        assertThat(spend.byServiceCategory()).containsOnlyKeys("Compute", "Databases", "Storage", "Networking");
        assertThat(spend.byServiceCategory().get("Compute")).isEqualByComparingTo("850000");
        assertThat(spend.byServiceCategory().get("Databases")).isEqualByComparingTo("450000");
        assertThat(spend.byServiceCategory().get("Storage")).isEqualByComparingTo("300000");
        assertThat(spend.byServiceCategory().get("Networking")).isEqualByComparingTo("200000");
        assertThat(spend.totalBilledCost()).isEqualByComparingTo("1800000");
        assertThat(spend.reconciliation().reconciled()).isTrue();
        assertThat(files.totalBilledCost()).isEqualByComparingTo(spend.totalBilledCost());
        assertThat(files.spendByCategory()).hasSameSizeAs(spend.byServiceCategory());
        files.spendByCategory().forEach((category, cost) ->
                assertThat(cost).as(category).isEqualByComparingTo(spend.byServiceCategory().get(category)));
    }

    @Test
    void theBillHasTheOrdinaryMess() {
        Map<String, BigDecimal> byCharge = month.spend().byChargeCategory();
        assertThat(byCharge.get("Credit")).isNegative();
        assertThat(byCharge.get("Tax")).isPositive();
        Table bill = month.billing().table();
        long zero = bill.stream().filter(r -> r.getString("ChargeCategory").equals("Usage")
                && ((Number) r.getObject("BilledCost")).doubleValue() == 0).count();
        assertThat(zero).as("zero-cost usage lines").isPositive();
        long credits = bill.stream().filter(r -> r.getString("ChargeCategory").equals("Credit")).count();
        assertThat(credits).as("credit lines").isGreaterThanOrEqualTo(2);
    }

    @Test
    void oneHundredTwentyProductionAndEightyTestInstancesFiveDatabasesAndTenReplicas() {
        Table inv = month.inventory().table();
        Map<String, Long> instancesByEnv = inv.stream().filter(r -> r.getString("ResourceType").equals("compute"))
                .collect(Collectors.groupingBy(r -> env(r.getString("Tags")), Collectors.counting()));
        assertThat(instancesByEnv).isEqualTo(Map.of("prod", 120L, "test", 80L));
        List<String> dbs = inv.stream().filter(r -> r.getString("ResourceType").equals("database"))
                .map(r -> r.getString("Tags")).toList();
        assertThat(dbs).hasSize(15);
        assertThat(dbs.stream().filter(t -> t.contains("\"role\":\"primary\""))).hasSize(5);
        assertThat(dbs.stream().filter(t -> t.contains("\"role\":\"replica\""))).hasSize(10);
    }

    @Test
    void fleetCpuAveragesTwentyTwoPercentAndAFewInstancesReportNothing() {
        Map<String, double[]> cpu = cpuByResource();
        Set<String> instances = month.inventory().table().stream().filter(r -> r.getString("ResourceType").equals("compute"))
                .map(r -> r.getString("ResourceId")).collect(Collectors.toSet());
        double sum = 0;
        long n = 0;
        for (String id : instances) {
            double[] s = cpu.get(id);
            if (s != null) {
                sum += s[0];
                n += (long) s[1];
            }
        }
        assertThat(sum / n).as("mean hourly CPU of the fleet").isCloseTo(22, within(0.5));
        assertThat(instances.stream().filter(id -> !cpu.containsKey(id)).count()).as("instances without metrics")
                .isBetween(1L, 5L);
    }

    @Test
    void databasesAreIdleFromMidnightToSixChinaTime() {
        Map<String, double[][]> byHour = new HashMap<>(); // id -> [hour][sum, n]
        for (Row r : usage("cpu_percent")) {
            String id = r.getString("ResourceId");
            if (id.startsWith("rm-") || id.startsWith("rr-")) {
                int hour = chinaHour(r);
                double[][] h = byHour.computeIfAbsent(id, k -> new double[24][2]);
                h[hour][0] += r.getDouble("Value");
                h[hour][1]++;
            }
        }
        assertThat(byHour).hasSize(15);
        byHour.forEach((id, h) -> {
            for (int hour = 0; hour < 24; hour++) {
                double mean = h[hour][0] / h[hour][1];
                if (hour < 5) {
                    assertThat(mean).as(id + " at %02d:00", hour).isLessThan(5);
                } else if (hour >= 10 && hour < 22) {
                    assertThat(mean).as(id + " at %02d:00", hour).isGreaterThan(15);
                }
            }
        });
    }

    @Test
    void fiveHundredTebibytesOfWhichThreeHundredAreLogsAndBackupsOfEveryAge() {
        Table st = month.storage().table();
        double total = st.doubleColumn("SizeBytes").sum() / TIB;
        assertThat(total).isCloseTo(500, within(0.001));
        LocalDateTime end = LocalDateTime.of(2026, 11, 1, 0, 0);
        double logsAndBackups = 0;
        double olderThanAYear = 0;
        double threeToTwelveMonths = 0;
        for (Row r : st) {
            if (r.getString("Prefix").startsWith("logs/") || r.getString("Prefix").startsWith("backups/")) {
                double tib = r.getDouble("SizeBytes") / TIB;
                logsAndBackups += tib;
                LocalDateTime modified = r.getDateTime("LastModified");
                if (modified.isBefore(end.minusYears(1))) {
                    olderThanAYear += tib;
                } else if (modified.isBefore(end.minusMonths(3))) {
                    threeToTwelveMonths += tib;
                }
            }
        }
        assertThat(logsAndBackups).isCloseTo(300, within(0.001));
        assertThat(olderThanAYear).isPositive();
        assertThat(threeToTwelveMonths).isPositive();
    }

    @Test
    void twoGigabitsBoughtFixedUnderFiveHundredMegabitsOnAverageDailyPeakNearTwoGigabits() {
        Row bandwidth = month.inventory().table().stream().filter(r -> r.getString("BandwidthBilling").equals("fixed"))
                .findFirst().orElseThrow();
        assertThat(bandwidth.getDouble("BandwidthMbps")).isEqualTo(2000);
        String id = bandwidth.getString("ResourceId");
        Table traffic = usage("net_out_bps");
        traffic = traffic.where(traffic.stringColumn("ResourceId").isEqualTo(id));
        double mean = traffic.doubleColumn("Value").mean();
        assertThat(mean / 1e6).as("mean Mbps").isLessThan(500).isGreaterThan(300);
        Map<String, double[]> byChinaDay = new HashMap<>(); // day -> [peak, hours]
        for (Row r : traffic) {
            String day = r.getDateTime("Timestamp").atZone(ZoneId.of("UTC")).withZoneSameInstant(CHINA).toLocalDate().toString();
            double[] d = byChinaDay.computeIfAbsent(day, k -> new double[2]);
            d[0] = Math.max(d[0], r.getDouble("Value"));
            d[1]++;
        }
        List<Double> fullDayPeaks = byChinaDay.values().stream().filter(d -> d[1] == 24).map(d -> d[0] / 1e6).toList();
        assertThat(fullDayPeaks).hasSize(30).allSatisfy(p -> assertThat(p).isBetween(1700.0, 2000.0));
    }

    private static String env(String tags) {
        return tags.contains("\"env\":\"prod\"") ? "prod" : tags.contains("\"env\":\"test\"") ? "test" : "?";
    }

    private static Table usage(String metric) {
        Table usage = month.usage().table();
        return usage.where(usage.stringColumn("Metric").isEqualTo(metric));
    }

    private static Map<String, double[]> cpuByResource() {
        Map<String, double[]> out = new HashMap<>();
        for (Row r : usage("cpu_percent")) {
            double[] s = out.computeIfAbsent(r.getString("ResourceId"), k -> new double[2]);
            s[0] += r.getDouble("Value");
            s[1]++;
        }
        return out;
    }

    private static int chinaHour(Row r) {
        return r.getDateTime("Timestamp").atZone(ZoneId.of("UTC")).withZoneSameInstant(CHINA).getHour();
    }
}
