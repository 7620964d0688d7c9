package org.cloudcost.core.rules.compute;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cloudcost.core.catalog.PriceCatalog;
import org.cloudcost.core.internal.rules.CatalogChecks;
import org.cloudcost.core.internal.rules.RuleFigures;
import org.cloudcost.core.rules.Confidence;
import org.cloudcost.core.rules.DataKind;
import org.cloudcost.core.rules.Resource;
import org.cloudcost.core.rules.Rule;
import org.cloudcost.core.rules.RuleContext;
import org.cloudcost.core.rules.RuleOutcome;
import org.cloudcost.core.rules.Strategy;
import org.cloudcost.core.rules.Threshold;

/**
 * Instances that go quiet every night or weekend: stop them (test) or scale their fleet in
 * (production) at those hours.
 *
 * <pre>{@code
 * RuleOutcome out = new OffHoursComputeRule().evaluate(context);
 * out.findings();   // "Stop the instance 22:00–08:00 Asia/Shanghai on weekdays and all weekend"
 * }</pre>
 *
 * <p><b>How it decides.</b> From the instance's hour-of-week profile of mean {@code cpu_percent}
 * (168 figures in {@link RuleContext#zone(Resource) its time zone}, China regions UTC+8) it finds
 * the quiet hours, the weekday window and the weekend as {@link OffHoursSchedule} describes: an
 * hour is quiet below {@code quietCpuPercent} (10 %) and below {@code quietShareOfBusyPercent}
 * (50 %) of the busy level (the p95 of the 168 means); the weekday window is the longest run of
 * hours, wrapping midnight, quiet on all five weekdays and at least {@code minWindowHours} (4) long;
 * the weekend counts whole when all its hours are quiet, else the weekday window extends to it when
 * quiet there. An hour with no data is never quiet. Needs {@code minDays} (14) days of data.
 *
 * <p><b>Non-production</b> instances are stopped in the schedule: saving share =
 * {@code quietHoursPerWeek / 168 × compute.stoppedShare}, the catalog's share of an instance's bill
 * that stops while it is stopped (disks and IPs keep billing).
 *
 * <p><b>Production and untagged</b> instances are not stopped: their fleet is scaled in. This
 * prices each instance as one share of a fleet, which is an assumption: a lone instance cannot run
 * below one instance. The fleet is the running production (or untagged) compute instances with the
 * same {@code app} tag, {@code N} of them. In each scheduled hour {@code h} the fleet needs
 * {@code ceil(N × load_h / busy)} instances, never fewer than {@code minFleetInstances} (2), where
 * {@code load_h} is the hour's mean CPU and {@code busy} the busy level; the instance's share of the
 * freed instance-hours is its saving:
 * {@code Σ_h (1 − kept_h / N) / 168 × compute.stoppedShare}. A fleet of {@code minFleetInstances}
 * or fewer saves nothing and is not flagged. Without an {@code app} tag the fleet size is unknown;
 * the instance is then priced as a share of a fleet scaled in proportionally,
 * {@code Σ_h (1 − load_h / busy) / 168 × compute.stoppedShare}, with {@link Confidence#LOW} and the
 * assumption spelt out in the reason. Both assume the fleet's load is spread evenly, so this
 * instance's profile stands for the fleet's.
 *
 * <p><b>Confidence.</b> Non-production: {@link Confidence#HIGH} with at least three weeks of data
 * and every hour of the week measured, else {@link Confidence#MEDIUM}. Production:
 * {@link Confidence#MEDIUM} with a known fleet, {@link Confidence#LOW} without.
 *
 * <p>Sources: CASE-STUDY (compute shrunk at night); Cloud Custodian {@code offhours} (stops at
 * 19:00, starts at 07:00, weekends off by default); AWS Instance Scheduler. A resource without
 * {@code cpu_percent} rows, with too few days, without a billed cost or without
 * {@code compute.stoppedShare} in its provider's catalog is skipped with the reason (the catalog
 * only when there is a schedule to price).
 */
