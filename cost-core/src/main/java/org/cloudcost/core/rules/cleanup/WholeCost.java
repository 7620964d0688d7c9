package org.cloudcost.core.rules.cleanup;

import org.cloudcost.core.internal.rules.RuleFigures;
import org.cloudcost.core.rules.Finding;
import org.cloudcost.core.rules.Resource;
import org.cloudcost.core.rules.Rule;
import org.cloudcost.core.rules.RuleContext;

/**
 * The finding the cleanup rules share: the resource goes away, so the saving is its whole billed
 * monthly cost ({@link Resource#monthlyCost()}), and the reason ends with that bill. The caller
 * adds the action and the confidence, and decides what a resource without billed cost is (a skip
 * for snapshots and disks; a catalog price for addresses).
 *
 * <pre>{@code
 * out.add(WholeCost.finding(this, context, disk, "State available and attached to nothing")
 *         .action("Snapshot the disk if its data is still needed, then delete it")
 *         .confidence(Confidence.HIGH)
 *         .build());
 * // reason: "State available and attached to nothing; billed 120.00 CNY/month"
 * }</pre>
 */
final class WholeCost {
    private WholeCost() {
    }

    /** A finding of {@code rule} saving all of {@code r}'s billed monthly cost; reason {@code evidence; billed 120.00 CNY/month}. */
    static Finding.Builder finding(Rule rule, RuleContext context, Resource r, String evidence) {
        return context.finding(rule, r)
                .monthlySavings(r.monthlyCost())
                .reason(evidence + "; billed " + RuleFigures.money(r.monthlyCost()) + " " + context.currency() + "/month");
    }
}
