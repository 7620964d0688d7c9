package org.cloudcost.report.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cloudcost.core.AnalysisResult;
import org.cloudcost.core.CostDataset;
import org.cloudcost.core.ReadReport;
import org.cloudcost.core.config.CloudcostConfig;
import org.cloudcost.core.config.Effort;
import org.cloudcost.core.forecast.SpendForecast;
import org.cloudcost.core.frame.BillingFrame;
import org.cloudcost.core.frame.InventoryFrame;
import org.cloudcost.core.frame.StorageFrame;
import org.cloudcost.core.frame.UsageFrame;
import org.cloudcost.core.rules.Confidence;
import org.cloudcost.core.rules.Finding;
import org.cloudcost.core.rules.Findings;
import org.cloudcost.core.rules.Skip;
import org.cloudcost.core.rules.Strategy;
import org.cloudcost.core.savings.SavingsPlan;
import org.cloudcost.core.spend.Reconciliation;
import org.cloudcost.core.spend.SpendSummary;

import tech.tablesaw.api.Table;

/**
 * A month like the case study's, built by hand for the chart and Markdown tests: October 2026
 * in CNY, 1,800,000.00 billed (Compute 850,000, Databases 450,000, Storage 300,000,
 * Networking 200,000), spread over 31 days with quieter weekends; findings of every strategy
 * on 30 resources (one with an ARN longer than any label); and, for the heatmap, four weeks of
 * hourly CPU of a busy-by-day production fleet and an office-hours test fleet in China time.
 */
public final class ChartFixtures {
    public static final String CURRENCY = "CNY";
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    public static final String LONG_ID = "arn:aws:ec2:us-east-1:123456789012:volume/vol-0123456789abcdef0";

    /** Category → monthly billed cost. */
    public static final Map<String, BigDecimal> CATEGORIES = categories();

    private ChartFixtures() {
    }

    private static Map<String, BigDecimal> categories() {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        m.put("Compute", new BigDecimal("850000.00"));
        m.put("Databases", new BigDecimal("450000.00"));
        m.put("Storage", new BigDecimal("300000.00"));
        m.put("Networking", new BigDecimal("200000.00"));
        return m;
    }

    /** Category → day → billed cost: weekdays 1.04 × and weekends 0.9 × the flat daily share, the 31st taking the remainder. */
    static Map<String, Map<LocalDate, BigDecimal>> dailyByCategory() {
        Map<String, Map<LocalDate, BigDecimal>> out = new LinkedHashMap<>();
        CATEGORIES.forEach((category, month) -> {
            Map<LocalDate, BigDecimal> days = new TreeMap<>();
            BigDecimal flat = month.divide(BigDecimal.valueOf(31), 2, RoundingMode.HALF_UP);
            BigDecimal sum = BigDecimal.ZERO;
            for (int d = 1; d <= 30; d++) {
                LocalDate day = LocalDate.of(2026, 10, d);
                boolean weekend = day.getDayOfWeek().getValue() >= 6;
                BigDecimal amount = flat.multiply(new BigDecimal(weekend ? "0.90" : "1.04")).setScale(2, RoundingMode.HALF_UP);
                days.put(day, amount);
                sum = sum.add(amount);
            }
            days.put(LocalDate.of(2026, 10, 31), month.subtract(sum));
            out.put(category, days);
        });
        return out;
    }

    public static SpendSummary spend() {
        Map<String, BigDecimal> daily = new TreeMap<>();
        dailyByCategory().values().forEach(days -> days.forEach((d, v) -> daily.merge(d.toString(), v, BigDecimal::add)));
        BigDecimal total = CATEGORIES.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return new SpendSummary(CURRENCY, List.of("2026-10"), total, total, total, CATEGORIES,
                Map.of("Elastic Compute Service", total), Map.of("sub-a", total), Map.of("Usage", total),
                new LinkedHashMap<>(daily), Map.of(), Reconciliation.of(total, total, BigDecimal.ZERO));
    }

    static SpendForecast forecast() {
        Map<String, Map<LocalDate, Double>> series = new LinkedHashMap<>();
        dailyByCategory().forEach((c, days) -> {
            Map<LocalDate, Double> m = new TreeMap<>();
            days.forEach((d, v) -> m.put(d, v.doubleValue()));
            series.put(c, m);
        });
        return SpendForecast.of(series);
    }

    public static Finding finding(String ruleId, Strategy strategy, String id, String category, String cost, double share,
                                  String action, String reason) {
        BigDecimal c = new BigDecimal(cost);
        BigDecimal saving = c.multiply(BigDecimal.valueOf(share)).setScale(2, RoundingMode.HALF_UP);
        return new Finding(ruleId, strategy, id, "compute", category, "ECS", "cn-hangzhou", "sub-a", "test", c, c, saving,
                saving, CURRENCY, action, reason, Confidence.HIGH);
    }

