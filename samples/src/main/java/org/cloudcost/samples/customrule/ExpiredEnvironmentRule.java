package org.cloudcost.samples.customrule;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cloudcost.core.rules.Confidence;
import org.cloudcost.core.rules.DataKind;
import org.cloudcost.core.rules.Resource;
import org.cloudcost.core.rules.Rule;
import org.cloudcost.core.rules.RuleContext;
import org.cloudcost.core.rules.RuleOutcome;
import org.cloudcost.core.rules.Strategy;
import org.cloudcost.core.rules.Threshold;

/**
 * A rule written outside cloudcost, as a company would write its own: resources tagged
 * {@code expires=YYYY-MM-DD} (a demo, a load test, a customer's trial environment) that are
 * still billed more than {@code graceDays} after that date are deleted, saving their whole
 * monthly cost. Strategy {@link Strategy#CLEANUP}.
 *
 * <p>Decision: the tag's date is the last day the resource is needed; it is compared with the
 * last day of data (the UTC day that ends at {@link RuleContext#asOf()}), never with the wall
 * clock, so a run is reproducible. A tag that is not an ISO date is skipped with the reason; so is an expired
 * resource without billed cost (nothing to save). A production resource with an expiry tag is
 * flagged with {@link Confidence#MEDIUM}: someone should confirm before deleting it.
 *
 * <pre>{@code
 * RuleRegistry rules = RuleRegistry.of(Stream.concat(RuleRegistry.load().rules().stream(),
 *         Stream.of(new ExpiredEnvironmentRule())).toList());
 * Analysis.of(dataset).withRules(rules).run().findings().forRule("expired-environment");
 * // expired-environment i-demo-01: save 1200.00 CNY/month of 1200.00 (HIGH): Delete the resource ...
 * }</pre>
 *
 * <p>Shipped as a jar beside {@code cloudcost.jar}, it is found through
 * {@link java.util.ServiceLoader}: see the {@linkplain org.cloudcost.samples.customrule package}.
 */
public final class ExpiredEnvironmentRule implements Rule {
    /** The tag whose value is the last day a resource is needed (key matched without regard to case). */
    public static final String EXPIRES_TAG = "expires";

    @Override
    public String id() {
        return "expired-environment";
    }

    @Override
    public Strategy strategy() {
        return Strategy.CLEANUP;
    }

    @Override
    public String summary() {
        return "Resources tagged expires=YYYY-MM-DD that are still billed after that date";
    }

    @Override
    public String description() {
        return "Flags resources whose expires tag (an ISO date, the last day they are needed) is more than graceDays "
                + "before the last day of data. The saving is the resource's whole billed monthly cost: it is deleted.";
    }

    @Override
    public Set<DataKind> requires() {
        return Set.of(DataKind.BILLING, DataKind.INVENTORY);   // the cost, and the tags
    }

    @Override
    public List<Threshold> thresholds() {
        return ExpiredEnvironmentThresholds.SPECS;
    }

    @Override
    public RuleOutcome evaluate(RuleContext context) {
        RuleOutcome.Builder out = RuleOutcome.builder(this);
        // asOf is the end of the last day with data: that day is the one to compare with
        LocalDate lastDay = LocalDate.ofInstant(context.asOf().minusNanos(1), ZoneOffset.UTC);
        for (Resource r : context.resources()) {
            Optional<String> tag = r.tag(EXPIRES_TAG);
            if (tag.isEmpty() || context.ignored(r)) {
                continue;
            }
            LocalDate expires;
            try {
                expires = LocalDate.parse(tag.get().strip());
            } catch (DateTimeParseException e) {
                out.skip(r, "tag " + EXPIRES_TAG + "=\"" + tag.get() + "\" is not a date (YYYY-MM-DD)");
                continue;
            }
            int grace = ExpiredEnvironmentThresholds.of(context.thresholds(this, r)).graceDays();
            long daysPast = ChronoUnit.DAYS.between(expires, lastDay);
            if (daysPast <= grace) {
                continue;
            }
            String evidence = "tagged " + EXPIRES_TAG + "=" + expires + ": expired " + daysPast
                    + " days before the last day of data, " + lastDay + " (grace " + grace + " days)";
            if (r.monthlyCost().signum() == 0) {
                out.skip(r, evidence + ", but it has no billed cost in the data: nothing to save");
                continue;
            }
            out.add(context.finding(this, r)
                    .monthlySavings(r.monthlyCost())
                    .action("Delete the resource (snapshot what must be kept), or move its expires date if it is still needed")
                    .reason(evidence + "; billed " + r.monthlyCost().setScale(2, RoundingMode.HALF_UP).toPlainString() + " "
                            + context.currency() + "/month")
                    .confidence(r.isProduction() ? Confidence.MEDIUM : Confidence.HIGH)
                    .build());
        }
        return out.build();
    }
}