public final class OffHoursComputeRule implements Rule {
    /** The catalog key of the share of an instance's bill that stops while it is stopped. */
    static final String STOPPED_SHARE = "compute.stoppedShare";
    private static final int WELL_MEASURED_DAYS = 21;

    public OffHoursComputeRule() {
    }

    @Override
    public String id() {
        return "off-hours-compute";
    }

    @Override
    public Strategy strategy() {
        return Strategy.ELASTIC_SCALING;
    }

    @Override
    public String summary() {
        return "Instances quiet every night or weekend for at least 4 h: stop test ones, scale production fleets in";
    }

    @Override
    public String description() {
        return "Finds the hours of the week whose mean CPU is below quietCpuPercent and below quietShareOfBusyPercent of the "
                + "busy level: a daily weekday window of at least minWindowHours and the weekend when wholly quiet. Test "
                + "instances are stopped (saving hours/168 x compute.stoppedShare); production fleets with the same app "
                + "tag are scaled in to each quiet hour's load, never below minFleetInstances.";
    }

    @Override
    public Set<DataKind> requires() {
        return Set.of(DataKind.BILLING, DataKind.USAGE);
    }

    @Override
    public List<Threshold> thresholds() {
        return OffHoursComputeThresholds.SPECS;
    }

    @Override
    public RuleOutcome evaluate(RuleContext context) {
        Map<String, Integer> fleets = fleetSizes(context);
        RuleOutcome.Builder out = RuleOutcome.builder(this);
        for (Resource r : context.resources("compute")) {
            if (context.ignored(r) || !InstanceScope.inService(r)) {
                continue;
            }
            OffHoursComputeThresholds t = OffHoursComputeThresholds.of(context.thresholds(this, r));
            Optional<CpuHistory> history = CpuHistory.ofBilled(context, r, t.minDays(), out);
            if (history.isEmpty()) {
                continue;
            }
            ZoneId zone = history.get().zone();
            double[] profile = history.get().cpu().hourOfWeekMeans(zone);
            Optional<OffHoursSchedule> schedule = OffHoursSchedule.find(profile, t.quietCpuPercent(),
                    t.quietShareOfBusyPercent() / 100, t.minWindowHours());
            if (schedule.isEmpty()) {
                continue;
            }
            Optional<PriceCatalog> catalog = context.catalog(r); // a share: no currency to check
            if (catalog.isEmpty()) {
                out.skip(r, CatalogChecks.noCatalog(r.providerName()) + " (needs " + STOPPED_SHARE + ")");
                continue;
            }
            Optional<String> missing = CatalogChecks.missingPrice(catalog.get(), STOPPED_SHARE);
            if (missing.isPresent()) {
                out.skip(r, missing.get());
                continue;
            }
            double stoppedShare = catalog.get().price(STOPPED_SHARE).orElseThrow().amount();
            if (!(stoppedShare >= 0 && stoppedShare <= 1)) {
                out.skip(r, STOPPED_SHARE + " " + stoppedShare + " in the " + catalog.get().provider()
                        + " catalog is not a share between 0 and 1");
                continue;
            }
            Pricing p = new Pricing(r, t, zone, history.get().days(), profile, schedule.get(), stoppedShare);
            if (r.isNonProduction()) {
                stop(context, p, out);
            } else {
                scaleIn(context, p, InstanceScope.app(r).map(fleets::get).orElse(null), out);
            }
        }
        return out.build();
    }

