package org.cloudcost.core.internal.rules;

import org.cloudcost.core.rules.Resource;
import org.cloudcost.core.rules.RuleContext;

/**
 * Why a resource has no {@code Average} series of a metric, worded for a skip: {@code no
 * cpu_percent rows}, or, when only {@code Maximum} rows exist, that the rule needs the hourly
 * means and what for.
 *
 * <pre>{@code
 * Optional<MetricSeries> cpu = context.usage(r, UsageFrame.CPU_PERCENT);
 * if (cpu.isEmpty()) {
 *     out.skip(r, MissingSeries.reason(context, r, UsageFrame.CPU_PERCENT, "the rule needs hourly means"));
 * }
 * // "no cpu_percent Average rows (only Maximum; the rule needs hourly means)"
 * }</pre>
 */
public final class MissingSeries {
    private MissingSeries() {
    }

    /**
     * The skip reason for a missing {@code Average} series of {@code metric}.
     *
     * @param need what the rule needs the means for, e.g. {@code the idle window needs hourly means}
     */
    public static String reason(RuleContext context, Resource resource, String metric, String need) {
        return context.usage(resource, metric, "Maximum").isPresent()
                ? "no " + metric + " Average rows (only Maximum; " + need + ")"
                : "no " + metric + " rows";
    }
}
