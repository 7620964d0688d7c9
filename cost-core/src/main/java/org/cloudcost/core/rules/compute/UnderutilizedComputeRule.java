package org.cloudcost.core.rules.compute;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cloudcost.core.catalog.SizeLadder;
import org.cloudcost.core.frame.UsageFrame;
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
 * Production and untagged instances bigger than their load: move them down the size ladder.
 *
 * <pre>{@code
 * RuleOutcome out = new UnderutilizedComputeRule().evaluate(context);
 * out.findings();   // i-1: "Resize ecs.g7.2xlarge to ecs.g7.large" saving 3/4 of its cost
 * }</pre>
 *
 * <p><b>What it flags.</b> A running compute instance whose environment is production or not
 * tagged, with at least {@code minDays} (14) days of {@code cpu_percent}, for which a smaller size
 * of the same family, from the provider catalog's {@link SizeLadder}, would carry the measured
 * load under the targets. Load moves with the units: on size {@code to} the p95 CPU becomes about
 * {@code p95 × units(from) / units(to)}; the same holds for {@code memory_percent} when it is
 * measured, and the tighter of the two decides. The rule picks the smallest size that keeps p95
 * CPU ≤ {@code targetP95CpuPercent} (65 %) and p95 memory ≤ {@code targetP95MemoryPercent} (80 %);
 * both comparisons include the target itself. The p95s are over every hour of the period.
 *
 * <p>Non-production instances are left to {@code oversized-test-env}, which judges them against
 * their production peers; they are passed over silently (not a skip). An instance that
 * {@code idle-compute} also flags gets both findings; the savings plan keeps the cleanup.
 *
 * <p><b>Defaults.</b> AWS Compute Optimizer recommends a size on which the P99.5 of CPU plus
 * 20 % headroom fits; Steampipe thrifty flags an instance whose daily-average CPU stays under
 * 20 % (reviews it up to 35 %). This rule needs no "low" threshold of its own: it flags exactly
 * when a smaller size fits under the target, which on a ladder that doubles per size is a p95 CPU
 * under 32.5 %.
 *
 * <p><b>Saving.</b> {@code 1 − units(to) / units(from)} of the instance's monthly cost: within a
 * family the price follows the units. Instances whose spec has no ladder in the catalog are
 * skipped with the reason, but only when the load could fit a smaller size at all.
 *
 * <p><b>Confidence.</b> {@link Confidence#LOW} when fewer than 75 % of the hours have CPU data;
 * {@link Confidence#MEDIUM} when memory is not measured (memory may be what the size is for);
 * {@link Confidence#HIGH} otherwise.
 */
public final class UnderutilizedComputeRule implements Rule {
    private static final double MIN_HOUR_COVERAGE = 0.75;

    public UnderutilizedComputeRule() {
    }

    @Override
    public String id() {
        return "underutilized-compute";
    }

    @Override
    public Strategy strategy() {
        return Strategy.RIGHT_SIZING;
    }

    @Override
    public String summary() {
        return "Production and untagged instances whose p95 CPU (and memory) would fit a smaller size under 65 %";
    }

    @Override
    public String description() {
        return "Scales the p95 CPU (and p95 memory when measured) by units(from)/units(to) on the catalog's size ladder and "
                + "recommends the smallest size that stays at or under targetP95CpuPercent and targetP95MemoryPercent; saves "
                + "1 - units(to)/units(from) of the monthly cost. Non-production instances are left to oversized-test-env.";
    }

    @Override
    public Set<DataKind> requires() {
        return Set.of(DataKind.BILLING, DataKind.USAGE);
    }

    @Override
    public List<Threshold> thresholds() {
        return UnderutilizedComputeThresholds.SPECS;
    }

    @Override
    public RuleOutcome evaluate(RuleContext context) {
        RuleOutcome.Builder out = RuleOutcome.builder(this);
        for (Resource r : context.resources("compute")) {
            if (context.ignored(r) || !InstanceScope.inService(r) || r.isNonProduction()) {
                continue;
            }
            UnderutilizedComputeThresholds t = UnderutilizedComputeThresholds.of(context.thresholds(this, r));
            Optional<CpuHistory> history = CpuHistory.ofBilled(context, r, t.minDays(), out);
            if (history.isEmpty()) {
                continue;
            }
            MetricSeries cpu = history.get().cpu();
            int days = history.get().days();
            double p95Cpu = cpu.percentile(95);
            double p95Memory = context.usage(r, UsageFrame.MEMORY_PERCENT).map(m -> m.percentile(95)).orElse(Double.NaN);
            if (p95Cpu >= t.targetP95CpuPercent() || p95Memory >= t.targetP95MemoryPercent()) {
                continue; // no smaller size can carry it, whatever the ladder
            }
            LadderLookup ladder = LadderLookup.of(context, r);
            if (ladder.ladder().isEmpty()) {
                out.skip(r, ladder.problem());
                continue;
            }
            Optional<SizeFit> fit = SizeFit.smallest(ladder.ladder().get(), r.size(), p95Cpu, p95Memory,
                    t.targetP95CpuPercent(), t.targetP95MemoryPercent());
            if (fit.isEmpty()) {
                continue;
            }
            double coverage = cpu.size() / (days * 24.0);
            Confidence confidence = coverage < MIN_HOUR_COVERAGE ? Confidence.LOW
                    : Double.isNaN(p95Memory) ? Confidence.MEDIUM : Confidence.HIGH;
            out.add(context.finding(this, r)
                    .savingShare(fit.get().savingShare())
                    .action("Resize " + r.spec() + " to " + r.family() + "." + fit.get().to())
                    .reason(reason(r, t, fit.get(), p95Cpu, p95Memory, days))
                    .confidence(confidence)
                    .build());
        }
        return out.build();
    }

    private static String reason(Resource r, UnderutilizedComputeThresholds t, SizeFit fit, double p95Cpu,
                                 double p95Memory, int days) {
        String to = r.family() + "." + fit.to();
        String units = " (" + RuleFigures.number(fit.toUnits()) + " of " + RuleFigures.number(fit.fromUnits()) + " units; ";
        if (Double.isNaN(p95Memory)) {
            return "p95 CPU " + RuleFigures.percent(p95Cpu) + " over " + days + " days would be about "
                    + RuleFigures.percent(fit.cpuAfter()) + " on " + to + units + "target " + RuleFigures.percent(t.targetP95CpuPercent())
                    + "); memory not measured";
        }
        return "p95 CPU " + RuleFigures.percent(p95Cpu) + " and p95 memory " + RuleFigures.percent(p95Memory) + " over " + days
                + " days would be about " + RuleFigures.percent(fit.cpuAfter()) + " and " + RuleFigures.percent(fit.memoryAfter())
                + " on " + to + units + "targets " + RuleFigures.percent(t.targetP95CpuPercent()) + ", "
                + RuleFigures.percent(t.targetP95MemoryPercent()) + ")";
    }
}
