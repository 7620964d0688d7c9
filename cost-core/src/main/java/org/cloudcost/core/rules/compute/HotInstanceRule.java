package org.cloudcost.core.rules.compute;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.cloudcost.core.frame.UsageFrame;
import org.cloudcost.core.internal.rules.DataDays;
import org.cloudcost.core.internal.rules.MissingSeries;
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
 * Instances running hot, or heading there: a capacity risk, not a saving.
 *
 * <pre>{@code
 * RuleOutcome out = new HotInstanceRule().evaluate(context);
 * out.findings();   // "daily p95 CPU rising 1.0 points a day … reaches 80.0 % around 2026-11-18, 17 days after …"
 * }</pre>
 *
 * <p><b>What it flags.</b> A running compute instance whose p95 of hourly {@code cpu_percent} over
 * the whole period is above {@code p95CpuPercent} (80 %, strictly), or whose daily p95 (days in its
 * time zone) rises along a linear trend that reaches the threshold within {@code horizonDays} (30)
 * days of {@link RuleContext#asOf()}.
 *
 * <p><b>The trend test.</b> An ordinary least-squares line (commons-math3
 * {@link SimpleRegression}) through the daily p95 against the day number, over at least
 * {@code minDays} (14) days. The rise counts when the slope is positive and the two-sided t-test of
 * "slope = 0" ({@link SimpleRegression#getSignificance()}) gives a p-value below
 * {@code trendPValue} (0.05). The crossing day is where the line reaches the threshold; it is
 * reported as a date and as days after the as-of day, 0 when the line is already above it.
 *
 * <p><b>Saving.</b> Always 0: the fix (a larger size, more instances) costs money. Findings carry
 * the instance's monthly cost so the report can show what is at risk.
 *
 * <p><b>Confidence.</b> Hot over the period: {@link Confidence#HIGH} with at least {@code minDays}
 * days and a p95 10 points or more above the threshold, {@link Confidence#LOW} on fewer days,
 * {@link Confidence#MEDIUM} otherwise. Trend: {@link Confidence#MEDIUM} when the line explains
 * at least half the variance (R² ≥ 0.5), else {@link Confidence#LOW}.
 *
 * <p>Source: DESIGN's rule table, which gives 80 % as "the seed's inspection threshold" (CASE-STUDY
 * itself states no threshold). Resources without
 * {@code cpu_percent} rows are skipped; so are those under the threshold with fewer than
 * {@code minDays} days of data ({@link DataDays}) for a trend.
 */
public final class HotInstanceRule implements Rule {
    private static final double WELL_ABOVE_POINTS = 10;
    private static final double TREND_R_SQUARE = 0.5;

    public HotInstanceRule() {
    }

    @Override
    public String id() {
        return "hot-instance";
    }

    @Override
    public Strategy strategy() {
        return Strategy.CAPACITY_RISK;
    }

    @Override
    public String summary() {
        return "Instances with p95 CPU above 80 %, or a rising trend that crosses 80 % within 30 days";
    }

    @Override
    public String description() {
        return "Flags a p95 of hourly CPU over the period above p95CpuPercent, or a significant (slope t-test p < trendPValue) "
                + "linear rise of the daily p95 over at least minDays days that reaches p95CpuPercent within horizonDays "
                + "of the as-of date. Saves nothing: it is a capacity risk.";
    }

    @Override
    public Set<DataKind> requires() {
        return Set.of(DataKind.USAGE);
    }

    @Override
    public List<Threshold> thresholds() {
        return HotInstanceThresholds.SPECS;
    }

    @Override
    public RuleOutcome evaluate(RuleContext context) {
        RuleOutcome.Builder out = RuleOutcome.builder(this);
        for (Resource r : context.resources("compute")) {
            if (context.ignored(r) || !InstanceScope.inService(r)) {
                continue;
            }
            Optional<MetricSeries> cpu = context.usage(r, UsageFrame.CPU_PERCENT);
            if (cpu.isEmpty()) {
                out.skip(r, MissingSeries.reason(context, r, UsageFrame.CPU_PERCENT, "the rule needs hourly means"));
                continue;
            }
            HotInstanceThresholds t = HotInstanceThresholds.of(context.thresholds(this, r));
            ZoneId zone = context.zone(r);
            Map<LocalDate, Double> daily = cpu.get().byDay(zone, v -> MetricSeries.percentileOf(v, 95));
            int days = DataDays.of(cpu.get(), zone);
            double p95 = cpu.get().percentile(95);
            String limit = RuleFigures.percent(t.p95CpuPercent());
            if (p95 > t.p95CpuPercent()) {
                Confidence c = days < t.minDays() ? Confidence.LOW
                        : p95 >= t.p95CpuPercent() + WELL_ABOVE_POINTS ? Confidence.HIGH : Confidence.MEDIUM;
                out.add(context.finding(this, r)
                        .monthlySavings(BigDecimal.ZERO)
                        .action("Scale the instance up a size or spread its load over more instances")
                        .reason("p95 CPU " + RuleFigures.percent(p95) + " over " + days + " days is above " + limit)
                        .confidence(c)
                        .build());
                continue;
            }
            if (days < t.minDays()) {
                out.skip(r, days + " days of cpu_percent, the trend needs " + t.minDays());
                continue;
            }
            trend(context, r, t, zone, daily, p95, out);
        }
        return out.build();
    }

    private void trend(RuleContext context, Resource r, HotInstanceThresholds t, ZoneId zone, Map<LocalDate, Double> daily,
                       double p95, RuleOutcome.Builder out) {
        LocalDate first = daily.keySet().iterator().next();
        SimpleRegression line = new SimpleRegression();
        daily.forEach((day, v) -> line.addData(ChronoUnit.DAYS.between(first, day), v));
        double slope = line.getSlope();
        double pValue = line.getSignificance();
        if (!(slope > 0) || !(pValue < t.trendPValue())) {
            return;
        }
        LocalDate asOfDay = LocalDate.ofInstant(context.asOf(), zone);
        double asOfX = ChronoUnit.DAYS.between(first, asOfDay);
        double crossingX = (t.p95CpuPercent() - line.getIntercept()) / slope;
        double daysAhead = Math.max(0, crossingX - asOfX);
        if (daysAhead > t.horizonDays()) {
            return;
        }
        long whole = (long) Math.ceil(daysAhead);
        LocalDate crossing = asOfDay.plusDays(whole);
        String when = whole == 0 ? "is already above " + RuleFigures.percent(t.p95CpuPercent()) + " on " + asOfDay
                : "reaches " + RuleFigures.percent(t.p95CpuPercent()) + " around " + crossing + ", " + whole + " days after "
                        + asOfDay;
        out.add(context.finding(this, r)
                .monthlySavings(BigDecimal.ZERO)
                .action("Plan capacity: scale the instance up or out before " + crossing)
                .reason("daily p95 CPU rising " + RuleFigures.twoDecimals(slope) + " points a day over " + daily.size()
                        + " calendar days in " + RuleFigures.zone(zone) + " (linear trend; slope t-test p "
                        + (pValue < 0.001 ? "< 0.001" : "= " + RuleFigures.significant(pValue, 2))
                        + ", threshold " + RuleFigures.plain(t.trendPValue()) + "; R² " + RuleFigures.twoDecimals(line.getRSquare())
                        + ") " + when + " (threshold " + RuleFigures.percent(t.p95CpuPercent()) + ", horizon " + t.horizonDays()
                        + " days); p95 over the period " + RuleFigures.percent(p95))
                .confidence(line.getRSquare() >= TREND_R_SQUARE ? Confidence.MEDIUM : Confidence.LOW)
                .build());
    }
}
