package org.cloudcost.core.rules.compute;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.cloudcost.core.frame.UsageFrame;
import org.cloudcost.core.internal.rules.DataDays;
import org.cloudcost.core.internal.rules.RuleFigures;
import org.cloudcost.core.rules.Confidence;
import org.cloudcost.core.rules.DataKind;
import org.cloudcost.core.rules.MetricSeries;
import org.cloudcost.core.rules.Resource;
import org.cloudcost.core.rules.Rule;
import org.cloudcost.core.rules.RuleContext;
import org.cloudcost.core.rules.RuleOutcome;
import org.cloudcost.core.rules.Strategy;
import org.cloudcost.core.rules.Threshold;

/**
 * Running instances that do nothing: release them.
 *
 * <pre>{@code
 * RuleOutcome out = new IdleComputeRule().evaluate(context);
 * out.findings();   // i-1: save 325.50 CNY/month … "daily p95 CPU under 5 % and network under 5 MB/day on 29 of 30 days …"
 * }</pre>
 *
 * <p><b>What it flags.</b> A running compute instance (inventory state {@code running}, or no
 * inventory state and a bill) with at least {@code minDays} (14) days of CPU data ({@link DataDays}:
 * whole days spanned, so a UTC month seen in China time is 31 days, not the 32 calendar days it
 * touches), whose calendar days in its time zone are idle on at least {@code idleDaysPercent}
 * (90 %) of those with CPU data. A day is idle when the 95th percentile of its hourly
 * {@code cpu_percent} is below {@code p95CpuPercent} (5 %) and its network traffic,
 * {@code net_in_bps + net_out_bps} turned into bytes (Σ hourly bit/s × 3600 / 8, i.e. the day's
 * mean bit/s × 86,400 / 8 so that a day with missing hours is not made to look quiet), is below
 * {@code networkMbPerDay} (5 MB = 5·10⁶ bytes). Both comparisons are strict: a day exactly at a
 * threshold is not idle. When the instance reports network at all, a day without network rows is
 * unknown and so not idle.
 *
 * <p>With 24 hourly values the p95 (commons-math3's default estimator, Excel's PERCENTILE.EXC) lies
 * three quarters of the way from the 23rd value to the busiest hour: one busy hour counts. A day
 * at 1 % with one hour at 7 % has a p95 of 5.5 % and is not idle; so the daily p95 under 5 % asks
 * for a day whose busiest hourly mean stays near 6 %.
 *
 * <p><b>Defaults.</b> AWS Trusted Advisor's low-utilization check flags an instance whose daily
 * average CPU is ≤ 10 % and network ≤ 5 MB on 4 of the last 14 days; AWS Compute Optimizer calls
 * an EC2 instance idle when its maximum CPU stays ≤ 1 % over 14 days. A daily average hides a
 * box that is busy two hours a day; a 5-minute maximum of 1 % fails on every monitoring agent
 * spike. The daily p95 of hourly means sits between the two: close to the busiest hour (see above),
 * but an hourly mean smooths a few minutes of agent work, and 5 % leaves room for it. Because the
 * action is a release, not a resize, the instance must be idle on 90 % of the days rather than
 * Trusted Advisor's 4 of 14.
 *
 * <p><b>Network not measured.</b> Without {@code net_in_bps} and {@code net_out_bps} rows the
 * rule decides on CPU alone, says "network not measured" in the reason, and gives at most
 * {@link Confidence#MEDIUM}: an instance serving light traffic can have near-zero CPU.
 *
 * <p><b>Saving.</b> The instance's whole monthly cost: once released it bills nothing (its disks
 * and IPs, billed on their own lines, are left to the disk and IP rules). The action asks for a
 * snapshot or backup first.
 *
 * <p><b>Confidence.</b> {@link Confidence#LOW} when fewer than 75 % of the hours of the judged days
 * have CPU data; {@link Confidence#HIGH} when network is measured, every day is idle and the
 * period's p95 CPU is at most half the threshold; {@link Confidence#MEDIUM} otherwise.
 *
 * <p>Resources with no {@code cpu_percent} rows, or fewer days than {@code minDays}, are skipped
 * with the reason; so are those with no billed cost.
 */
public final class IdleComputeRule implements Rule {
    /** Bytes in the MB of {@code networkMbPerDay} (decimal, as Trusted Advisor reports network I/O). */
    static final double BYTES_PER_MB = 1_000_000d;
    private static final double SECONDS_PER_DAY = 86_400d;
    private static final double MIN_HOUR_COVERAGE = 0.75;

    public IdleComputeRule() {
    }

    @Override
    public String id() {
        return "idle-compute";
    }

    @Override
    public Strategy strategy() {
        return Strategy.CLEANUP;
    }

    @Override
    public String summary() {
        return "Running instances with daily p95 CPU under 5 % and network under 5 MB/day on 90 % of at least 14 days";
    }

    @Override
    public String description() {
        return "A day is idle when the 95th percentile of its hourly CPU is below p95CpuPercent and its network in + out "
                + "is below networkMbPerDay; an instance idle on idleDaysPercent of at least minDays days is flagged for "
                + "release, saving its whole monthly cost. Without network rows it decides on CPU alone, at most MEDIUM "
                + "confidence.";
    }

