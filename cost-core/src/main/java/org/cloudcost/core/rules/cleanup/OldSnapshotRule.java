package org.cloudcost.core.rules.cleanup;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.cloudcost.core.internal.rules.Ages;
import org.cloudcost.core.rules.Confidence;
import org.cloudcost.core.rules.DataKind;
import org.cloudcost.core.rules.Resource;
import org.cloudcost.core.rules.Rule;
import org.cloudcost.core.rules.RuleContext;
import org.cloudcost.core.rules.RuleOutcome;
import org.cloudcost.core.rules.Strategy;
import org.cloudcost.core.rules.Threshold;

/**
 * Flags old snapshots: snapshots ({@code context.resources("snapshot")}) created at least
 * {@code maxAgeDays} (90) before the analysis date ({@link RuleContext#asOf()}).
 *
 * <p>Decision: the age comes from the inventory's {@code CreatedAt}; a snapshot without one is
 * skipped ("no CreatedAt"), since its age cannot be judged. Every finding is
 * {@link Confidence#MEDIUM}: a snapshot may be a deliberate backup kept by a retention policy,
 * which the data does not show, so the action says to check the retention policy first.
 *
 * <p>Saving: the snapshot goes away, so the saving is its whole billed monthly cost; a snapshot
 * without billed cost is skipped ("no billed cost": the inventory has no size to price it with
 * {@code snapshot.gbMonth}). Sources: Steampipe thrifty / Flowpipe aws_thrifty
 * {@code ebs_snapshot_age_max_days} (90), Cloud Custodian ebs-snapshot age filter.
 *
 * <pre>{@code
 * new OldSnapshotRule().evaluate(context).findings();
 * // old-snapshot s-1: save 30.00 CNY/month of 30.00 (MEDIUM): Check the retention policy, then delete ...
 * }</pre>
 */
public final class OldSnapshotRule implements Rule {
    @Override
    public String id() {
        return "old-snapshot";
    }

    @Override
    public Strategy strategy() {
        return Strategy.CLEANUP;
    }

    @Override
    public String summary() {
        return "Snapshots created 90 days or more before the analysis date";
    }

    @Override
    public String description() {
        return "Flags snapshots created at least maxAgeDays before the analysis date (snapshots without a creation time "
                + "are skipped). The saving is the snapshot's billed monthly cost; confidence is medium because a "
                + "snapshot may be a deliberate backup: check the retention policy before deleting.";
    }

    @Override
    public Set<DataKind> requires() {
        return Set.of(DataKind.INVENTORY, DataKind.BILLING);
    }

    @Override
    public List<Threshold> thresholds() {
        return OldSnapshotThresholds.SPECS;
    }

    @Override
    public RuleOutcome evaluate(RuleContext context) {
        RuleOutcome.Builder out = RuleOutcome.builder(this);
        Instant asOf = context.asOf();
        for (Resource snapshot : context.resources("snapshot")) {
            if (context.ignored(snapshot)) {
                continue;
            }
            Instant created = snapshot.createdAt();
            if (created == null) {
                out.skip(snapshot, "no CreatedAt in the inventory");
                continue;
            }
            OldSnapshotThresholds t = OldSnapshotThresholds.of(context.thresholds(this, snapshot));
            if (!Ages.atLeast(created, asOf, t.maxAgeDays())) {
                continue;
            }
            if (snapshot.monthlyCost().signum() == 0) {
                out.skip(snapshot, "no billed cost");
                continue;
            }
            String evidence = "Created " + Ages.dateAndAge(created, asOf) + " (threshold " + t.maxAgeDays() + " days)";
            out.add(WholeCost.finding(this, context, snapshot, evidence)
                    .action("Check the retention policy (it may be a deliberate backup), then delete the snapshot")
                    .confidence(Confidence.MEDIUM)
                    .build());
        }
        return out.build();
    }
}
