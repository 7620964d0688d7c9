package org.cloudcost.core.rules.compute;

import java.time.ZoneId;
import java.util.Optional;
import org.cloudcost.core.frame.UsageFrame;
import org.cloudcost.core.internal.rules.DataDays;
import org.cloudcost.core.internal.rules.MissingSeries;
import org.cloudcost.core.rules.MetricSeries;
import org.cloudcost.core.rules.Resource;
import org.cloudcost.core.rules.RuleContext;
import org.cloudcost.core.rules.RuleOutcome;

/**
 * What the idle, off-hours and underutilized compute rules judge a billed instance on: its hourly
 * {@code cpu_percent} means, its time zone ({@link RuleContext#zone(Resource)}) and the days of data
 * they span ({@link DataDays}). When the instance cannot be judged the rule's skip is recorded with
 * the reason, in this order: {@code no billed cost}, no {@code cpu_percent} rows
 * ({@link MissingSeries}), {@code 9 days of cpu_percent, needs 14}.
 *
 * <pre>{@code
 * Optional<CpuHistory> h = CpuHistory.ofBilled(context, r, t.minDays(), out);
 * if (h.isEmpty()) continue;   // the skip is in out
 * h.get().cpu().percentile(95);
 * }</pre>
 *
 * @param cpu the {@code Average} series of {@code cpu_percent}
 * @param zone the instance's time zone
 * @param days whole days of data, at least the {@code minDays} asked for
 */
record CpuHistory(MetricSeries cpu, ZoneId zone, int days) {

    /** The history of {@code r}, or empty after recording in {@code out} why it has none worth judging. */
    static Optional<CpuHistory> ofBilled(RuleContext context, Resource r, int minDays, RuleOutcome.Builder out) {
        if (r.monthlyCost().signum() <= 0) {
            out.skip(r, "no billed cost");
            return Optional.empty();
        }
        Optional<MetricSeries> cpu = context.usage(r, UsageFrame.CPU_PERCENT);
        if (cpu.isEmpty()) {
            out.skip(r, MissingSeries.reason(context, r, UsageFrame.CPU_PERCENT, "the rule needs hourly means"));
            return Optional.empty();
        }
        ZoneId zone = context.zone(r);
        int days = DataDays.of(cpu.get(), zone);
        if (days < minDays) {
            out.skip(r, days + " days of cpu_percent, needs " + minDays);
            return Optional.empty();
        }
        return Optional.of(new CpuHistory(cpu.get(), zone, days));
    }
}
