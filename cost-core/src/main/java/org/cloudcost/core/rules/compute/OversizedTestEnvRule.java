package org.cloudcost.core.rules.compute;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cloudcost.core.catalog.SizeLadder;
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
 * Test, QA, dev and staging instances and databases sized like production: shrink them.
 *
 * <pre>{@code
 * RuleOutcome out = new OversizedTestEnvRule().evaluate(context);
 * out.findings();   // "Resize ecs.g7.4xlarge to ecs.g7.xlarge" on a test box as large as production
 * }</pre>
 *
 * <p><b>What it flags.</b> A running non-production ({@link Resource#isNonProduction()}) compute or
 * database resource whose spec is on a size ladder of its provider's catalog, when either
 * <ul>
 *   <li>its units are at least those of its <em>production peer</em>: the largest size among the
 *       running production resources of the same type, the same {@code app} tag and the same
 *       family; or</li>
 *   <li>its p95 CPU over at least {@code minDays} (14) days is below {@code lowP95CpuPercent} (40 %).</li>
 * </ul>
 *
 * <p><b>The size it recommends.</b> The <em>cap</em> is the largest size with at most
 * {@code units(peer) / 2^stepsBelowProd} units: one step is half of production (a step is a
 * halving, so an in-between size such as {@code 3xlarge} on the ladder does not make one step
 * three quarters of production), and the smallest size when none is that small.
 * <ul>
 *   <li>With {@code cpu_percent} over at least {@code minDays} days: the smallest size on which the
 *       p95 CPU, scaled by {@code units(from) / units(to)}, stays at or under
 *       {@code targetP95CpuPercent} (80 % here, not production's 65 %: twice {@code lowP95CpuPercent},
 *       so that every resource the low trigger picks fits at least one halving on a doubling
 *       ladder, as the whitepaper behind that trigger says), and the p95 memory at or under
 *       {@code targetP95MemoryPercent} (80 %) when measured ({@link SizeFit}). Being the smallest
 *       that fits, it is at or under the cap whenever the load allows; when the measured load needs
 *       more than the cap, the load wins and the reason says so. No smaller size fits: no finding.</li>
 *   <li>Without that CPU data, a resource at least as large as its peer is sized by policy at the
 *       cap, with {@link Confidence#LOW}; one with neither CPU data nor a peer is skipped with the
 *       reason.</li>
 * </ul>
 *
 * <p><b>Saving.</b> {@code 1 − units(to) / units(from)} of its monthly cost (within a family the
 * price follows the units).
 *
 * <p><b>Confidence.</b> {@link Confidence#HIGH} with CPU and memory measured,
 * {@link Confidence#MEDIUM} with CPU only, {@link Confidence#LOW} by policy without CPU.
 *
 * <p>Source: CASE-STUDY, where cutting the test environment's specs saved about ¥250 k a month of
 * ¥850 k of compute. Production instances are judged by {@code underutilized-compute} instead.
 * Resources without a billed cost, a spec, a catalog or a ladder for their spec are skipped.
 */
public final class OversizedTestEnvRule implements Rule {
    private static final List<String> TYPES = List.of("compute", "database");

    public OversizedTestEnvRule() {
    }

    @Override
    public String id() {
        return "oversized-test-env";
    }

    @Override
    public Strategy strategy() {
        return Strategy.RIGHT_SIZING;
    }

    @Override
    public String summary() {
        return "Non-production instances and databases as large as their production peer, or with p95 CPU under 40 %";
    }

    @Override
    public String description() {
        return "Compares a non-production resource with the largest production size of the same app tag and family, and "
                + "its p95 CPU with lowP95CpuPercent; recommends the smallest size keeping p95 CPU (and memory) under the "
                + "targets, at most stepsBelowProd under production when the load allows; saves 1 - units(to)/units(from).";
    }

    @Override
    public Set<DataKind> requires() {
        return Set.of(DataKind.BILLING);
    }

    @Override
    public List<Threshold> thresholds() {
        return OversizedTestEnvThresholds.SPECS;
    }

    /** The largest production size of one type, app and family. */
    private record Peer(String spec, double units) {
    }

    @Override
    public RuleOutcome evaluate(RuleContext context) {
        List<Resource> candidates = new ArrayList<>();
        TYPES.forEach(type -> candidates.addAll(context.resources(type)));
        Map<String, Peer> peers = peers(context, candidates);
        RuleOutcome.Builder out = RuleOutcome.builder(this);
        for (Resource r : candidates) {
            if (context.ignored(r) || !InstanceScope.inService(r) || !r.isNonProduction()) {
                continue;
            }
            if (r.monthlyCost().signum() <= 0) {
                out.skip(r, "no billed cost");
                continue;
            }
            LadderLookup lookup = LadderLookup.of(context, r);
            if (lookup.ladder().isEmpty()) {
                out.skip(r, lookup.problem());
                continue;
            }
            judge(context, r, lookup.ladder().get(), peerKey(r).map(peers::get), out);
        }
        return out.build();
    }

    private void judge(RuleContext context, Resource r, SizeLadder ladder, Optional<Peer> peer, RuleOutcome.Builder out) {
        OversizedTestEnvThresholds t = OversizedTestEnvThresholds.of(context.thresholds(this, r));
        double units = ladder.units(r.size()).orElseThrow();
        Optional<MetricSeries> cpu = context.usage(r, UsageFrame.CPU_PERCENT);
        int days = cpu.map(s -> DataDays.of(s, context.zone(r))).orElse(0);
        boolean measured = cpu.isPresent() && days >= t.minDays();
        double p95Cpu = measured ? cpu.get().percentile(95) : Double.NaN;
        double p95Memory = measured
                ? context.usage(r, UsageFrame.MEMORY_PERCENT).map(m -> m.percentile(95)).orElse(Double.NaN) : Double.NaN;
        boolean asLarge = peer.isPresent() && units >= peer.get().units();
        boolean low = measured && p95Cpu < t.lowP95CpuPercent();
        String cpuGap = cpu.isEmpty() ? MissingSeries.reason(context, r, UsageFrame.CPU_PERCENT, "the rule needs hourly means") : days + " days of cpu_percent, needs " + t.minDays();
        if (!asLarge && !low) {
            if (!measured && peer.isEmpty()) {
                out.skip(r, cpuGap + ", and no production peer (same app tag and family) to compare with");
            }
            return;
        }
        Optional<String> cap = peer.map(p -> cap(ladder, p.units(), t.stepsBelowProd()));
        Optional<SizeFit> fit = measured
                ? SizeFit.smallest(ladder, r.size(), p95Cpu, p95Memory, t.targetP95CpuPercent(), t.targetP95MemoryPercent())
                : cap.filter(c -> ladder.units(c).orElseThrow() < units)
                        .map(c -> SizeFit.of(ladder, r.size(), c, Double.NaN, Double.NaN));
        if (fit.isEmpty()) {
            return;
        }
        String to = r.family() + "." + fit.get().to();
        StringBuilder reason = new StringBuilder(trigger(r, t, units, peer, asLarge, low, p95Cpu, days));
        if (measured) {
            reason.append("; on ").append(to).append(" p95 CPU would be about ").append(RuleFigures.percent(fit.get().cpuAfter()));
            if (!Double.isNaN(p95Memory)) {
                reason.append(" and p95 memory ").append(RuleFigures.percent(fit.get().memoryAfter()));
            }
            reason.append(" (targets ").append(RuleFigures.percent(t.targetP95CpuPercent())).append(", ")
                    .append(RuleFigures.percent(t.targetP95MemoryPercent())).append(")");
            cap.ifPresent(c -> {
                boolean within = ladder.units(c).orElseThrow() >= fit.get().toUnits();
                reason.append(within ? ", within " : "; the test load needs more than ").append(share(t.stepsBelowProd()))
                        .append(" (").append(r.family()).append('.').append(c).append(')');
            });
        } else {
            reason.append("; ").append(cpuGap).append(", so sized by policy at ").append(share(t.stepsBelowProd()));
        }
        reason.append("; ").append(RuleFigures.number(fit.get().toUnits())).append(" of ")
                .append(RuleFigures.number(fit.get().fromUnits())).append(" units");
        Confidence confidence = !measured ? Confidence.LOW : Double.isNaN(p95Memory) ? Confidence.MEDIUM : Confidence.HIGH;
        out.add(context.finding(this, r)
                .savingShare(fit.get().savingShare())
                .action("Resize " + r.spec() + " to " + to)
                .reason(reason.toString())
                .confidence(confidence)
                .build());
    }

    /**
     * The largest size with at most {@code peerUnits / 2^steps} units (one step halves, as one size
     * does on a ladder that doubles, so an in-between size like {@code 3xlarge} does not make one
     * step three quarters of production); the smallest size when none is that small.
     */
    static String cap(SizeLadder ladder, double peerUnits, int steps) {
        double limit = peerUnits / Math.pow(2, steps);
        String best = ladder.sizeNames().get(0);
        for (String size : ladder.sizeNames()) {
            if (ladder.units(size).orElseThrow() <= limit + 1e-9) {
                best = size;
            }
        }
        return best;
    }

    /** {@code half of production}, {@code 1/4 of production}, … for {@code steps} halvings. */
    private static String share(int steps) {
        return steps == 0 ? "production's size" : steps == 1 ? "half of production"
                : "1/" + (1L << Math.min(steps, 62)) + " of production";
    }

    private static String trigger(Resource r, OversizedTestEnvThresholds t, double units, Optional<Peer> peer,
                                  boolean asLarge, boolean low, double p95Cpu, int days) {
        List<String> parts = new ArrayList<>();
        if (asLarge) {
            Peer p = peer.get();
            parts.add(r.environment() + " " + r.spec() + " (" + RuleFigures.number(units) + " units) is "
                    + (units > p.units() ? "larger than" : "as large as") + " its production peer " + p.spec() + " (app="
                    + InstanceScope.app(r).orElse("") + ", " + RuleFigures.number(p.units()) + " units)");
        }
        if (low) {
            parts.add("p95 CPU " + RuleFigures.percent(p95Cpu) + " over " + days + " days is under "
                    + RuleFigures.percent(t.lowP95CpuPercent()));
        }
        String trigger = String.join(" and ", parts);
        if (!low && !Double.isNaN(p95Cpu)) { // measured but not low: the figure the resize rests on, with its period
            trigger += "; p95 CPU " + RuleFigures.percent(p95Cpu) + " over " + days + " days (not under "
                    + RuleFigures.percent(t.lowP95CpuPercent()) + ")";
        }
        return trigger;
    }

    /** The largest running production size per type, app and family, among resources whose spec is on a ladder. */
    private static Map<String, Peer> peers(RuleContext context, List<Resource> resources) {
        Map<String, Peer> peers = new HashMap<>();
        for (Resource r : resources) {
            if (!r.isProduction() || !InstanceScope.inService(r)) {
                continue;
            }
            Optional<String> key = peerKey(r);
            Optional<SizeLadder> ladder = LadderLookup.of(context, r).ladder();
            if (key.isEmpty() || ladder.isEmpty()) {
                continue;
            }
            double units = ladder.get().units(r.size()).orElseThrow();
            peers.merge(key.get(), new Peer(r.spec(), units), (a, b) -> b.units() > a.units() ? b : a);
        }
        return peers;
    }

    /** Type, app and family: what a production peer shares with a test resource. */
    private static Optional<String> peerKey(Resource r) {
        return InstanceScope.app(r).filter(a -> !r.family().isEmpty())
                .map(app -> r.resourceType() + "|" + app + "|" + r.family());
    }
}