    /** What one instance's finding is computed from. */
    private record Pricing(Resource r, OffHoursComputeThresholds t, ZoneId zone, int days, double[] profile,
                           OffHoursSchedule schedule, double stoppedShare) {

        /** The highest hourly mean in the schedule. */
        double quietMax() {
            double max = 0;
            for (int i = 0; i < profile.length; i++) {
                if (schedule.covers(i)) {
                    max = Math.max(max, profile[i]);
                }
            }
            return max;
        }

        String evidence() {
            int hours = schedule.hoursPerWeek();
            return "mean CPU at most " + RuleFigures.percent(quietMax()) + " in the " + hours + " scheduled hours a week, busy level "
                    + RuleFigures.percent(schedule.busyLevel()) + " (quiet: under " + RuleFigures.percent(t.quietCpuPercent())
                    + " and under " + RuleFigures.number(t.quietShareOfBusyPercent()) + " % of the busy level; windows of at least "
                    + t.minWindowHours() + " h) over " + days + " days";
        }
    }

    private void stop(RuleContext context, Pricing p, RuleOutcome.Builder out) {
        int hours = p.schedule().hoursPerWeek();
        boolean complete = true;
        for (double v : p.profile()) {
            complete &= !Double.isNaN(v);
        }
        out.add(context.finding(this, p.r())
                .savingShare(hours / (double) OffHoursSchedule.HOURS_PER_WEEK * p.stoppedShare())
                .action("Stop the instance " + p.schedule().describe(p.zone()))
                .reason(p.evidence() + "; stopped " + hours + " of 168 hours a week, and " + STOPPED_SHARE + " "
                        + RuleFigures.twoDecimals(p.stoppedShare()) + " of its bill stops with it")
                .confidence(complete && p.days() >= WELL_MEASURED_DAYS ? Confidence.HIGH : Confidence.MEDIUM)
                .build());
    }

    private void scaleIn(RuleContext context, Pricing p, Integer fleet, RuleOutcome.Builder out) {
        int min = p.t().minFleetInstances();
        double busy = p.schedule().busyLevel();
        double freed = 0;
        for (int slot = 0; slot < OffHoursSchedule.HOURS_PER_WEEK; slot++) {
            if (!p.schedule().covers(slot)) {
                continue;
            }
            double needed = Math.min(1, Math.max(0, p.profile()[slot] / busy));
            double kept = fleet == null ? needed
                    : Math.max(Math.ceil(fleet * needed - 1e-9), Math.min(min, fleet)) / fleet;
            freed += 1 - kept;
        }
        if (freed <= 1e-9) {
            return; // the fleet is already at its floor in every quiet hour
        }
        String app = InstanceScope.app(p.r()).orElse("");
        String how = fleet == null
                ? "no app tag, so the fleet is unknown: priced as one share of a fleet scaled in proportionally to load "
                        + "(1 − load ÷ busy level in each scheduled hour)"
                : "the fleet of " + fleet + " instances with app=" + app + " is scaled in to each scheduled hour's load, "
                        + "never below " + min;
        out.add(context.finding(this, p.r())
                .savingShare(freed / OffHoursSchedule.HOURS_PER_WEEK * p.stoppedShare())
                .action((fleet == null ? "Scale this instance's fleet in " : "Scale the app=" + app + " fleet in ")
                        + p.schedule().describe(p.zone()) + " (to each hour's load, at least " + min + " instances)")
                .reason(p.evidence() + "; " + how + "; that frees " + RuleFigures.twoDecimals(freed) + " of this instance's 168 hours "
                        + "a week, and " + STOPPED_SHARE + " " + RuleFigures.twoDecimals(p.stoppedShare())
                        + " of the bill stops with them")
                .confidence(fleet == null ? Confidence.LOW : Confidence.MEDIUM)
                .build());
    }

    /** Running production and untagged compute instances per app tag value. */
    private static Map<String, Integer> fleetSizes(RuleContext context) {
        Map<String, Integer> sizes = new HashMap<>();
        for (Resource r : context.resources("compute")) {
            if (InstanceScope.inService(r) && !r.isNonProduction()) {
                InstanceScope.app(r).ifPresent(app -> sizes.merge(app, 1, Integer::sum));
            }
        }
        return sizes;
    }
}