    @Override
    public Set<DataKind> requires() {
        return Set.of(DataKind.BILLING, DataKind.USAGE);
    }

    @Override
    public List<Threshold> thresholds() {
        return IdleComputeThresholds.SPECS;
    }

    @Override
    public RuleOutcome evaluate(RuleContext context) {
        RuleOutcome.Builder out = RuleOutcome.builder(this);
        for (Resource r : context.resources("compute")) {
            if (context.ignored(r) || !InstanceScope.inService(r)) {
                continue;
            }
            IdleComputeThresholds t = IdleComputeThresholds.of(context.thresholds(this, r));
            Optional<CpuHistory> history = CpuHistory.ofBilled(context, r, t.minDays(), out);
            if (history.isEmpty()) {
                continue;
            }
            CpuHistory h = history.get();
            Map<LocalDate, Double> cpuByDay = h.cpu().byDay(h.zone(), v -> MetricSeries.percentileOf(v, 95));
            judge(context, r, t, h.zone(), h.cpu(), h.days(), cpuByDay, out);
        }
        return out.build();
    }

    private void judge(RuleContext context, Resource r, IdleComputeThresholds t, ZoneId zone, MetricSeries cpu,
                       int dataDays, Map<LocalDate, Double> cpuByDay, RuleOutcome.Builder out) {
        Optional<MetricSeries> in = context.usage(r, UsageFrame.NET_IN_BPS);
        Optional<MetricSeries> outbound = context.usage(r, UsageFrame.NET_OUT_BPS);
        Map<LocalDate, Double> bytesByDay = new TreeMap<>();
        in.ifPresent(s -> addDailyBytes(s, zone, bytesByDay));
        outbound.ifPresent(s -> addDailyBytes(s, zone, bytesByDay));
        boolean network = in.isPresent() || outbound.isPresent();

        int days = cpuByDay.size();
        int idle = 0;
        int unmeasured = 0;
        for (Map.Entry<LocalDate, Double> day : cpuByDay.entrySet()) {
            Double bytes = bytesByDay.get(day.getKey());
            // an instance that reports network must report it that day: a day without rows is unknown, not quiet
            unmeasured += network && bytes == null ? 1 : 0;
            boolean quietNet = !network || bytes != null && bytes / BYTES_PER_MB < t.networkMbPerDay();
            if (day.getValue() < t.p95CpuPercent() && quietNet) {
                idle++;
            }
        }
        if (idle * 100.0 < t.idleDaysPercent() * days - 1e-9) {
            return;
        }
        double periodP95 = cpu.percentile(95);
        double coverage = cpu.size() / (dataDays * 24.0);
        Confidence confidence;
        if (coverage < MIN_HOUR_COVERAGE) {
            confidence = Confidence.LOW;
        } else if (network && idle == days && periodP95 <= t.p95CpuPercent() / 2) {
            confidence = Confidence.HIGH;
        } else {
            confidence = Confidence.MEDIUM;
        }
        out.add(context.finding(this, r)
                .monthlySavings(r.monthlyCost())
                .action("Snapshot its disks or back up its data, then release the instance")
                .reason(reason(t, zone, idle, days, dataDays, unmeasured, periodP95, network, in.isPresent(),
                        outbound.isPresent(), bytesByDay))
                .confidence(confidence)
                .build());
    }

    private static void addDailyBytes(MetricSeries bps, ZoneId zone, Map<LocalDate, Double> bytesByDay) {
        bps.byDay(zone, v -> Arrays.stream(v).average().orElse(0) * SECONDS_PER_DAY / 8)
                .forEach((day, bytes) -> bytesByDay.merge(day, bytes, Double::sum));
    }

    private static String reason(IdleComputeThresholds t, ZoneId zone, int idle, int days, int dataDays, int unmeasured,
                                 double periodP95, boolean network, boolean in, boolean out,
                                 Map<LocalDate, Double> bytesByDay) {
        String cpu = RuleFigures.percent(t.p95CpuPercent());
        String share = RuleFigures.number(t.idleDaysPercent()) + " % of days";
        String onDays = " on " + idle + " of " + days + " calendar days in " + RuleFigures.zone(zone) + " (" + dataDays
                + " days of data; thresholds ";
        if (!network) {
            return "daily p95 CPU under " + cpu + onDays + cpu + ", " + share
                    + "); network not measured, so decided on CPU alone; p95 CPU over the period "
                    + RuleFigures.percent(periodP95);
        }
        double[] mb = bytesByDay.values().stream().mapToDouble(b -> b / BYTES_PER_MB).toArray();
        String measured = in && out ? "" : in ? " (net_in_bps only)" : " (net_out_bps only)";
        String mbLimit = RuleFigures.number(t.networkMbPerDay()) + " MB/day";
        return "daily p95 CPU under " + cpu + " and network under " + mbLimit + onDays + cpu + ", " + mbLimit + ", "
                + share + "); p95 CPU over the period " + RuleFigures.percent(periodP95) + ", median network "
                + RuleFigures.oneDecimal(MetricSeries.percentileOf(mb, 50)) + " MB/day" + measured
                + (unmeasured == 0 ? "" : "; " + unmeasured + " days without network rows not counted as idle");
    }
}