    /** Findings of every strategy; {@code i-web-01} has two (scheduling and a smaller size). */
    public static List<Finding> findings() {
        List<Finding> f = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            f.add(finding("offhours-compute", Strategy.ELASTIC_SCALING, String.format("i-test-web-%02d", i), "Compute",
                    String.valueOf(6000 + 250 * i), 0.55, "Stop it from 20:00 to 08:00 and at weekends", "idle 14 h a day"));
        }
        for (int i = 1; i <= 8; i++) {
            f.add(finding("rightsize-compute", Strategy.RIGHT_SIZING, String.format("i-prod-api-%02d", i), "Compute",
                    String.valueOf(9000 + 400 * i), 0.5, "Shrink to ecs.g7.2xlarge", "p95 CPU 18 %"));
        }
        f.add(finding("rightsize-compute", Strategy.RIGHT_SIZING, "i-test-web-01", "Compute", "9000", 0.4,
                "Shrink to ecs.c7.2xlarge", "p95 CPU 9 %"));
        f.add(finding("stale-storage", Strategy.DATA_LIFECYCLE, "corp-app-logs/logs/", "Storage", "60000", 0.7,
                "Move to Archive after 30 days", "no reads in 180 days"));
        f.add(finding("stale-storage", Strategy.DATA_LIFECYCLE, "corp-db-backups/backups/", "Storage", "45000", 0.6,
                "Delete after 90 days", "retention is 90 days"));
        f.add(finding("bandwidth-peak", Strategy.NETWORK, "eip-bp1gateway", "Networking", "20000", 0.4,
                "Pay by traffic", "peak 12 % of 200 Mbps"));
        for (int i = 1; i <= 5; i++) {
            f.add(finding("unattached-disk", Strategy.CLEANUP, String.format("d-bp1orphan%02d", i), "Storage",
                    String.valueOf(800 + 100 * i), 1.0, "Snapshot and delete", "unattached for 60 days"));
        }
        f.add(finding("unattached-disk", Strategy.CLEANUP, LONG_ID, "Storage", "30000", 1.0, "Snapshot and delete",
                "unattached for 90 days"));
        f.add(finding("hot-instance", Strategy.CAPACITY_RISK, "i-search-01", "Compute", "5000", 0.0, "Grow it",
                "p95 CPU 91 %"));
        return f;
    }

    /** Right-sizing 40 h and cleanup 8 h at 200 an hour, data lifecycle 16 h plus 1,000 of tooling. */
    public static Map<Strategy, Effort> effort() {
        Map<Strategy, Effort> e = new EnumMap<>(Strategy.class);
        e.put(Strategy.RIGHT_SIZING, new Effort(new BigDecimal("40"), new BigDecimal("200"), BigDecimal.ZERO));
        e.put(Strategy.CLEANUP, new Effort(new BigDecimal("8"), new BigDecimal("200"), BigDecimal.ZERO));
        e.put(Strategy.DATA_LIFECYCLE, new Effort(new BigDecimal("16"), new BigDecimal("200"), new BigDecimal("1000")));
        return e;
    }

    /** The analysis of this month with {@code findings}, {@code skips} and {@code notes}. */
    public static AnalysisResult result(List<Finding> findings, List<Skip> skips, List<String> notes) {
        SpendSummary spend = spend();
        SavingsPlan plan = SavingsPlan.of(findings, spend.totalBilledCost(), effort());
        return new AnalysisResult(spend, Findings.of(plan.findings()), plan, forecast(), skips,
                List.of("offhours-compute", "rightsize-compute", "stale-storage", "bandwidth-peak", "unattached-disk",
                        "hot-instance"),
                List.of("idle-window-db"), List.of("i-keep-01"), notes, Instant.parse("2026-11-01T00:00:00Z"), 1.0);
    }

    public static AnalysisResult result() {
        return result(findings(), List.of(new Skip("rightsize-compute", "i-ops-01", "no cpu_percent rows")), List.of());
    }

    /**
     * Four weeks (from Monday 2026-10-05, China time) of hourly CPU: 6 production machines at
     * 40 % from 09:00 to 22:00 and 12 % otherwise, 6 test machines at 25 % on weekdays 09:00–19:00
     * and 2 % otherwise.
     */
    public static UsageFrame fleetUsage() {
        Table t = UsageFrame.emptyTable();
        LocalDateTime start = LocalDateTime.of(2026, 10, 5, 0, 0);
        for (int r = 0; r < 12; r++) {
            boolean prod = r < 6;
            String id = (prod ? "i-prod-" : "i-test-") + r;
            for (int h = 0; h < 28 * 24; h++) {
                LocalDateTime local = start.plusHours(h);
                int hour = local.getHour();
                boolean weekday = local.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue();
                double cpu = prod ? (hour >= 9 && hour < 22 ? 40 : 12) : (weekday && hour >= 9 && hour < 19 ? 25 : 2);
                cpu += (r % 3) - 1; // a little spread between machines
                appendHour(t, id, local.atZone(CHINA).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime(), cpu,
                        "Average", 3600);
            }
        }
        return new UsageFrame(t);
    }

    /** Appends one bucket to a usage table. */
    public static void appendHour(Table t, String id, LocalDateTime utcStart, double value, String statistic, int period) {
        t.stringColumn(UsageFrame.RESOURCE_ID).append(id);
        t.dateTimeColumn(UsageFrame.TIMESTAMP).append(utcStart);
        t.stringColumn(UsageFrame.METRIC).append(UsageFrame.CPU_PERCENT);
        t.doubleColumn(UsageFrame.VALUE).append(value);
        t.stringColumn(UsageFrame.STATISTIC).append(statistic);
        t.intColumn(UsageFrame.PERIOD_SECONDS).append(period);
        t.intColumn(UsageFrame.SAMPLES).append(1);
    }

    /** A dataset holding only {@code usage}, read with {@code config}. */
    public static CostDataset dataset(UsageFrame usage, CloudcostConfig config) {
        List<String> tags = config.tagColumns().columns();
        return new CostDataset(BillingFrame.empty(tags), usage, InventoryFrame.empty(tags), StorageFrame.empty(),
                ReadReport.empty(), config);
    }
}
